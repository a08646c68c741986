import type { DisclosedData, PersonView } from './caller-view';

// The typed views of an instance, one per workflow, as `GET /api/instances/:id` returns them for a caller.
// Money is integer fen. Anything a person typed arrives as `DisclosedData`, already cut by its form.

export interface GrantReviewerScoreView {
  reviewer: PersonView;
  at: string;
  /** The review-score form's fields the caller may see (the comment only for staff, the director and its author). */
  submitted: DisclosedData;
}

export interface GrantCouncilVoteView {
  member: PersonView;
  at: string;
  submitted: DisclosedData;
}

/** The council's vote: the tally for everyone who sees the grant, individual votes for staff and council. */
export interface GrantCouncilView {
  open: boolean;
  councilSize: number;
  quorumRequired: number;
  voted: number;
  recused: number;
  approve: number;
  reject: number;
  abstain: number;
  quorumReached: boolean;
  /** The caller's own vote, when they are a member who voted. */
  myChoice: 'approve' | 'reject' | 'abstain' | 'recused' | null;
  /** Null when the caller may see only the tally. */
  votes: GrantCouncilVoteView[] | null;
  recusals: Array<{ member: PersonView; at: string; reason: string | null }> | null;
  sessions: number;
  /** The last closed session's result. */
  result: { outcome: 'approved' | 'rejected' | 'noQuorum'; at: string } | null;
}

export interface GrantReportView {
  kind: 'midterm' | 'final';
  status: 'pending' | 'upcoming' | 'overdue' | 'submitted' | 'accepted';
  dueAt: string | null;
  remindedAt: string | null;
  escalated: boolean;
  submissions: Array<{ by: PersonView; at: string; submitted: DisclosedData }>;
  /** The reason, for those the return is addressed to (the grantee, staff); null for everyone else. */
  returns: Array<{ by: PersonView; at: string; reason: string | null }>;
  acceptedAt: string | null;
}

export interface GrantApprovalView {
  workflow: 'grant-approval';
  /** The application's title and organisation, when the caller may see them. */
  headline: string | null;
  /** The programme and council as admins configured them when the application started. */
  programme: { id: string; title: string; maxAmount: number; smallAmountLimit: number; councilSize: number };
  /** Null while it is a draft the caller may not read (drafts: owner and staff only). */
  application: DisclosedData | null;
  /** Integer fen asked for; null when the application is hidden. */
  amount: number | null;
  submittedAt: string | null;
  /** Open and answered change requests (一次性告知补正). */
  changeRequests: Array<{ items: string[]; note: string | null; by: PersonView; at: string; answeredAt: string | null }>;
  review: {
    reviewers: PersonView[];
    scored: number;
    /** The scores the caller may see: others' only once the calling reviewer has scored. */
    scores: GrantReviewerScoreView[];
  };
  track: 'director' | 'council' | null;
  directorDecision: { director: PersonView; choice: 'approve' | 'decline'; note: string | null; at: string } | null;
  directorSlaDueAt: string | null;
  council: GrantCouncilView | null;
  outcome: { result: string; reason: string | null; decidedBy: string; at: string } | null;
  reservation: { amount: number; at: string } | null;
  agreementConfirmedAt: string | null;
  tranches: Array<{ number: number; percent: number; amount: number; disbursedAt: string | null }>;
  disbursed: number;
  reports: Record<'midterm' | 'final', GrantReportView>;
  /** The reason is for the grantee, staff and supervisors; others learn that the grant is suspended. */
  suspension: { reason: string | null; since: string } | null;
  /** Whole days the grant spent suspended before resuming: report due dates moved on by them. */
  pausedDays: number;
  closure: { released: number; at: string } | null;
}

export interface RegistrationView {
  workflow: 'enterprise-registration';
  headline: string | null;
  /** The filing as the caller may see it (founder's ID and mobile: the founder and staff only). */
  filing: DisclosedData;
  enterpriseName: string | null;
  filedBy: 'founder' | 'staff';
  /** The staff member who filed on the founder's behalf (业务代办). */
  filedByStaff: PersonView | null;
  filedAt: string;
  /** The founder the filing is for (the owner, or the person staff filed for). */
  founder: PersonView;
  /** When the founder confirmed a filing staff made for them; null until then (and for online filings). */
  confirmedAt: string | null;
  /** The materials a filing must carry, as configured when it was filed. */
  requiredMaterials: string[];
  /** The green channel's promise in working days. */
  deadlineWorkingDays: number;
  /** One-time notices of missing materials (一次性告知). */
  notices: Array<{ items: string[]; note: string | null; by: PersonView; at: string }>;
  nameConflicts: Array<{ name: string; registrationNo: string | null }>;
  addressShares: Array<{ address: string; enterprises: string[] }>;
  addressProblems: Array<{ address: string; reason: string }>;
  deadlineAt: string | null;
  deadlineBreached: boolean;
  decision: { outcome: 'approved' | 'refused' | 'withdrawn'; reason: string | null; by: PersonView; at: string } | null;
  registrationNo: string | null;
  registeredAt: string | null;
  certification: {
    application: DisclosedData;
    appliedAt: string;
    assessments: Array<{ by: PersonView; at: string; submitted: DisclosedData }> | null;
    decision: { outcome: 'certified' | 'declined'; reason: string | null; at: string } | null;
  } | null;
}

export interface SupervisoryReviewView {
  workflow: 'supervisory-review';
  headline: string | null;
  /** The filer's tracking code; null for the review's subject. */
  trackingCode: string | null;
  /** How it was raised; never who raised it for its subject. */
  source: 'public' | 'risk-rule' | 'supervisor';
  category: string | null;
  rule: string | null;
  /** What was raised, as the caller may see it (the reporter's name and contact: supervisors only). */
  raised: DisclosedData;
  /** The reporter's contact: supervisors only. */
  contact: { name: string | null; phone: string | null; email: string | null } | null;
  /** Who raised it: supervisors only; null for its subject in every case. */
  raisedBy: PersonView | null;
  raisedAt: string;
  subject: { workflow: string; instanceId: string } | null;
  triage: { decision: 'accepted' | 'dismissed'; reason: string | null; at: string } | null;
  assignee: PersonView | null;
  // Texts below are null where the step's form withholds them from the caller.
  infoRequests: Array<{ questions: string[]; at: string; answer: { text: string | null; at: string } | null }>;
  suspended: boolean;
  findings: { outcome: 'no-issue' | 'issue'; riskLevel: 'low' | 'medium' | 'high' | null; summary: string | null; at: string } | null;
  rectification: {
    orders: Array<{ requirements: string | null; dueAt: string | null; at: string }>;
    responses: Array<{ response: string | null; at: string }>;
    verifications: Array<{ accepted: boolean; comment: string | null; at: string }>;
  };
  concludedAt: string | null;
  disclosure: { summary: string; riskLevel: string | null; outcome: string; publishedAt: string } | null;
}

/** A workflow without a view of its own (a test workflow) shows nothing of its data. */
export interface OpaqueView {
  workflow: 'opaque';
  headline: string | null;
}

export type InstanceView = GrantApprovalView | RegistrationView | SupervisoryReviewView | OpaqueView;
