import type { MachineSelector } from '@yilin/contracts';

import { publicProgress, type PublicProgress } from './review-progress.util';
import { SUPERVISORY_REVIEW_KEY } from './supervisory-review.machine';
import type { ReviewContext } from './supervisory-review.types';

/** What anyone holding the tracking code may read. */
export const reviewPublicProgress: MachineSelector<ReviewContext, PublicProgress> = {
  workflow: SUPERVISORY_REVIEW_KEY,
  select: publicProgress,
};
