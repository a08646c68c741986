import type Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';

import type { FieldIssue } from '@yilin/contracts';

import { createAjv } from '../ajv/create-ajv';
import { DEFAULT_LOCALE } from '../messages/locale';
import type { Locale } from '../messages/locale';
import { checkSchema } from '../schema-check/check-schema';
import { FormSchemaError } from './form-schema.error';
import { toFieldIssues } from './to-field-issues';

/** A compiled form schema: validates data and says what a person must fix. */
export type FormValidator = (data: unknown, locale?: Locale) => FieldIssue[];

/**
 * An AJV instance for validating data: the shared options, plus `addUsedSchema: false` so a schema's `$id`
 * never lands in the instance's registry (it does not change what is valid).
 */
export function createValidationAjv(): Ajv {
  return createAjv({ addUsedSchema: false });
}

/**
 * Checks `schema` with {@link checkSchema}, compiles it on `ajv`, and forgets it inside `ajv` again so the caller
 * alone decides how long the compiled function lives.
 *
 * @throws FormSchemaError when the schema fails the check.
 */
export function compileFormSchema(ajv: Ajv, schema: unknown, cacheKey?: string): FormValidator {
  const issues = checkSchema(schema);
  if (issues.length > 0) throw new FormSchemaError(issues, cacheKey);
  // checkSchema refused `$async`, so the compiled function is synchronous.
  const validate = ajv.compile(schema as object) as ValidateFunction;
  ajv.removeSchema(schema as object);
  return (data, locale = DEFAULT_LOCALE) => (validate(data) ? [] : toFieldIssues(validate.errors, locale));
}
