import { HttpStatus, Inject, Injectable } from '@nestjs/common';

import { type Clock, SYSTEM_ACTOR, WorkflowRuntime } from '@yilin/runtime';
import {
  normaliseTrackingCode,
  type PublicProgress,
  reviewPublicProgress,
  SUPERVISORY_REVIEW_KEY,
} from '@yilin/workflow-supervisory-review';
import type { SessionUser } from '@engine/auth/session-user';
import { DomainError } from '@engine/common/errors/domain.error';
import { CLOCK } from '@engine/config/engine-config';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { EnterpriseRegistryService } from '@engine/enterprises/enterprise-registry.service';

import { PublicFeedbackEntity } from './public-feedback.entity';
import { ReviewRecordsService } from './review-records.service';
import type { FeedbackFilerDto, FeedbackReceiptDto, SubmitFeedbackRequest } from './supervision.dto';
import { newTrackingCode } from './tracking-code.util';

/** Public feedback (anonymous allowed): raises a supervisory review and is followed by tracking code. */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly runtime: WorkflowRuntime,
    private readonly records: ReviewRecordsService,
    private readonly enterprises: EnterpriseRegistryService,
    private readonly db: DatabaseTransactions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async submit(request: SubmitFeedbackRequest, filer: SessionUser | undefined): Promise<FeedbackReceiptDto> {
    const subject = request.enterprise ? await this.enterprises.subjectFor(request.enterprise) : null;
    if (request.enterprise && !subject) {
      throw new DomainError(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'ENTERPRISE_NOT_FOUND',
        `No registered enterprise is named or numbered "${request.enterprise}"; describe it in the text instead`,
      );
    }
    const trackingCode = newTrackingCode();
    // The contact stays out of the review: its subject sees the review and must not learn who reported them.
    const review = await this.runtime.start({
      workflow: SUPERVISORY_REVIEW_KEY,
      actor: SYSTEM_ACTOR,
      data: {
        source: 'public',
        description: request.description.trim(),
        ...(request.category ? { category: request.category } : {}),
        ...(subject ? { subject } : {}),
      },
      injected: { trackingCode },
    });
    const now = this.clock.now();
    await this.records.track({ reviewId: review.id, trackingCode, source: 'public' }, now);
    const contact = request.contact && Object.values(request.contact).some(Boolean) ? { ...request.contact } : null;
    await this.db.run((m) =>
      m.insert(PublicFeedbackEntity, { reviewId: review.id, contact, filerUserId: filer?.id ?? null, createdAt: now }),
    );
    return { trackingCode };
  }

  async progress(code: string): Promise<PublicProgress> {
    const trackingCode = normaliseTrackingCode(code);
    const reviewId = trackingCode && (await this.records.findReviewId(trackingCode));
    if (!reviewId) {
      throw new DomainError(HttpStatus.NOT_FOUND, 'TRACKING_CODE_NOT_FOUND', 'No feedback has this tracking code; check it and try again');
    }
    return this.runtime.select(reviewId, SYSTEM_ACTOR, reviewPublicProgress);
  }

  async filerOf(reviewId: string): Promise<FeedbackFilerDto> {
    const row = await this.db.exclusive(() => this.db.dataSource.manager.findOneBy(PublicFeedbackEntity, { reviewId }));
    if (!row) {
      throw new DomainError(HttpStatus.NOT_FOUND, 'FEEDBACK_NOT_FOUND', `Review ${reviewId} was not raised by public feedback`);
    }
    return { reviewId, contact: row.contact, filerUserId: row.filerUserId, createdAt: row.createdAt.toISOString() };
  }
}
