import type { FieldIssue } from '@yilin/contracts';

import { ApiError } from '@web/api/api-client';
import { errorMessage } from '@web/api/error-message';

const isIssue = (value: unknown): value is FieldIssue =>
  typeof value === 'object' && value !== null && typeof (value as FieldIssue).message === 'string';

/** The fields an API refusal names (422 with field issues), or none. */
export const fieldIssuesOf = (error: unknown): FieldIssue[] =>
  error instanceof ApiError && Array.isArray(error.details) ? error.details.filter(isIssue) : [];

/**
 * The API's sentence, followed by each field it names, so a refused form says what to fix; `labelOf`
 * names a field (a JSON pointer such as `/founder/mobile`) by its form label rather than its key.
 */
export function errorText(error: unknown, networkMessage: string, labelOf?: (path: string) => string | undefined): string {
  const sentence = errorMessage(error, networkMessage);
  const items = refusedItems(error);
  if (items.length) return `${sentence}：${items.join('、')}`;
  const issues = fieldIssuesOf(error);
  if (!issues.length) return sentence;
  const name = (path: string) => labelOf?.(path) ?? (path.replace(/^\//, '') || '—');
  return `${sentence}：${issues.map((issue) => `${name(issue.path)} ${issue.message}`).join('；')}`;
}

// A rule's refusal names the items it is about (materials a notice leaves out, items it may not raise).
const ITEM_LISTS = ['missing', 'newItems'];

function refusedItems(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.code !== 'EVENT_REJECTED') return [];
  const details = (error.details ?? {}) as Record<string, unknown>;
  return ITEM_LISTS.flatMap((key) => (Array.isArray(details[key]) ? details[key] : [])).filter(
    (item): item is string => typeof item === 'string',
  );
}

/** Names fields by a form's labels in one language: `/founder/mobile` → the label of `founder.mobile`. */
export const labelsOf =
  (texts: Record<string, string> | undefined) =>
  (path: string): string | undefined =>
    texts?.[path.replace(/^\//, '').split('/').filter((part) => !/^\d+$/.test(part)).join('.')];
