import { HttpStatus, Inject, Injectable } from '@nestjs/common';

import type { FieldIssue } from '@yilin/contracts';
import { type Clock, RuntimeError, START_EVENT, slotFor, SYSTEM_ACTOR, WorkflowRegistry, WorkflowRuntime } from '@yilin/runtime';
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
import { FormDataValidator } from '@engine/forms/validation/form-data-validator';

import { PublicFeedbackEntity } from './public-feedback.entity';
import { ReviewRecordsService } from './review-records.service';
import type { FeedbackFilerDto, FeedbackReceiptDto, SubmitFeedbackRequest } from './supervision.dto';
import { newTrackingCode } from './tracking-code.util';

// The feedback form's contact fields, by the key the request names each with.
const CONTACT_FIELDS = [
  ['contactName', 'name'],
  ['contactMobile', 'phone'],
  ['contactEmail', 'email'],
] as const;

/** An issue of the form's contact field, at the path the request sent it under (`/contact/phone`). */
function asRequestIssue(issue: FieldIssue): FieldIssue {
  const match = CONTACT_FIELDS.find(([field]) => issue.path === `/${field}`);
  return match ? { ...issue, path: `/contact/${match[1]}` } : issue;
}

/** Public feedback (anonymous allowed): raises a supervisory review and is followed by tracking code. */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly runtime: WorkflowRuntime,
    private readonly records: ReviewRecordsService,
    private readonly enterprises: EnterpriseRegistryService,
    private readonly db: DatabaseTransactions,
    private readonly registry: WorkflowRegistry,
    private readonly forms: FormDataValidator,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async submit(request: SubmitFeedbackRequest, filer: SessionUser | undefined): Promise<FeedbackReceiptDto> {
    const contact = request.contact && Object.values(request.contact).some(Boolean) ? { ...request.contact } : null;
    await this.refuseWhatTheFormRefuses(request, contact);
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
    await this.db.run((m) =>
      m.insert(PublicFeedbackEntity, { reviewId: review.id, contact, filerUserId: filer?.id ?? null, createdAt: now }),
    );
    return { trackingCode };
  }

  /**
   * The feedback with its contact, checked by the form bound to a review's start as a whole: the contact is
   * the form's contactName, contactMobile and contactEmail, though it is kept apart from the review.
   */
  private async refuseWhatTheFormRefuses(request: SubmitFeedbackRequest, contact: SubmitFeedbackRequest['contact'] | null) {
    const definition = this.registry.latest(SUPERVISORY_REVIEW_KEY);
    const slot = slotFor(definition, START_EVENT);
    if (!slot) return;
    const data: Record<string, unknown> = {
      description: request.description.trim(),
      ...(request.category ? { category: request.category } : {}),
      ...(contact ? { anonymous: false } : {}),
    };
    for (const [field, key] of CONTACT_FIELDS) if (contact?.[key]) data[field] = contact[key];
    const { issues } = await this.forms.validate({
      data,
      slot: { workflow: definition.key, slot, partial: false, at: this.clock.now() },
      formPins: {},
    });
    if (issues.length) throw new RuntimeError('INVALID_DATA', 'Some fields are not valid', issues.map(asRequestIssue));
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
