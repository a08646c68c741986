import type { FieldIssue } from '@yilin/contracts';

/** Thrown when a schema fails {@link checkSchema} at the moment something tries to validate data with it. */
export class FormSchemaError extends Error {
  readonly code = 'FORM_SCHEMA_INVALID';

  constructor(
    readonly issues: FieldIssue[],
    readonly cacheKey?: string,
  ) {
    super(
      `Form schema${cacheKey ? ` ${cacheKey}` : ''} is not valid: ` +
        issues.map((issue) => `${issue.path || '/'} ${issue.message}`).join('; '),
    );
    this.name = 'FormSchemaError';
  }
}
