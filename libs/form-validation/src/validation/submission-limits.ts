import type { FieldIssue } from '@yilin/contracts';

import type { Locale, Localized } from '../messages/locale';

/**
 * Values one submission may hold: every property and every list entry, at any depth. Validation time grows
 * with values × options per `enum`, so this and `SCHEMA_LIMITS.maxEnumValues` together keep one validation
 * within a few milliseconds. Real forms hold a few hundred.
 */
export const MAX_SUBMISSION_VALUES = 5000;

const TOO_MANY_VALUES: Localized = {
  en: `The submission holds more than ${MAX_SUBMISSION_VALUES} values (fields and list entries together)`,
  'zh-CN': `提交的内容超过 ${MAX_SUBMISSION_VALUES} 项（字段与列表条目合计）`,
};

/**
 * The issue to report instead of validating `data` when it holds more than `limit` values, else `undefined`.
 * Counting stops as soon as the limit is passed, so a huge submission costs no more than a just-too-large one.
 */
export function submissionTooLarge(data: unknown, locale: Locale, limit = MAX_SUBMISSION_VALUES): FieldIssue | undefined {
  let values = 0;
  const pending: unknown[] = [data];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null) continue;
    const children = Array.isArray(value) ? value : Object.values(value);
    values += children.length;
    if (values > limit) return { path: '', keyword: 'maxValues', message: TOO_MANY_VALUES[locale] };
    for (const child of children) pending.push(child);
  }
  return undefined;
}
