export type { FeedbackFilerDto, FeedbackReceiptDto, PublicOutcomeDto, SubmitFeedbackRequest } from '@yilin/contracts';
