import { HttpStatus, Inject, Injectable } from '@nestjs/common';

import type { FieldIssue, StepFormDto } from '@yilin/contracts';
import { type Clock, RuntimeError, START_EVENT, slotFor, SYSTEM_ACTOR, WorkflowRegistry, WorkflowRuntime } from '@yilin/runtime';
import {
  normaliseTrackingCode,
  type PublicProgress,
  reviewPublicProgress,
  SUPERVISORY_REVIEW_KEY,
} from '@yilin/workflow-supervisory-review';
import type { SessionUser } from '@engine/auth/session-user';
import { DomainError } from '@engine/common/errors/domain.error';
import { bilingualIssue } from '@engine/common/validation/bilingual-issues.util';
import { CLOCK } from '@engine/config/engine-config';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { EnterpriseRegistryService } from '@engine/enterprises/enterprise-registry.service';
import { StepFormsService } from '@engine/forms/bindings/step-forms.service';
import { FormDataValidator } from '@engine/forms/validation/form-data-validator';

import { PublicFeedbackEntity } from './public-feedback.entity';
import { ReviewRecordsService } from './review-records.service';
import type { FeedbackFilerDto, FeedbackReceiptDto, SubmitFeedbackRequest } from './supervision.dto';
import { newTrackingCode } from './tracking-code.util';

const NOT_THE_PUBLICS = { zh: '不是本表单的字段', en: 'is not a field of this form' };

// The feedback form's contact fields, by the key the request names each with.
const CONTACT_FIELDS = [
  ['contactName', 'name'],
  ['contactMobile', 'phone'],
  ['contactEmail', 'email'],
] as const;

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
    private readonly stepForms: StepFormsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The form a person fills to raise a concern: the one bound to a review's start now. */
  form(): Promise<StepFormDto> {
    return this.stepForms.startForm(SUPERVISORY_REVIEW_KEY);
  }

  async submit(request: SubmitFeedbackRequest, filer: SessionUser | undefined): Promise<FeedbackReceiptDto> {
    const { enterprise, contact: legacyContact, ...fields } = request;
    const formData: Record<string, unknown> = { ...fields, description: request.description.trim() };
    const fromLegacy = new Set<string>();
    for (const [field, key] of CONTACT_FIELDS) {
      if (!legacyContact?.[key] || formData[field] !== undefined) continue;
      formData[field] = legacyContact[key];
      fromLegacy.add(field);
    }
    // Whoever leaves a way to reach them is not anonymous: the form's contact rules apply to what they left.
    if (CONTACT_FIELDS.some(([field]) => formData[field] !== undefined)) formData.anonymous ??= false;
    await this.refuseWhatTheFormRefuses(formData, fromLegacy);
    const subject = enterprise ? await this.enterprises.subjectFor(enterprise) : null;
    if (enterprise && !subject) {
      throw new DomainError(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'ENTERPRISE_NOT_FOUND',
        `No registered enterprise is named or numbered "${enterprise}"; describe it in the text instead`,
      );
    }
    // The contact stays out of the review: its subject sees the review and must not learn who reported them.
    const { anonymous: _anonymous, contactName, contactMobile, contactEmail, ...reported } = formData;
    const contact = {
      ...(contactName ? { name: String(contactName) } : {}),
      ...(contactMobile ? { phone: String(contactMobile) } : {}),
      ...(contactEmail ? { email: String(contactEmail) } : {}),
    };
    const trackingCode = newTrackingCode();
    const review = await this.runtime.start({
      workflow: SUPERVISORY_REVIEW_KEY,
      actor: SYSTEM_ACTOR,
      data: { ...reported, source: 'public', ...(subject ? { subject } : {}) },
      injected: { trackingCode },
    });
    const now = this.clock.now();
    await this.records.track({ reviewId: review.id, trackingCode, source: 'public' }, now);
    await this.db.run((m) =>
      m.insert(PublicFeedbackEntity, {
        reviewId: review.id,
        contact: Object.keys(contact).length ? contact : null,
        filerUserId: filer?.id ?? null,
        createdAt: now,
      }),
    );
    return { trackingCode };
  }

  /**
   * The feedback with its contact, checked by the form bound to a review's start as a whole, though the
   * contact is then kept apart from the review. A contact sent the older way is refused at its own path.
   */
  private async refuseWhatTheFormRefuses(data: Record<string, unknown>, fromLegacy: ReadonlySet<string>) {
    const definition = this.registry.latest(SUPERVISORY_REVIEW_KEY);
    const slot = slotFor(definition, START_EVENT);
    if (!slot) return;
    const { issues } = await this.forms.validate({
      data,
      slot: { workflow: definition.key, slot, partial: false, at: this.clock.now() },
      formPins: {},
    });
    // Where a review comes from and what it is about are the engine's to say, never the public's.
    const picked = Object.keys(slot.envelope ?? {}).filter((key) => key in data);
    issues.push(...picked.map((key) => bilingualIssue(`/${key}`, 'additionalProperties', NOT_THE_PUBLICS)));
    if (issues.length) {
      const atRequestPath = (issue: FieldIssue): FieldIssue => {
        const match = CONTACT_FIELDS.find(([field]) => fromLegacy.has(field) && issue.path === `/${field}`);
        return match ? { ...issue, path: `/contact/${match[1]}` } : issue;
      };
      throw new RuntimeError('INVALID_DATA', 'Some fields are not valid', issues.map(atRequestPath));
    }
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
