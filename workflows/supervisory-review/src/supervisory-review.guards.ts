import type { EventActor } from '@yilin/contracts';

import type { FindingsOutcome, ReviewContext, RiskLevel } from './supervisory-review.types';

export const GRANT_WORKFLOW = 'grant-approval';
const RISK_LEVELS: readonly RiskLevel[] = ['low', 'medium', 'high'];

// Mainland mobile numbers, 18-digit resident ids and e-mail addresses, wherever they appear in a text.
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
const RESIDENT_ID = /(?<!\d)\d{17}[\dXx](?!\d)/;
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;

export type PersonalDataKind = 'contact' | 'subject-owner' | 'mobile' | 'resident-id' | 'email';

export function hasText(text: unknown): text is string {
  return typeof text === 'string' && text.trim() !== '';
}

/** The kinds of personal data found in a text meant for the filer or the public; empty when it is clean. */
export function personalDataIn(
  text: string,
  context: Pick<ReviewContext, 'contact' | 'subject'>,
): PersonalDataKind[] {
  const found = new Set<PersonalDataKind>();
  const contactValues = Object.values(context.contact ?? {}).filter(
    (value): value is string => typeof value === 'string' && value.trim().length >= 2,
  );
  if (contactValues.some((value) => text.includes(value.trim()))) found.add('contact');
  const ownerId = context.subject?.ownerId;
  if (ownerId && ownerId.length >= 2 && text.includes(ownerId)) found.add('subject-owner');
  if (MOBILE.test(text)) found.add('mobile');
  if (RESIDENT_ID.test(text)) found.add('resident-id');
  if (EMAIL.test(text)) found.add('email');
  return [...found];
}

export function isPublishable(text: unknown, context: Pick<ReviewContext, 'contact' | 'subject'>): boolean {
  return hasText(text) && personalDataIn(text, context).length === 0;
}

export function isAssignee(context: Pick<ReviewContext, 'assignee'>, actor: EventActor): boolean {
  return context.assignee !== null && actor.id === context.assignee;
}

/** Who answers for the subject: its owner, or staff on behalf of the foundation. */
export function isSubjectSide(context: Pick<ReviewContext, 'subject'>, actor: EventActor): boolean {
  const ownerId = context.subject?.ownerId;
  return actor.roles.includes('staff') || (Boolean(ownerId) && actor.id === ownerId);
}

export function activeSuspension(context: Pick<ReviewContext, 'suspensions'>) {
  const last = context.suspensions[context.suspensions.length - 1];
  return last && last.resumedAt === null ? last : null;
}

/** Only a grant can be suspended by a review, and only once at a time. */
export function maySuspendSubject(context: Pick<ReviewContext, 'subject' | 'suspensions'>): boolean {
  return context.subject?.workflow === GRANT_WORKFLOW && activeSuspension(context) === null;
}

export function isNoIssueFinding(data: { outcome?: FindingsOutcome; summary?: unknown }): boolean {
  return data.outcome === 'no-issue' && hasText(data.summary);
}

/** An issue must carry its risk level. */
export function isIssueFinding(data: { outcome?: FindingsOutcome; riskLevel?: RiskLevel; summary?: unknown }): boolean {
  return data.outcome === 'issue' && RISK_LEVELS.includes(data.riskLevel as RiskLevel) && hasText(data.summary);
}

export function areQuestions(questions: unknown): boolean {
  return Array.isArray(questions) && questions.length > 0 && questions.every(hasText);
}
