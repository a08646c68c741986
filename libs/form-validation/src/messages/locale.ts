/** Languages Yilin writes validation messages in; the API defaults to `en`, the applicant views use `zh-CN`. */
export type Locale = 'en' | 'zh-CN';

/** The locale used when a caller gives none. */
export const DEFAULT_LOCALE: Locale = 'en';

/** One message in every supported language. */
export type Localized = Readonly<Record<Locale, string>>;
