import type {
  GrantApprovalView,
  GrantCouncilView,
  GrantReportView,
  NoticeSource,
  Role,
  SubmissionStep,
  ViewCaller,
  ViewTools,
  WorkflowView,
} from '@yilin/contracts';

import { councilOutcome } from './council-outcome.util';
import { applicationFields } from './grant-approval.context';
import { grantRow, grantSearchKeys } from './grant-approval.listing';
import type { CouncilMinutes, DirectorDecision, GrantContext, ReportTrack } from './grant-approval.types';

// Who reads what of a grant (docs/disclosure.md): the application is the applicant's and the staff's while it
// is a draft; a reviewer's comment is for staff and the director, and other reviewers see a score only once
// they have scored; individual votes are for staff and the council, everyone else reads the tally.

const DAY = 86_400_000;

const APPLICATION_STEPS = new Set(['start', 'UPDATE_DRAFT', 'RESUBMIT']);
const COUNCIL_STEPS = new Set(['VOTE', 'RECUSE']);
/** Staff's answers to a report and a supervisor's suspension are addressed to the grantee: they read them in full. */
const ADDRESSED_TO_GRANTEE = new Set(['RETURN_REPORT', 'ACCEPT_REPORT', 'SUSPEND', 'RESUME']);

const holds = (caller: ViewCaller, ...roles: Role[]): boolean =>
  caller.system || caller.roles.some((role) => roles.includes(role));

const readsApplication = (context: GrantContext, caller: ViewCaller): boolean =>
  caller.isOwner || holds(caller, 'staff') || context.submittedAt !== null;

const hasScored = (context: GrantContext, caller: ViewCaller): boolean =>
  context.scores.some((score) => score.reviewerId === caller.id);

function submission(
  step: SubmissionStep,
  submitterId: string,
  context: GrantContext,
  caller: ViewCaller,
): 'insider' | 'outsider' | null {
  if (caller.system || submitterId === caller.id) return 'insider';
  if (APPLICATION_STEPS.has(step)) {
    if (caller.isOwner || holds(caller, 'staff')) return 'insider';
    return context.submittedAt !== null ? 'outsider' : null;
  }
  if (step === 'SCORE') {
    if (holds(caller, 'staff', 'director')) return 'insider';
    return caller.isParticipant && !hasScored(context, caller) ? null : 'outsider';
  }
  if (COUNCIL_STEPS.has(step)) return holds(caller, 'staff', 'council') ? 'insider' : null;
  if (step === 'SUBMIT_REPORT') return caller.isOwner || holds(caller, 'staff') ? 'insider' : 'outsider';
  if (ADDRESSED_TO_GRANTEE.has(step)) {
    const supervising = (step === 'SUSPEND' || step === 'RESUME') && holds(caller, 'supervisor');
    return caller.isOwner || supervising || holds(caller, 'staff') ? 'insider' : 'outsider';
  }
  return holds(caller, 'staff') ? 'insider' : 'outsider';
}

function councilView(minutes: CouncilMinutes, caller: ViewCaller, tools: ViewTools): GrantCouncilView {
  const tally = councilOutcome({
    memberIds: minutes.memberIds,
    votes: minutes.votes,
    recusedIds: minutes.recusals.map((recusal) => recusal.memberId),
    quorum: minutes.quorum,
    approvalShareAbove: minutes.approvalShareAbove,
  });
  const mine = minutes.votes.find((vote) => vote.memberId === caller.id);
  const seesVotes = holds(caller, 'staff', 'council');
  const last = minutes.results.at(-1);
  return {
    open: minutes.sessions.some((session) => !session.closedAt),
    councilSize: tally.councilSize,
    quorumRequired: tally.quorumRequired,
    voted: tally.participantIds.length,
    recused: tally.recusedIds.length,
    approve: tally.approve,
    reject: tally.reject,
    abstain: tally.abstain,
    quorumReached: tally.quorumReached,
    myChoice: mine ? mine.choice : tally.recusedIds.includes(caller.id) ? 'recused' : null,
    votes: seesVotes
      ? minutes.votes.map((vote) => ({
          member: tools.person(vote.memberId, 'council'),
          at: vote.at,
          submitted: tools.disclose('VOTE', { choice: vote.choice, ...(vote.comment ? { comment: vote.comment } : {}) }, true),
        }))
      : null,
    recusals: seesVotes
      ? minutes.recusals.map((recusal) => ({ member: tools.person(recusal.memberId, 'council'), at: recusal.at, reason: recusal.reason }))
      : null,
    sessions: minutes.sessions.length,
    result: last ? { outcome: last.outcome, at: last.at } : null,
  };
}

function reportView(report: ReportTrack, context: GrantContext, caller: ViewCaller, tools: ViewTools): GrantReportView {
  return {
    kind: report.kind,
    status: report.status,
    dueAt: report.dueAt,
    remindedAt: report.remindedAt,
    escalated: report.escalatedAt !== null,
    submissions: report.submissions.flatMap((sent) => {
      const access = submission('SUBMIT_REPORT', sent.by.id, context, caller);
      if (!access) return [];
      const data = { kind: report.kind, spent: sent.spent, summary: sent.summary, ...sent.data };
      return [{ by: tools.person(sent.by.id, 'applicant'), at: sent.at, submitted: tools.disclose('SUBMIT_REPORT', data, access === 'insider') }];
    }),
    returns: report.returns.map((returned) => ({
      by: tools.person(returned.by.id, 'staff'),
      at: returned.at,
      reason: textOf(tools.disclose('RETURN_REPORT', { reason: returned.reason }, submission('RETURN_REPORT', returned.by.id, context, caller) === 'insider'), 'reason'),
    })),
    acceptedAt: report.acceptedAt,
  };
}

const textOf = (disclosed: { values: Record<string, unknown> }, field: string): string | null => {
  const value = disclosed.values[field];
  return typeof value === 'string' ? value : null;
};

// The director's note is the comment of an approval or the reason of a decline, each through its own form.
function directorNote(decision: DirectorDecision, context: GrantContext, caller: ViewCaller, tools: ViewTools): string | null {
  const step = decision.choice === 'approve' ? 'APPROVE' : 'DECLINE';
  const field = decision.choice === 'approve' ? 'comment' : 'reason';
  const access = submission(step, decision.director.id, context, caller);
  return access ? textOf(tools.disclose(step, { [field]: decision.note }, access === 'insider'), field) : null;
}

function instance(context: GrantContext, caller: ViewCaller, tools: ViewTools): GrantApprovalView {
  const readable = readsApplication(context, caller);
  const application = readable
    ? tools.disclose('start', { ...context.application }, caller.isOwner || holds(caller, 'staff'))
    : null;
  const shown = application?.values ?? {};
  const headline = typeof shown.title === 'string' ? [shown.title, shown.organisation].filter(Boolean).join(' · ') : null;
  const suspension = context.suspensions.at(-1);
  return {
    workflow: 'grant-approval',
    headline,
    programme: {
      id: context.programme.id,
      title: context.programme.title,
      maxAmount: context.programme.maxAmount,
      smallAmountLimit: context.programme.smallAmountLimit,
      councilSize: context.council.memberIds.length,
    },
    application,
    amount: typeof shown.amount === 'number' ? shown.amount : null,
    submittedAt: context.submittedAt,
    changeRequests: readable
      ? context.changeRequests.map((request) => {
          const insider = submission('REQUEST_CHANGES', request.by.id, context, caller) === 'insider';
          const shown = tools.disclose('REQUEST_CHANGES', { items: request.items, note: request.note }, insider).values;
          return {
            items: Array.isArray(shown.items) ? shown.items.map(String) : [],
            note: typeof shown.note === 'string' ? shown.note : null,
            by: tools.person(request.by.id, 'staff'),
            at: request.at,
            answeredAt: request.answeredAt,
          };
        })
      : [],
    review: {
      reviewers: context.reviewerIds.map((id) => tools.person(id, 'reviewer')),
      scored: context.scores.length,
      scores: context.scores.flatMap((score) => {
        const access = submission('SCORE', score.reviewerId, context, caller);
        if (!access) return [];
        const data = { score: score.score, ...(score.comment ? { comment: score.comment } : {}) };
        return [{ reviewer: tools.person(score.reviewerId, 'reviewer'), at: score.at, submitted: tools.disclose('SCORE', data, access === 'insider') }];
      }),
    },
    track: context.track,
    directorDecision: context.directorDecision && {
      director: tools.person(context.directorDecision.director.id, 'director'),
      choice: context.directorDecision.choice,
      note: directorNote(context.directorDecision, context, caller, tools),
      at: context.directorDecision.at,
    },
    directorSlaDueAt: context.directorSlaDueAt,
    council: context.minutes && councilView(context.minutes, caller, tools),
    outcome: context.outcome && { ...context.outcome },
    reservation: context.reservation && { amount: context.reservation.amount, at: context.reservation.at },
    agreementConfirmedAt: context.agreement?.at ?? null,
    tranches: context.tranches.map(({ number, percent, amount, disbursedAt }) => ({ number, percent, amount, disbursedAt })),
    disbursed: context.disbursed,
    reports: {
      midterm: reportView(context.reports.midterm, context, caller, tools),
      final: reportView(context.reports.final, context, caller, tools),
    },
    suspension:
      suspension && !suspension.resumedAt
        ? {
            reason: textOf(tools.disclose('SUSPEND', { reason: suspension.reason }, submission('SUSPEND', suspension.by.id, context, caller) === 'insider'), 'reason'),
            since: suspension.suspendedAt,
          }
        : null,
    pausedDays: context.suspensions.reduce(
      (days, paused) => (paused.resumedAt ? days + Math.round((Date.parse(paused.resumedAt) - Date.parse(paused.suspendedAt)) / DAY) : days),
      0,
    ),
    closure: context.closure && { ...context.closure },
  };
}

const ROLE_OF_STEP: Record<string, Role> = {
  SCORE: 'reviewer',
  VOTE: 'council',
  RECUSE: 'council',
  APPROVE: 'director',
  DECLINE: 'director',
  SUSPEND: 'supervisor',
  RESUME: 'supervisor',
};

// Every grant notice names the application (grant-approval.effects.ts `about`); some add what a person typed.
const APPLICATION_IN_NOTICES: Record<string, NoticeSource> = {
  title: { step: 'start', field: 'title' },
  organisation: { step: 'start', field: 'organisation' },
  amount: { step: 'start', field: 'amount' },
};
const TYPED_IN_NOTICES: Record<string, Record<string, NoticeSource>> = {
  'grant.changes-requested': { items: { step: 'REQUEST_CHANGES', field: 'items' } },
  'grant.rejected': { reason: { step: 'REJECT', field: 'reason' } },
  'grant.declined': { reason: { step: 'DECLINE', field: 'reason' } },
  'grant.report-returned': { reason: { step: 'RETURN_REPORT', field: 'reason' } },
  'grant.suspended': { reason: { step: 'SUSPEND', field: 'reason' } },
};

/** A grant as each caller may see it. */
export const grantApprovalView: WorkflowView<GrantContext, GrantApprovalView> = {
  instance,
  submission,
  row: grantRow,
  searchKeys: grantSearchKeys,
  submitted: (step, data) => (APPLICATION_STEPS.has(step) ? applicationFields(data) : data),
  noticeSources: (template) => ({ ...APPLICATION_IN_NOTICES, ...TYPED_IN_NOTICES[template] }),
  actorRole: (step, roles) => {
    const role = ROLE_OF_STEP[step];
    if (role && roles.includes(role)) return role;
    if (APPLICATION_STEPS.has(step) || step === 'SUBMIT_REPORT' || step === 'CONFIRM_AGREEMENT' || step === 'WITHDRAW') {
      return roles.includes('applicant') ? 'applicant' : (roles[0] ?? 'applicant');
    }
    return roles.includes('staff') ? 'staff' : (roles[0] ?? 'staff');
  },
};
