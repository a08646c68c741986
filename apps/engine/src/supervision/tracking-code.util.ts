import { randomBytes } from 'node:crypto';

import { trackingCodeOf } from '@yilin/workflow-supervisory-review';

/** A fresh tracking code: 60 random bits, unguessable, in the alphabet people read without mistakes. */
export function newTrackingCode(): string {
  return trackingCodeOf(randomBytes(12));
}
