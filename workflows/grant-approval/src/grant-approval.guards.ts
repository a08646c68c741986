import { everyEligibleMemberVoted, quorumRequired } from './council-outcome.util';
import { mergeApplication, nextTranche } from './grant-approval.context';
import type { GrantApplication, GrantContext, GrantEvent, ProgrammeConfig, ReportKind } from './grant-approval.types';

// Pure guards: the context, the event (its actor and `at` included) and nothing else.

interface GuardArgs {
  context: GrantContext;
  event: GrantEvent;
}

interface KindParams {
  kind: ReportKind;
}

export function amountWithinProgramme(amount: unknown, programme: ProgrammeConfig): boolean {
  return typeof amount === 'number' && Number.isSafeInteger(amount) && amount >= 1 && amount <= programme.maxAmount;
}

export function applicationComplete(application: GrantApplication, programme: ProgrammeConfig): boolean {
  return (
    typeof application.title === 'string' &&
    application.title.trim().length > 0 &&
    typeof application.organisation === 'string' &&
    application.organisation.trim().length > 0 &&
    amountWithinProgramme(application.amount, programme)
  );
}

const draftUpdateAcceptable = ({ context, event }: GuardArgs) =>
  event.type === 'UPDATE_DRAFT' &&
  (event.data.amount === undefined || amountWithinProgramme(event.data.amount, context.programme));

const applicationSubmittable = ({ context, event }: GuardArgs) =>
  event.type === 'SUBMIT' && applicationComplete(context.application, context.programme);

const resubmissionAcceptable = ({ context, event }: GuardArgs) =>
  event.type === 'RESUBMIT' &&
  applicationComplete(mergeApplication(context.application, event.data), context.programme);

/** Enough distinct reviewers, none of them the applicant. */
const reviewersValid = ({ context, event }: GuardArgs) => {
  if (event.type !== 'ACCEPT') return false;
  const ids = event.data.reviewerIds;
  const distinct = new Set(ids);
  return (
    ids.every((id) => typeof id === 'string' && id.length > 0) &&
    distinct.size === ids.length &&
    distinct.size >= Math.max(1, context.programme.reviewersRequired) &&
    !distinct.has(context.ownerId)
  );
};

/** Only an assigned reviewer, once, with a whole score from 0 to 100. */
const canScore = ({ context, event }: GuardArgs) =>
  event.type === 'SCORE' &&
  context.reviewerIds.includes(event.actor.id) &&
  !context.scores.some((score) => score.reviewerId === event.actor.id) &&
  Number.isInteger(event.data.score) &&
  event.data.score >= 0 &&
  event.data.score <= 100;

const scoreCompletesReview = (args: GuardArgs) => {
  if (!canScore(args)) return false;
  const scored = new Set([...args.context.scores.map((score) => score.reviewerId), args.event.actor.id]);
  return args.context.reviewerIds.every((id) => scored.has(id));
};

const isSmallAmount = ({ context }: GuardArgs) => context.application.amount <= context.programme.smallAmountLimit;

/** The director does not decide an application of their own. */
const directorMayDecide = ({ context, event }: GuardArgs) => event.actor.id !== context.ownerId;

const directorSlaNotYetBreached = ({ context }: GuardArgs) => context.directorSlaBreachedAt === null;

const hasVoted = (context: GrantContext, memberId: string) =>
  Boolean(context.minutes?.votes.some((vote) => vote.memberId === memberId));
const hasRecused = (context: GrantContext, memberId: string) =>
  Boolean(context.minutes?.recusals.some((recusal) => recusal.memberId === memberId));

/** A council member who has neither voted nor recused; the applicant, if a member, must recuse. */
const canRecuse = ({ context, event }: GuardArgs) =>
  event.type === 'RECUSE' &&
  Boolean(context.minutes?.memberIds.includes(event.actor.id)) &&
  !hasVoted(context, event.actor.id) &&
  !hasRecused(context, event.actor.id);

const canVote = ({ context, event }: GuardArgs) =>
  event.type === 'VOTE' &&
  Boolean(context.minutes?.memberIds.includes(event.actor.id)) &&
  event.actor.id !== context.ownerId &&
  !hasVoted(context, event.actor.id) &&
  !hasRecused(context, event.actor.id) &&
  ['approve', 'reject', 'abstain'].includes(event.data.choice);

function ballotClosesWith(context: GrantContext, voted: string[], recused: string[]): boolean {
  const minutes = context.minutes;
  if (!minutes) return false;
  return everyEligibleMemberVoted(
    minutes.memberIds,
    [...minutes.votes.map((vote) => vote.memberId), ...voted],
    [...minutes.recusals.map((recusal) => recusal.memberId), ...recused],
  );
}

const voteClosesBallot = (args: GuardArgs) => canVote(args) && ballotClosesWith(args.context, [args.event.actor.id], []);

const recusalClosesBallot = (args: GuardArgs) =>
  canRecuse(args) && ballotClosesWith(args.context, [], [args.event.actor.id]);

const lastResult = (context: GrantContext) => context.minutes?.results.at(-1) ?? null;

const councilApproved = ({ context }: GuardArgs) => lastResult(context)?.outcome === 'approved';

const councilQuorumReached = ({ context }: GuardArgs) => Boolean(lastResult(context)?.quorumReached);

/** Members who have not recused are fewer than the quorum: no session can ever reach it. */
export function quorumOutOfReach(context: GrantContext): boolean {
  const minutes = context.minutes;
  if (!minutes) return false;
  const recused = new Set(minutes.recusals.map((recusal) => recusal.memberId));
  const eligible = minutes.memberIds.filter((id) => !recused.has(id)).length;
  return eligible < quorumRequired(minutes.memberIds.length, minutes.quorum);
}

const raisesLargeGrantReview = ({ context }: GuardArgs) =>
  context.programme.reviewAboveAmount !== undefined && context.application.amount >= context.programme.reviewAboveAmount;

/**
 * The tranche the staff member names is the next one, the reservation covers it, and from the second
 * tranche on the mid-term report has been accepted (首期拨付, 中期评估合格后拨付余款).
 */
const canDisburseTranche = ({ context, event }: GuardArgs) => {
  if (event.type !== 'DISBURSE_TRANCHE' || !context.reservation) return false;
  const next = nextTranche(context);
  return (
    next !== null &&
    event.data.tranche === next.number &&
    (next.number === 1 || context.reports.midterm.status === 'accepted') &&
    context.disbursed + next.amount <= context.reservation.amount
  );
};

const disbursesLastTranche = (args: GuardArgs) =>
  canDisburseTranche(args) && nextTranche(args.context)?.number === args.context.tranches.length;

const eventKind = (event: GrantEvent): ReportKind | null =>
  'kind' in event.data && (event.data.kind === 'midterm' || event.data.kind === 'final') ? event.data.kind : null;

const isReportEvent = ({ event }: GuardArgs, { kind }: KindParams) => eventKind(event) === kind;

/** Money spent is counted in whole fen and cannot exceed what was disbursed. */
const reportSubmittable = ({ context, event }: GuardArgs, params: KindParams) =>
  event.type === 'SUBMIT_REPORT' &&
  event.data.kind === params.kind &&
  Number.isSafeInteger(event.data.spent) &&
  event.data.spent >= 0 &&
  event.data.spent <= context.disbursed;

const reminderNotYetSent = (args: GuardArgs, params: KindParams) =>
  isReportEvent(args, params) && args.context.reports[params.kind].remindedAt === null;

const notYetEscalated = (args: GuardArgs, params: KindParams) =>
  isReportEvent(args, params) && args.context.reports[params.kind].escalatedAt === null;

const returnedPastDue = (args: GuardArgs, params: KindParams) => {
  const dueAt = args.context.reports[params.kind].dueAt;
  return isReportEvent(args, params) && dueAt !== null && Date.parse(args.event.at) >= Date.parse(dueAt);
};

export const grantGuards = {
  draftUpdateAcceptable,
  applicationSubmittable,
  resubmissionAcceptable,
  reviewersValid,
  canScore,
  scoreCompletesReview,
  isSmallAmount,
  directorMayDecide,
  directorSlaNotYetBreached,
  canVote,
  voteClosesBallot,
  canRecuse,
  recusalClosesBallot,
  councilApproved,
  councilQuorumReached,
  quorumOutOfReach: ({ context }: GuardArgs) => quorumOutOfReach(context),
  raisesLargeGrantReview,
  canDisburseTranche,
  disbursesLastTranche,
  isReportEvent,
  reportSubmittable,
  reminderNotYetSent,
  notYetEscalated,
  returnedPastDue,
};
