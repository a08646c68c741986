import type { ErrorObject } from 'ajv';

import type { FieldIssue } from '@yilin/contracts';

import { errorMessage } from '../messages/error-message';
import type { Locale } from '../messages/locale';
import { appendPointer } from '../util/json-pointer.util';

// `if` only says "must match the then schema"; the branch's own errors already name the field.
const REDUNDANT_KEYWORDS = new Set(['if']);

/**
 * AJV errors as {@link FieldIssue}s whose `path` points at the field the person must fix: the missing property
 * for `required`/`dependencies`, the extra one for `additionalProperties`, otherwise AJV's `instancePath`.
 * The same message for the same field (from several `anyOf` branches, or an amount's type and amount keywords)
 * is reported once.
 */
export function toFieldIssues(errors: readonly ErrorObject[] | null | undefined, locale: Locale): FieldIssue[] {
  const issues = new Map<string, FieldIssue>();
  for (const error of errors ?? []) {
    if (REDUNDANT_KEYWORDS.has(error.keyword)) continue;
    const issue: FieldIssue = { path: issuePath(error), message: errorMessage(error, locale), keyword: error.keyword };
    const key = `${issue.path}\u0000${issue.message}`;
    if (!issues.has(key)) issues.set(key, issue);
  }
  return [...issues.values()];
}

function issuePath(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const child = params.missingProperty ?? params.additionalProperty ?? params.propertyName;
  return typeof child === 'string' ? appendPointer(error.instancePath, child) : error.instancePath;
}
