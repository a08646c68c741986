import type { FieldIssue } from '@yilin/contracts';

import { ApiError } from '@web/api/api-client';
import { errorMessage } from '@web/api/error-message';

const isIssue = (value: unknown): value is FieldIssue =>
  typeof value === 'object' && value !== null && typeof (value as FieldIssue).message === 'string';

/** The API's sentence, followed by each field it names, so a refused form says what to fix. */
export function errorText(error: unknown, networkMessage: string): string {
  const sentence = errorMessage(error, networkMessage);
  const issues = error instanceof ApiError && Array.isArray(error.details) ? error.details.filter(isIssue) : [];
  if (!issues.length) return sentence;
  return `${sentence}：${issues.map((issue) => `${issue.path.replace(/^\//, '') || '—'} ${issue.message}`).join('；')}`;
}
