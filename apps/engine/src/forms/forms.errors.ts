import { HttpStatus } from '@nestjs/common';

import type { FieldIssue, FormProblem } from '@yilin/contracts';
import { DomainError } from '@engine/common/errors/domain.error';

/** The forms domain's refusals, each with its code and status. */
export const formErrors = {
  notFound: (key: string) => new DomainError(HttpStatus.NOT_FOUND, 'FORM_NOT_FOUND', `No form "${key}"`),
  versionNotFound: (key: string, version: number) =>
    new DomainError(HttpStatus.NOT_FOUND, 'FORM_VERSION_NOT_FOUND', `Form "${key}" has no version ${version}`),
  notPublished: (key: string) =>
    new DomainError(HttpStatus.SERVICE_UNAVAILABLE, 'FORM_NOT_PUBLISHED', `Form "${key}" has no published version yet`),
  exists: (key: string) => new DomainError(HttpStatus.CONFLICT, 'FORM_EXISTS', `Form "${key}" already exists`),
  unchanged: (key: string) =>
    new DomainError(HttpStatus.CONFLICT, 'FORM_UNCHANGED', `The draft of "${key}" is the same as its latest version`),
  refused: (errors: FormProblem[]) =>
    new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, 'FORM_SCHEMA_INVALID', 'The form cannot be published as it is', errors),
  unsafeDraft: (errors: FormProblem[]) =>
    new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, 'FORM_SCHEMA_INVALID', 'The draft cannot be saved as it is', errors),
  schemaInvalid: (issues: FieldIssue[]) =>
    new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, 'FORM_SCHEMA_INVALID', 'The form schema is not valid', issues),
};
