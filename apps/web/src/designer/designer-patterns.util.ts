/** Formats staff pick by name; the raw regular expression stays available under 高级 for those who write one. */
export interface NamedPattern {
  id: string;
  pattern: string;
  zh: string;
  en: string;
}

export const NAMED_PATTERNS: readonly NamedPattern[] = [
  { id: 'digits', pattern: '^[0-9]+$', zh: '只含数字', en: 'Digits only' },
  { id: 'postcode', pattern: '^[0-9]{6}$', zh: '邮政编码（6 位数字）', en: 'Postcode (6 digits)' },
  { id: 'landline', pattern: '^0[0-9]{2,3}-?[0-9]{7,8}$', zh: '固定电话（如 028-85551234）', en: 'Landline (e.g. 028-85551234)' },
  { id: 'latin', pattern: '^[A-Za-z0-9 ]+$', zh: '英文字母、数字和空格', en: 'Latin letters, digits and spaces' },
  { id: 'chinese', pattern: '^[\\u4e00-\\u9fa5·]+$', zh: '只含汉字', en: 'Chinese characters only' },
  { id: 'url', pattern: '^https?://[^\\s]+$', zh: '网址（http:// 或 https:// 开头）', en: 'Web address (http:// or https://)' },
];

/** The named pattern a raw pattern is, `custom` when it is none of them, `none` when empty. */
export function patternChoice(pattern: string | undefined): string {
  if (!pattern) return 'none';
  return NAMED_PATTERNS.find((named) => named.pattern === pattern)?.id ?? 'custom';
}
