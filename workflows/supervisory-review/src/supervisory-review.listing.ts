import type { InstanceRow, ViewCaller } from '@yilin/contracts';

import type { ReviewContext } from './supervisory-review.types';

// The tracking code follows the filer's feedback: supervisors and the filer read it, the subject's side does not.
const readsTrackingCode = (caller: ViewCaller): boolean =>
  caller.system || caller.isOwner || caller.roles.includes('supervisor');

/** A review in a list: its tracking code (for those who may read it) and what it is about. */
export function reviewRow(context: ReviewContext, caller: ViewCaller): InstanceRow {
  const subject = [readsTrackingCode(caller) ? context.trackingCode : null, context.category].filter(Boolean).join(' · ');
  return subject ? { subject } : {};
}

/** A review is found by its tracking code. */
export function reviewSearchKeys(context: ReviewContext, caller: ViewCaller): string[] {
  return readsTrackingCode(caller) && context.trackingCode ? [context.trackingCode] : [];
}

/** An administrator finds a review by the whole tracking code a filer reads out, without being shown it. */
export function reviewWholeSearchKeys(context: ReviewContext, caller: ViewCaller): string[] {
  return caller.roles.includes('admin') && context.trackingCode ? [context.trackingCode] : [];
}
