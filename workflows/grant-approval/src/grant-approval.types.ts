import type { CouncilConfig, Fraction, ProgrammeConfig, WorkflowEvent, WorkflowInput } from '@yilin/contracts';

// A programme and the council as admins configure them; the engine injects them into the start data.
// Their shape is written once, as the contracts' schemas the workflow validates them against.
export type { CouncilConfig, Fraction, ProgrammeConfig } from '@yilin/contracts';

export type ResolvedCouncilConfig = Required<CouncilConfig>;

/** What the applicant fills in; extra form fields ride along untouched. */
export interface GrantApplication {
  title: string;
  organisation: string;
  /** Integer fen. */
  amount: number;
  summary?: string;
  programmeId?: string;
  [field: string]: unknown;
}

export interface GrantStartData extends GrantApplication {
  programme: ProgrammeConfig;
  council: CouncilConfig;
}

export type GrantInput = WorkflowInput<GrantStartData>;

export type ReportKind = 'midterm' | 'final';
export type VoteChoice = 'approve' | 'reject' | 'abstain';

export interface ActorRef {
  id: string;
  username: string;
}

export interface ChangeRequest {
  items: string[];
  note: string | null;
  by: ActorRef;
  at: string;
  answeredAt: string | null;
}

export interface ReviewScore {
  reviewerId: string;
  score: number;
  comment: string;
  at: string;
}

export interface DirectorDecision {
  director: ActorRef;
  choice: 'approve' | 'decline';
  note: string | null;
  at: string;
}

export interface CouncilVote {
  memberId: string;
  choice: VoteChoice;
  comment: string | null;
  at: string;
}

export interface CouncilRecusal {
  memberId: string;
  reason: string;
  at: string;
}

export interface VotingSession {
  openedAt: string;
  closedAt: string | null;
  /** A staff member's id, or `all-voted` when the last eligible member voted. */
  closedBy: string | null;
}

export type CouncilOutcome = 'approved' | 'rejected' | 'noQuorum';

export interface CouncilResult {
  outcome: CouncilOutcome;
  councilSize: number;
  quorumRequired: number;
  participantIds: string[];
  recusedIds: string[];
  approve: number;
  reject: number;
  abstain: number;
  quorumReached: boolean;
  approved: boolean;
  at: string;
}

/** The council's minutes (会议记录): who took part, who recused and why, each vote, the result. */
export interface CouncilMinutes {
  memberIds: string[];
  quorum: Fraction;
  approvalShareAbove: number;
  sessions: VotingSession[];
  votes: CouncilVote[];
  recusals: CouncilRecusal[];
  /** One per closed session; the last one decided. */
  results: CouncilResult[];
}

export interface Tranche {
  /** 1-based. */
  number: number;
  percent: number;
  amount: number;
  disbursedAt: string | null;
  disbursedBy: string | null;
}

export type ReportStatus = 'pending' | 'upcoming' | 'overdue' | 'submitted' | 'accepted';

export interface ReportSubmission {
  spent: number;
  summary: string;
  data: Record<string, unknown>;
  by: ActorRef;
  at: string;
}

export interface ReportTrack {
  kind: ReportKind;
  status: ReportStatus;
  dueAt: string | null;
  remindedAt: string | null;
  overdueAt: string | null;
  escalationDueAt: string | null;
  escalatedAt: string | null;
  submissions: ReportSubmission[];
  returns: Array<{ reason: string; by: ActorRef; at: string }>;
  acceptedAt: string | null;
  acceptedBy: ActorRef | null;
}

export type GrantResult = 'rejected' | 'declined' | 'notApproved' | 'withdrawn' | 'approved';

/** How the application ended or was approved, and why: what the applicant and the public pages read. */
export interface GrantOutcome {
  result: GrantResult;
  reason: string | null;
  decidedBy: 'staff' | 'director' | 'council' | 'applicant' | 'fund';
  at: string;
}

export interface Suspension {
  reviewId: string;
  reason: string;
  by: ActorRef;
  suspendedAt: string;
  resumedAt: string | null;
  resumedBy: ActorRef | null;
}

export interface RiskReviewRequest {
  rule: 'grant-above-amount' | 'report-overdue';
  kind: ReportKind | null;
  at: string;
}

export interface GrantContext {
  instanceId: string;
  ownerId: string;
  programme: ProgrammeConfig;
  council: ResolvedCouncilConfig;
  application: GrantApplication;
  submittedAt: string | null;
  changeRequests: ChangeRequest[];
  screenedBy: ActorRef | null;
  reviewerIds: string[];
  /** User ids beyond the owner who take part in this instance (the assigned reviewers); the engine may let them see it. */
  participants: string[];
  scores: ReviewScore[];
  track: 'director' | 'council' | null;
  directorSlaDueAt: string | null;
  directorSlaBreachedAt: string | null;
  directorDecision: DirectorDecision | null;
  minutes: CouncilMinutes | null;
  outcome: GrantOutcome | null;
  reservation: { reservationId: string; amount: number; at: string } | null;
  fundsRefusal: { reason: string; requested: number; available: number; at: string } | null;
  agreement: { confirmedBy: ActorRef; at: string } | null;
  tranches: Tranche[];
  /** Integer fen disbursed so far; never above the reservation. */
  disbursed: number;
  reports: Record<ReportKind, ReportTrack>;
  suspensions: Suspension[];
  riskReviews: RiskReviewRequest[];
  closure: { released: number; at: string } | null;
}

// Event data, one type per event. The runtime has validated `data` against the policy's schema already.
type NoData = Record<string, never>;

export type ApplicationChanges = Partial<GrantApplication>;

export interface GrantEventData {
  UPDATE_DRAFT: ApplicationChanges;
  SUBMIT: NoData;
  WITHDRAW: { reason?: string };
  ACCEPT: { reviewerIds: string[]; note?: string };
  REQUEST_CHANGES: { items: string[]; note?: string };
  RESUBMIT: ApplicationChanges;
  REJECT: { reason: string };
  SCORE: { score: number; comment: string };
  APPROVE: { comment?: string };
  DECLINE: { reason: string };
  DIRECTOR_SLA_BREACHED: NoData;
  VOTE: { choice: VoteChoice; comment?: string };
  RECUSE: { reason: string };
  CLOSE_VOTING: { note?: string };
  REOPEN_VOTING: { note?: string };
  FUNDS_RESERVED: { reservationId: string };
  FUNDS_REFUSED: { reason: string; available: number };
  CONFIRM_AGREEMENT: NoData;
  DISBURSE_TRANCHE: { tranche: number };
  SUBMIT_REPORT: { kind: ReportKind; spent: number; summary: string; [field: string]: unknown };
  ACCEPT_REPORT: { kind: ReportKind; comment?: string };
  RETURN_REPORT: { kind: ReportKind; reason: string };
  REPORT_REMINDER: { kind: ReportKind };
  REPORT_DUE: { kind: ReportKind };
  REPORT_ESCALATION: { kind: ReportKind };
  SUSPEND: { reviewId: string; reason: string };
  RESUME: { reviewId?: string };
}

export type GrantEventType = keyof GrantEventData;

export type GrantEventOf<T extends GrantEventType> = WorkflowEvent<T, GrantEventData[T]>;

export type GrantEvent = { [T in GrantEventType]: GrantEventOf<T> }[GrantEventType];
