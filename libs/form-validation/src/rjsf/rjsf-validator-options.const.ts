import type Ajv from 'ajv';
import type { Options } from 'ajv';

import { AJV_OPTIONS } from '../ajv/ajv-options.const';
import { configureAjv } from '../ajv/configure-ajv';
import { CUSTOM_FORMATS } from '../formats/custom-formats.const';

/** The subset of rjsf's `CustomValidatorOptionsType` Yilin sets; structurally compatible with it. */
export interface RjsfValidatorOptions {
  customFormats: Record<string, (value: string) => boolean>;
  ajvOptionsOverrides: Options;
  ajvFormatOptions: false;
  extenderFn: (ajv: Ajv) => Ajv;
}

/**
 * Everything rjsf's `customizeValidator` needs to validate exactly as the engine does:
 * `customizeValidator(RJSF_VALIDATOR_OPTIONS, localizeErrors('zh-CN'))`.
 *
 * - `ajvOptionsOverrides`: {@link AJV_OPTIONS}, the options that decide what is valid.
 * - `ajvFormatOptions: false`: rjsf bundles an older ajv-formats; `extenderFn` adds the one the engine uses.
 * - `customFormats`: the CN formats (also added by `extenderFn`; listed so rjsf knows their names).
 * - `extenderFn`: {@link configureAjv}, which adds the formats and the `x-amount-fen`/`x-disclosure` keywords.
 *   Without it rjsf's non-strict AJV would silently ignore `x-amount-fen`.
 */
export const RJSF_VALIDATOR_OPTIONS: Readonly<RjsfValidatorOptions> = {
  customFormats: { ...CUSTOM_FORMATS },
  ajvOptionsOverrides: { ...AJV_OPTIONS },
  ajvFormatOptions: false,
  extenderFn: configureAjv,
};
