import type Ajv from 'ajv';

import type { FieldIssue } from '@yilin/contracts';

import { DEFAULT_LOCALE } from '../messages/locale';
import type { Locale } from '../messages/locale';
import { compileFormSchema, createValidationAjv } from './compile-form-schema';

let sharedAjv: Ajv | undefined;

/**
 * Validates `data` against a form schema and returns what a person must fix (empty when valid). Compiles on every
 * call: for submissions against a published form version use {@link FormValidatorCache}.
 *
 * @throws FormSchemaError when the schema itself fails {@link checkSchema}.
 */
export function validateData(schema: unknown, data: unknown, locale: Locale = DEFAULT_LOCALE): FieldIssue[] {
  sharedAjv ??= createValidationAjv();
  return compileFormSchema(sharedAjv, schema)(data, locale);
}
