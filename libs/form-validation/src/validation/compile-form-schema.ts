import type Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';

import type { FieldIssue } from '@yilin/contracts';

import { createAjv } from '../ajv/create-ajv';
import { DEFAULT_LOCALE } from '../messages/locale';
import type { Locale } from '../messages/locale';
import { checkSchema } from '../schema-check/check-schema';
import { FormSchemaError } from './form-schema.error';
import { MAX_SUBMISSION_VALUES, submissionTooLarge } from './submission-limits';

/** Options of {@link compileFormSchema}. */
export interface CompileOptions {
  /** Values data may hold before it is refused unvalidated; default {@link MAX_SUBMISSION_VALUES}. */
  maxValues?: number;
}
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
 * alone decides how long the compiled function lives. Data holding more than `options.maxValues` values is
 * refused with one issue before it is validated.
 *
 * @throws FormSchemaError when the schema fails the check.
 */
export function compileFormSchema(ajv: Ajv, schema: unknown, cacheKey?: string, options: CompileOptions = {}): FormValidator {
  const maxValues = options.maxValues ?? MAX_SUBMISSION_VALUES;
  const issues = checkSchema(schema);
  if (issues.length > 0) throw new FormSchemaError(issues, cacheKey);
  // checkSchema refused `$async`, so the compiled function is synchronous.
  const validate = ajv.compile(schema as object) as ValidateFunction;
  ajv.removeSchema(schema as object);
  return (data, locale = DEFAULT_LOCALE) => {
    const tooLarge = submissionTooLarge(data, locale, maxValues);
    if (tooLarge) return [tooLarge];
    return validate(data) ? [] : toFieldIssues(validate.errors, locale);
  };
}
