import type { ReviewContact } from '@yilin/workflow-supervisory-review';

export type { PublicOutcomeDto } from '@yilin/contracts';

export interface SubmitFeedbackRequest {
  description: string;
  category?: string;
  /** A registered enterprise the feedback is about, by name or registration number. */
  enterprise?: string;
  contact?: { name?: string; phone?: string; email?: string };
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
