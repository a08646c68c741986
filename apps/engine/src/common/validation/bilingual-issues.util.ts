import type { FieldIssue, LocalizedText } from '@yilin/contracts';
import type { Locale } from '@yilin/form-validation';

/**
 * The issues a validation finds, each with its message in both languages, so the response can speak the
 * caller's: `validate` runs in Chinese, and only data it refuses is checked again for the English words.
 * Both runs find the same errors; they are paired by field and keyword in order.
 */
export function bilingualIssues(validate: (locale: Locale) => FieldIssue[]): FieldIssue[] {
  const zh = validate('zh-CN');
  if (zh.length === 0) return zh;
  const english = new Map<string, string[]>();
  for (const issue of validate('en')) {
    const key = pairKey(issue);
    english.set(key, [...(english.get(key) ?? []), issue.message]);
  }
  return zh.map((issue) => {
    const en = english.get(pairKey(issue))?.shift() ?? issue.message;
    return withMessages(issue, { zh: issue.message, en });
  });
}

/** An issue the engine words itself, in both languages. */
export function bilingualIssue(path: string, keyword: string, message: LocalizedText): FieldIssue {
  return { path, keyword, message: message.zh, messages: message };
}

/** Issues as a response carries them: `message` in the caller's language, nothing else added. */
export function issuesIn(details: unknown, language: keyof LocalizedText): unknown {
  if (!Array.isArray(details)) return details;
  return details.map((item: unknown) => {
    if (typeof item !== 'object' || item === null || !('messages' in item)) return item;
    const { messages, ...issue } = item as FieldIssue;
    return messages ? { ...issue, message: messages[language] } : issue;
  });
}

const pairKey = (issue: FieldIssue) => `${issue.path}\u0000${issue.keyword}`;

const withMessages = (issue: FieldIssue, messages: LocalizedText): FieldIssue => ({ ...issue, messages });
