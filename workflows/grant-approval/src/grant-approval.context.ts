import type { EventActor } from '@yilin/contracts';
import { addDays, addHours } from '@yilin/workflow-common';

import { councilOutcome } from './council-outcome.util';
import type {
  ActorRef,
  ApplicationChanges,
  CouncilMinutes,
  GrantApplication,
  GrantContext,
  GrantEventOf,
  GrantInput,
  GrantOutcome,
  ReportKind,
  ReportTrack,
} from './grant-approval.types';
import { resolveCouncil } from './programme-config.util';
import { splitTranches } from './split-tranches.util';

// Pure context updates, one per thing that happens; the machine wires them in with `assign`.

const INJECTED_FIELDS = new Set(['programme', 'council']);

export const actorRef = (actor: EventActor): ActorRef => ({ id: actor.id, username: actor.username });

/** The applicant's fields only: the programme and council come from admin configuration, never from callers. */
export function applicationFields(data: ApplicationChanges): ApplicationChanges {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !INJECTED_FIELDS.has(key)));
}

export function mergeApplication(application: GrantApplication, changes: ApplicationChanges): GrantApplication {
  return { ...application, ...applicationFields(changes) } as GrantApplication;
}

const emptyReport = (kind: ReportKind): ReportTrack => ({
  kind,
  status: 'pending',
  dueAt: null,
  remindedAt: null,
  overdueAt: null,
  escalationDueAt: null,
  escalatedAt: null,
  submissions: [],
  returns: [],
  acceptedAt: null,
  acceptedBy: null,
});

export function initialContext(input: GrantInput): GrantContext {
  const { programme, council, ...application } = input.data;
  return {
    instanceId: input.instanceId,
    ownerId: input.actor.id,
    programme,
    council: resolveCouncil(council),
    application: applicationFields(application) as GrantApplication,
    submittedAt: null,
    changeRequests: [],
    screenedBy: null,
    reviewerIds: [],
    participants: [],
    scores: [],
    track: null,
    directorSlaDueAt: null,
    directorSlaBreachedAt: null,
    directorDecision: null,
    minutes: null,
    outcome: null,
    reservation: null,
    fundsRefusal: null,
    agreement: null,
    tranches: [],
    disbursed: 0,
    reports: { midterm: emptyReport('midterm'), final: emptyReport('final') },
    suspensions: [],
    riskReviews: [],
    closure: null,
  };
}

const outcome = (
  result: GrantOutcome['result'],
  decidedBy: GrantOutcome['decidedBy'],
  at: string,
  reason: string | null = null,
): GrantOutcome => ({ result, decidedBy, at, reason });

export function updateDraft(context: GrantContext, event: GrantEventOf<'UPDATE_DRAFT'>): Partial<GrantContext> {
  return { application: mergeApplication(context.application, event.data) };
}

export function recordSubmission(context: GrantContext, event: GrantEventOf<'SUBMIT'>): Partial<GrantContext> {
  return { submittedAt: context.submittedAt ?? event.at };
}

export function recordChangeRequest(
  context: GrantContext,
  event: GrantEventOf<'REQUEST_CHANGES'>,
): Partial<GrantContext> {
  return {
    changeRequests: [
      ...context.changeRequests,
      { items: event.data.items, note: event.data.note ?? null, by: actorRef(event.actor), at: event.at, answeredAt: null },
    ],
  };
}

export function applyResubmission(context: GrantContext, event: GrantEventOf<'RESUBMIT'>): Partial<GrantContext> {
  return {
    application: mergeApplication(context.application, event.data),
    changeRequests: context.changeRequests.map((request) =>
      request.answeredAt ? request : { ...request, answeredAt: event.at },
    ),
  };
}

export function recordRejection(_: GrantContext, event: GrantEventOf<'REJECT'>): Partial<GrantContext> {
  return { screenedBy: actorRef(event.actor), outcome: outcome('rejected', 'staff', event.at, event.data.reason) };
}

export function recordWithdrawal(_: GrantContext, event: GrantEventOf<'WITHDRAW'>): Partial<GrantContext> {
  return { outcome: outcome('withdrawn', 'applicant', event.at, event.data.reason ?? null) };
}

export function assignReviewers(_: GrantContext, event: GrantEventOf<'ACCEPT'>): Partial<GrantContext> {
  const reviewerIds = [...new Set(event.data.reviewerIds)];
  return { screenedBy: actorRef(event.actor), reviewerIds, participants: reviewerIds, scores: [] };
}

export function recordScore(context: GrantContext, event: GrantEventOf<'SCORE'>): Partial<GrantContext> {
  return {
    scores: [
      ...context.scores,
      { reviewerId: event.actor.id, score: event.data.score, comment: event.data.comment, at: event.at },
    ],
  };
}

export function openDirectorTrack(context: GrantContext, at: string): Partial<GrantContext> {
  return {
    track: 'director',
    directorSlaDueAt: addHours(at, context.programme.directorSlaHours),
    directorSlaBreachedAt: null,
  };
}

export function recordDirectorDecision(
  _: GrantContext,
  event: GrantEventOf<'APPROVE'> | GrantEventOf<'DECLINE'>,
): Partial<GrantContext> {
  const approve = event.type === 'APPROVE';
  const note = event.type === 'APPROVE' ? event.data.comment ?? null : event.data.reason;
  return {
    directorDecision: { director: actorRef(event.actor), choice: approve ? 'approve' : 'decline', note, at: event.at },
    ...(approve ? {} : { outcome: outcome('declined', 'director', event.at, note) }),
  };
}

export function openMinutes(context: GrantContext): Partial<GrantContext> {
  const minutes: CouncilMinutes = {
    memberIds: context.council.memberIds,
    quorum: context.council.quorum,
    approvalShareAbove: context.council.approvalShareAbove,
    sessions: [],
    votes: [],
    recusals: [],
    results: [],
  };
  return { track: 'council', minutes };
}

function withMinutes(context: GrantContext, change: (minutes: CouncilMinutes) => CouncilMinutes): Partial<GrantContext> {
  return context.minutes ? { minutes: change(context.minutes) } : {};
}

export function openVotingSession(context: GrantContext, at: string): Partial<GrantContext> {
  return withMinutes(context, (minutes) => ({
    ...minutes,
    sessions: [...minutes.sessions, { openedAt: at, closedAt: null, closedBy: null }],
  }));
}

export function recordVote(context: GrantContext, event: GrantEventOf<'VOTE'>): Partial<GrantContext> {
  return withMinutes(context, (minutes) => ({
    ...minutes,
    votes: [
      ...minutes.votes,
      { memberId: event.actor.id, choice: event.data.choice, comment: event.data.comment ?? null, at: event.at },
    ],
  }));
}

export function recordRecusal(context: GrantContext, event: GrantEventOf<'RECUSE'>): Partial<GrantContext> {
  return withMinutes(context, (minutes) => ({
    ...minutes,
    recusals: [...minutes.recusals, { memberId: event.actor.id, reason: event.data.reason, at: event.at }],
  }));
}

/** Closes the open session: by the staff member who closed it, or because every eligible member voted. */
export function closeVotingSession(context: GrantContext, at: string, closedBy: string): Partial<GrantContext> {
  return withMinutes(context, (minutes) => ({
    ...minutes,
    sessions: minutes.sessions.map((session) =>
      session.closedAt ? session : { ...session, closedAt: at, closedBy },
    ),
  }));
}

export function recordCouncilResult(context: GrantContext, at: string): Partial<GrantContext> {
  return withMinutes(context, (minutes) => {
    const tally = councilOutcome({
      memberIds: minutes.memberIds,
      votes: minutes.votes,
      recusedIds: minutes.recusals.map((recusal) => recusal.memberId),
      quorum: minutes.quorum,
      approvalShareAbove: minutes.approvalShareAbove,
    });
    return { ...minutes, results: [...minutes.results, { ...tally, at }] };
  });
}

export function recordCouncilDecline(context: GrantContext, at: string): Partial<GrantContext> {
  const result = context.minutes?.results.at(-1);
  const reason = result
    ? `Council: ${result.approve} approve, ${result.reject} reject, ${result.abstain} abstain`
    : null;
  return { outcome: outcome('declined', 'council', at, reason) };
}

export function recordApproval(context: GrantContext, at: string): Partial<GrantContext> {
  return { outcome: outcome('approved', context.track === 'council' ? 'council' : 'director', at) };
}

export function recordReservation(context: GrantContext, event: GrantEventOf<'FUNDS_RESERVED'>): Partial<GrantContext> {
  const amount = context.application.amount;
  return {
    reservation: { reservationId: event.data.reservationId, amount, at: event.at },
    tranches: splitTranches(amount, context.programme.trancheSplit).map((tranche) => ({
      ...tranche,
      disbursedAt: null,
      disbursedBy: null,
    })),
  };
}

export function recordFundsRefusal(context: GrantContext, event: GrantEventOf<'FUNDS_REFUSED'>): Partial<GrantContext> {
  const requested = context.application.amount;
  const { reason, available } = event.data;
  return {
    fundsRefusal: { reason, requested, available, at: event.at },
    outcome: outcome(
      'notApproved',
      'fund',
      event.at,
      `The fund cannot cover ${requested} fen (available: ${available} fen): ${reason}`,
    ),
  };
}

export function recordAgreement(context: GrantContext, event: GrantEventOf<'CONFIRM_AGREEMENT'>): Partial<GrantContext> {
  const due = context.programme.reportDueDays;
  return {
    agreement: { confirmedBy: actorRef(event.actor), at: event.at },
    reports: {
      midterm: { ...context.reports.midterm, dueAt: addDays(event.at, due.midterm) },
      final: { ...context.reports.final, dueAt: addDays(event.at, due.final) },
    },
  };
}

/** The next tranche to pay, or null when all are paid. */
export function nextTranche(context: GrantContext) {
  return context.tranches.find((tranche) => !tranche.disbursedAt) ?? null;
}

export function recordDisbursement(context: GrantContext, event: GrantEventOf<'DISBURSE_TRANCHE'>): Partial<GrantContext> {
  const next = nextTranche(context);
  if (!next) return {};
  return {
    disbursed: context.disbursed + next.amount,
    tranches: context.tranches.map((tranche) =>
      tranche.number === next.number ? { ...tranche, disbursedAt: event.at, disbursedBy: event.actor.id } : tranche,
    ),
  };
}

function withReport(
  context: GrantContext,
  kind: ReportKind,
  change: (report: ReportTrack) => ReportTrack,
): Partial<GrantContext> {
  return { reports: { ...context.reports, [kind]: change(context.reports[kind]) } };
}

export function markReport(context: GrantContext, kind: ReportKind, status: ReportTrack['status']) {
  return withReport(context, kind, (report) => ({ ...report, status }));
}

export function recordReminder(context: GrantContext, kind: ReportKind, at: string) {
  return withReport(context, kind, (report) => ({ ...report, remindedAt: at }));
}

export function recordOverdue(context: GrantContext, kind: ReportKind, at: string) {
  return withReport(context, kind, (report) => ({
    ...report,
    status: 'overdue',
    overdueAt: report.overdueAt ?? at,
    escalationDueAt: report.escalationDueAt ?? addDays(at, context.programme.overdueEscalationDays),
  }));
}

export function recordEscalation(context: GrantContext, kind: ReportKind, at: string): Partial<GrantContext> {
  return {
    ...withReport(context, kind, (report) => ({ ...report, escalatedAt: at })),
    riskReviews: [...context.riskReviews, { rule: 'report-overdue', kind, at }],
  };
}

export function recordReportSubmission(context: GrantContext, event: GrantEventOf<'SUBMIT_REPORT'>) {
  const { kind, spent, summary, ...rest } = event.data;
  return withReport(context, kind, (report) => ({
    ...report,
    status: 'submitted',
    submissions: [...report.submissions, { spent, summary, data: rest, by: actorRef(event.actor), at: event.at }],
  }));
}

export function recordReportReturn(context: GrantContext, event: GrantEventOf<'RETURN_REPORT'>) {
  const { kind, reason } = event.data;
  return withReport(context, kind, (report) => ({
    ...report,
    status: 'upcoming',
    returns: [...report.returns, { reason, by: actorRef(event.actor), at: event.at }],
  }));
}

export function recordReportAcceptance(context: GrantContext, event: GrantEventOf<'ACCEPT_REPORT'>) {
  return withReport(context, event.data.kind, (report) => ({
    ...report,
    status: 'accepted',
    acceptedAt: event.at,
    acceptedBy: actorRef(event.actor),
  }));
}

export function recordRiskReview(context: GrantContext, at: string): Partial<GrantContext> {
  return { riskReviews: [...context.riskReviews, { rule: 'grant-above-amount', kind: null, at }] };
}

export function recordSuspension(context: GrantContext, event: GrantEventOf<'SUSPEND'>): Partial<GrantContext> {
  return {
    suspensions: [
      ...context.suspensions,
      {
        reviewId: event.data.reviewId,
        reason: event.data.reason,
        by: actorRef(event.actor),
        suspendedAt: event.at,
        resumedAt: null,
        resumedBy: null,
      },
    ],
  };
}

/**
 * Ends the suspension and moves report deadlines on by the time it lasted: the grantee could not submit
 * while suspended. A report already overdue stays overdue; only its escalation moves.
 */
export function recordResumption(context: GrantContext, event: GrantEventOf<'RESUME'>): Partial<GrantContext> {
  const current = context.suspensions.at(-1);
  if (!current || current.resumedAt) return {};
  const pausedMs = Math.max(0, Date.parse(event.at) - Date.parse(current.suspendedAt));
  const shift = (iso: string | null) => (iso ? new Date(Date.parse(iso) + pausedMs).toISOString() : iso);
  const shifted = (report: ReportTrack): ReportTrack => {
    if (report.status === 'accepted') return report;
    if (report.status === 'overdue') {
      return report.escalatedAt ? report : { ...report, escalationDueAt: shift(report.escalationDueAt) };
    }
    return { ...report, dueAt: shift(report.dueAt) };
  };
  return {
    suspensions: [
      ...context.suspensions.slice(0, -1),
      { ...current, resumedAt: event.at, resumedBy: actorRef(event.actor) },
    ],
    reports: { midterm: shifted(context.reports.midterm), final: shifted(context.reports.final) },
  };
}

/** Money reserved but never disbursed goes back to the fund when the grant closes. */
export function unreleasedAmount(context: GrantContext): number {
  return Math.max(0, (context.reservation?.amount ?? 0) - context.disbursed);
}

export function recordClosure(context: GrantContext, at: string): Partial<GrantContext> {
  return { closure: { released: unreleasedAmount(context), at } };
}
