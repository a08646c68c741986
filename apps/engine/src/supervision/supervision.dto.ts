import type { ReviewContact } from '@yilin/workflow-supervisory-review';

export type { PublicOutcomeDto } from '@yilin/contracts';

/** The public-feedback form's data (its own fields, and any staff add), with what it is about. */
export interface SubmitFeedbackRequest {
  description: string;
  category?: string;
  anonymous?: boolean;
  contactName?: string;
  contactMobile?: string;
  contactEmail?: string;
  /** A registered enterprise the feedback is about, by name or registration number. */
  enterprise?: string;
  /** The contact fields the older way: name, mobile, e-mail. */
  contact?: { name?: string; phone?: string; email?: string };
  [field: string]: unknown;
}

export interface FeedbackReceiptDto {
  trackingCode: string;
}

/** For supervisors only: who filed a public feedback and how to reach them. */
export interface FeedbackFilerDto {
  reviewId: string;
  contact: ReviewContact | null;
  filerUserId: string | null;
  createdAt: string;
}
