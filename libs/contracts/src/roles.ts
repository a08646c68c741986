import type { Static } from 'typebox';

import type { LocalizedTextSchema } from './schemas/common.schema';

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

/** Text in both languages the product speaks; Chinese first. */
export type LocalizedText = Static<typeof LocalizedTextSchema>;
