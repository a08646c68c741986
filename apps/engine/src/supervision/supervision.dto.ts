import type { FindingsOutcome, ReviewContact, RiskLevel } from '@yilin/workflow-supervisory-review';

/** A published supervisory outcome exactly as the review disclosed it: nothing else about the review. */
export interface PublicOutcomeDto {
  summary: string;
  outcome: FindingsOutcome;
  riskLevel: RiskLevel | null;
  publishedAt: string;
}

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
