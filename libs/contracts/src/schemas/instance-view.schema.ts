import { Type } from 'typebox';

import { nullable, RoleSchema, Timestamp } from './common.schema';

// The typed views of an instance, one per workflow, as `GET /api/instances/:id` returns them for a caller.
// Money is integer fen. Anything a person typed arrives as `DisclosedData`, already cut by its form.

/** Someone as the caller may know them: colleagues read a display name, applicants and the public a role. */
export const PersonViewSchema = Type.Object({
  role: Type.Union([RoleSchema, Type.Literal('system')], { description: 'The role they acted in (`system` for the engine)' }),
  name: nullable(Type.String({ description: 'Display name; null when the caller may only know the role (评审专家, 理事会)' })),
  self: Type.Optional(Type.Literal(true, { description: 'The caller themself' })),
});

/** Data a person submitted at a step, cut to what the caller may see, with the form that labels it. */
export const DisclosedDataSchema = Type.Object({
  form: nullable(
    Type.Object(
      { key: Type.String(), version: Type.Integer() },
      { description: 'The form whose labels and disclosure apply; null when the step names no form' },
    ),
  ),
  values: Type.Record(Type.String(), Type.Unknown()),
});

const person = PersonViewSchema;
const at = Timestamp;
const text = nullable(Type.String());

export const GrantReviewerScoreViewSchema = Type.Object({
  reviewer: person,
  at,
  submitted: { ...DisclosedDataSchema, description: 'The review-score fields the caller may see (the comment: staff, the director, its author)' },
});

export const GrantCouncilVoteViewSchema = Type.Object({ member: person, at, submitted: DisclosedDataSchema });

/** The council's vote: the tally for everyone who sees the grant, individual votes for staff and council. */
export const GrantCouncilViewSchema = Type.Object({
  open: Type.Boolean(),
  councilSize: Type.Integer(),
  quorumRequired: Type.Integer(),
  voted: Type.Integer(),
  recused: Type.Integer(),
  approve: Type.Integer(),
  reject: Type.Integer(),
  abstain: Type.Integer(),
  quorumReached: Type.Boolean(),
  myChoice: nullable(Type.Enum(['approve', 'reject', 'abstain', 'recused'], { description: "The caller's own vote, when they are a member who voted" })),
  votes: nullable(Type.Array(GrantCouncilVoteViewSchema, { description: 'Null when the caller may see only the tally' })),
  recusals: nullable(Type.Array(Type.Object({ member: person, at, reason: text }))),
  sessions: Type.Integer(),
  result: nullable(Type.Object({ outcome: Type.Enum(['approved', 'rejected', 'noQuorum']), at }, { description: "The last closed session's result" })),
});

export const GrantReportViewSchema = Type.Object({
  kind: Type.Enum(['midterm', 'final']),
  status: Type.Enum(['pending', 'upcoming', 'overdue', 'submitted', 'accepted']),
  dueAt: nullable(Timestamp),
  remindedAt: nullable(Timestamp),
  escalated: Type.Boolean(),
  submissions: Type.Array(Type.Object({ by: person, at, submitted: DisclosedDataSchema })),
  returns: Type.Array(
    Type.Object({ by: person, at, reason: text }, { description: 'The reason, for those the return is addressed to (the grantee, staff)' }),
  ),
  acceptedAt: nullable(Timestamp),
});

export const GrantApprovalViewSchema = Type.Object({
  workflow: Type.Literal('grant-approval'),
  headline: nullable(Type.String({ description: "The application's title and organisation, when the caller may see them" })),
  programme: Type.Object(
    { id: Type.String(), title: Type.String(), maxAmount: Type.Integer(), smallAmountLimit: Type.Integer(), councilSize: Type.Integer() },
    { description: 'The programme and council as admins configured them when the application started' },
  ),
  application: nullable({ ...DisclosedDataSchema, description: 'Null while it is a draft the caller may not read (drafts: owner and staff only)' }),
  amount: nullable(Type.Integer({ description: 'Integer fen asked for; null when the application is hidden' })),
  submittedAt: nullable(Timestamp),
  changeRequests: Type.Array(
    Type.Object({ items: Type.Array(Type.String()), note: text, by: person, at, answeredAt: nullable(Timestamp) }),
    { description: 'Open and answered change requests (一次性告知补正)' },
  ),
  review: Type.Object({
    reviewers: Type.Array(person),
    scored: Type.Integer(),
    scores: Type.Array(GrantReviewerScoreViewSchema, { description: "The scores the caller may see: others' only once the calling reviewer has scored" }),
  }),
  track: nullable(Type.Enum(['director', 'council'])),
  directorDecision: nullable(Type.Object({ director: person, choice: Type.Enum(['approve', 'decline']), note: text, at })),
  directorSlaDueAt: nullable(Timestamp),
  council: nullable(GrantCouncilViewSchema),
  outcome: nullable(Type.Object({ result: Type.String(), reason: text, decidedBy: Type.String(), at })),
  reservation: nullable(Type.Object({ amount: Type.Integer(), at })),
  agreementConfirmedAt: nullable(Timestamp),
  tranches: Type.Array(Type.Object({ number: Type.Integer(), percent: Type.Number(), amount: Type.Integer(), disbursedAt: nullable(Timestamp) })),
  disbursed: Type.Integer(),
  reports: Type.Object({ midterm: GrantReportViewSchema, final: GrantReportViewSchema }),
  suspension: nullable(
    Type.Object({ reason: text, since: Timestamp }, { description: 'The reason is for the grantee, staff and supervisors; others learn that the grant is suspended' }),
  ),
  pausedDays: Type.Integer({ description: 'Whole days the grant spent suspended before resuming: report due dates moved on by them' }),
  closure: nullable(Type.Object({ released: Type.Integer(), at })),
});

export const RegistrationViewSchema = Type.Object({
  workflow: Type.Literal('enterprise-registration'),
  headline: text,
  filing: { ...DisclosedDataSchema, description: "The filing as the caller may see it (founder's ID and mobile: the founder and staff only)" },
  enterpriseName: text,
  filedBy: Type.Enum(['founder', 'staff']),
  filedByStaff: nullable({ ...person, description: "The staff member who filed on the founder's behalf (业务代办)" }),
  filedAt: Timestamp,
  founder: { ...person, description: 'The founder the filing is for (the owner, or the person staff filed for)' },
  confirmedAt: nullable(Timestamp),
  requiredMaterials: Type.Array(Type.String()),
  deadlineWorkingDays: Type.Integer({ description: "The green channel's promise in working days" }),
  notices: Type.Array(Type.Object({ items: Type.Array(Type.String()), note: text, by: person, at }), { description: 'One-time notices of missing materials (一次性告知)' }),
  nameConflicts: Type.Array(Type.Object({ name: Type.String(), registrationNo: text })),
  addressShares: Type.Array(Type.Object({ address: Type.String(), enterprises: Type.Array(Type.String()) })),
  addressProblems: Type.Array(Type.Object({ address: Type.String(), reason: Type.String() })),
  deadlineAt: nullable(Timestamp),
  deadlineBreached: Type.Boolean(),
  decision: nullable(Type.Object({ outcome: Type.Enum(['approved', 'refused', 'withdrawn']), reason: text, by: person, at })),
  registrationNo: text,
  registeredAt: nullable(Timestamp),
  certification: nullable(
    Type.Object({
      application: DisclosedDataSchema,
      appliedAt: Timestamp,
      assessments: nullable(Type.Array(Type.Object({ by: person, at, submitted: DisclosedDataSchema }))),
      decision: nullable(Type.Object({ outcome: Type.Enum(['certified', 'declined']), reason: text, at })),
    }),
  ),
});

export const SupervisoryReviewViewSchema = Type.Object({
  workflow: Type.Literal('supervisory-review'),
  headline: text,
  trackingCode: nullable(Type.String({ description: "The filer's tracking code; null for the review's subject" })),
  source: Type.Enum(['public', 'risk-rule', 'supervisor'], { description: 'How it was raised; never who raised it, for its subject' }),
  category: text,
  rule: text,
  raised: { ...DisclosedDataSchema, description: "What was raised, as the caller may see it (the reporter's name and contact: supervisors only)" },
  contact: nullable(Type.Object({ name: text, phone: text, email: text }, { description: "The reporter's contact: supervisors only" })),
  raisedBy: nullable({ ...person, description: 'Who raised it: supervisors only; null for its subject in every case' }),
  raisedAt: Timestamp,
  subject: nullable(Type.Object({ workflow: Type.String(), instanceId: Type.String() })),
  triage: nullable(Type.Object({ decision: Type.Enum(['accepted', 'dismissed']), reason: text, at })),
  assignee: nullable(person),
  infoRequests: Type.Array(
    Type.Object({ questions: Type.Array(Type.String()), at, answer: nullable(Type.Object({ text, at })) }),
  ),
  suspended: Type.Boolean(),
  findings: nullable(
    Type.Object({ outcome: Type.Enum(['no-issue', 'issue']), riskLevel: nullable(Type.Enum(['low', 'medium', 'high'])), summary: text, at }),
  ),
  rectification: Type.Object({
    orders: Type.Array(Type.Object({ requirements: text, dueAt: nullable(Timestamp), at })),
    responses: Type.Array(Type.Object({ response: text, at })),
    verifications: Type.Array(Type.Object({ accepted: Type.Boolean(), comment: text, at })),
  }),
  concludedAt: nullable(Timestamp),
  disclosure: nullable(Type.Object({ summary: Type.String(), riskLevel: text, outcome: Type.String(), publishedAt: Timestamp })),
});

/** A workflow without a view of its own (a test workflow) shows nothing of its data. */
export const OpaqueViewSchema = Type.Object({ workflow: Type.Literal('opaque'), headline: text });

/** The workflow's typed view of an instance, as the caller may see it; `workflow` says which one. */
export const InstanceViewSchema = Type.Union(
  [GrantApprovalViewSchema, RegistrationViewSchema, SupervisoryReviewViewSchema, OpaqueViewSchema],
  { description: 'The workflow’s typed view of the instance, as the caller may see it' },
);
