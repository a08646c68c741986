import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';

import type { JsonSchema } from '@yilin/contracts';
import { compileFormSchema, createValidationAjv, type FormValidator } from '@yilin/form-validation';

import { bilingualIssues } from './bilingual-issues.util';

const ajv = createValidationAjv();
// A form draft alone may hold a schema of 2,000 fields; the body limit bounds requests instead.
const REQUEST_MAX_VALUES = Number.POSITIVE_INFINITY;

/** Validates a request body or query against a JSON Schema: 400 with field paths when it does not fit. */
@Injectable()
export class RequestSchemaPipe implements PipeTransform {
  private readonly validate: FormValidator;
  private readonly missingValue: unknown;

  constructor(schema: JsonSchema) {
    this.validate = compileFormSchema(ajv, schema, undefined, { maxValues: REQUEST_MAX_VALUES });
    // A missing body or query is an empty object; a missing header stays missing.
    this.missingValue = schema.type === 'object' ? {} : undefined;
  }

  transform(value: unknown): unknown {
    const input = value ?? this.missingValue;
    if (input === undefined) return undefined;
    const validate = this.validate;
    const issues = bilingualIssues((locale) => validate(input, locale));
    if (issues.length) {
      throw new BadRequestException({ message: 'The request is not valid', code: 'INVALID_REQUEST', details: issues });
    }
    return input;
  }
}
