import type { Static } from 'typebox';

import type {
  GrantApprovalViewSchema,
  GrantCouncilViewSchema,
  GrantCouncilVoteViewSchema,
  GrantReportViewSchema,
  GrantReviewerScoreViewSchema,
  InstanceViewSchema,
  OpaqueViewSchema,
  RegistrationViewSchema,
  SupervisoryReviewViewSchema,
} from './schemas/instance-view.schema';

// The typed views of an instance, one per workflow: their schemas (schemas/instance-view.schema.ts) are the
// one source of these types, of the engine's response documentation and of the answers' contract test.

export type GrantReviewerScoreView = Static<typeof GrantReviewerScoreViewSchema>;
export type GrantCouncilVoteView = Static<typeof GrantCouncilVoteViewSchema>;
export type GrantCouncilView = Static<typeof GrantCouncilViewSchema>;
export type GrantReportView = Static<typeof GrantReportViewSchema>;
export type GrantApprovalView = Static<typeof GrantApprovalViewSchema>;
export type RegistrationView = Static<typeof RegistrationViewSchema>;
export type SupervisoryReviewView = Static<typeof SupervisoryReviewViewSchema>;
export type OpaqueView = Static<typeof OpaqueViewSchema>;
export type InstanceView = Static<typeof InstanceViewSchema>;
