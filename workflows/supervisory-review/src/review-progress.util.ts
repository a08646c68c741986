import type { PublicProgressDto } from '@yilin/contracts';

import type { ReviewContext } from './supervisory-review.types';

/** What anyone holding the tracking code may see. */
export type PublicProgress = PublicProgressDto;

/**
 * The filer's view by tracking code: phases, dates, notes written for them and the published outcome.
 * Built field by field so nothing personal (contact, description, subject, people) can slip through.
 */
export function publicProgress(context: ReviewContext): PublicProgress {
  return {
    trackingCode: context.trackingCode,
    source: context.source,
    category: context.category,
    entries: context.progress.map(({ state, at, note, detail }) => ({
      state,
      at,
      note: { zh: note.zh, en: note.en },
      ...(detail ? { detail } : {}),
    })),
    disclosure: context.disclosure && {
      summary: context.disclosure.summary,
      riskLevel: context.disclosure.riskLevel,
      outcome: context.disclosure.outcome,
      publishedAt: context.disclosure.publishedAt,
    },
  };
}
