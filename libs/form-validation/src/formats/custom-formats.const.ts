import { isCreditCode } from './credit-code.format';
import { isCnMobile } from './mobile.format';
import { isResidentId } from './resident-id.format';

/** Names of Yilin's own string formats. */
export type CustomFormatName = 'cn-resident-id' | 'cn-credit-code' | 'cn-mobile';

/**
 * Yilin's string formats as plain predicates, in the shape rjsf's `customizeValidator({ customFormats })` and
 * `ajv.addFormat` both take.
 */
export const CUSTOM_FORMATS: Readonly<Record<CustomFormatName, (value: string) => boolean>> = {
  'cn-resident-id': isResidentId,
  'cn-credit-code': isCreditCode,
  'cn-mobile': isCnMobile,
};
