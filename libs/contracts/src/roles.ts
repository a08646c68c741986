export const ROLES = [
  'applicant',
  'staff',
  'reviewer',
  'director',
  'council',
  'supervisor',
  'admin',
] as const;

/** A person's role; `public` is not a role: anonymous callers carry none. */
export type Role = (typeof ROLES)[number];

export interface LocalizedText {
  zh: string;
  en: string;
}
