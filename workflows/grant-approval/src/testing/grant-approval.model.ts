import { type AnyStateNode, type AnyTransitionDefinition, createActor, transition } from 'xstate';

import { addDays } from '@yilin/workflow-common';

import { grantApprovalDefinition } from '../grant-approval.definition';
import { grantApprovalMachine } from '../grant-approval.machine';
import type { GrantEvent, ReportKind } from '../grant-approval.types';
import { type EmittedAction, type GrantSnapshot, T0, allStateNodes, ev, grantInput, people } from './grant-approval.fixtures';

// The test model of grant approval: representative events for every event type, the bounds that keep
// the state space finite, an abstraction of the context for deduplicating states, and the invariants.

const { alice, sam, rita, ravi, dora, c1, c2, c3, vera, system } = people;

export const SMALL = 1_000_001;
export const LARGE = 9_000_001;
const TOO_MUCH = 10_000_001;
/** After every due date, however long a suspension moved them. */
const LATE = addDays(T0, 400);
const LATER = addDays(T0, 401);

const reportEvents = (kind: ReportKind): GrantEvent[] => [
  ev('SUBMIT_REPORT', { kind, spent: 0, summary: `${kind} report`, attachments: ['receipt.pdf'] }, alice),
  ev('ACCEPT_REPORT', { kind, comment: 'fine' }, sam),
  ev('RETURN_REPORT', { kind, reason: 'receipts missing' }, sam),
  ev('RETURN_REPORT', { kind, reason: 'receipts missing' }, sam, LATE),
  ev('REPORT_REMINDER', { kind }, system),
  ev('REPORT_DUE', { kind }, system),
  ev('REPORT_ESCALATION', { kind }, system),
];

/** One or more concrete events per event type, with their sender, data and time. */
export const modelEvents: GrantEvent[] = [
  ev('UPDATE_DRAFT', { amount: LARGE }, alice),
  ev('UPDATE_DRAFT', { amount: SMALL }, alice),
  ev('UPDATE_DRAFT', { amount: TOO_MUCH }, alice),
  ev('SUBMIT', {}, alice),
  ev('WITHDRAW', { reason: 'funded elsewhere' }, alice),
  ev('ACCEPT', { reviewerIds: ['rita', 'ravi'] }, sam),
  ev('ACCEPT', { reviewerIds: ['rita'] }, sam),
  ev('REQUEST_CHANGES', { items: ['budget table'] }, sam),
  ev('RESUBMIT', { summary: 'with budget' }, alice),
  ev('REJECT', { reason: 'outside the programme' }, sam),
  ev('SCORE', { score: 80, comment: 'sound' }, rita),
  ev('SCORE', { score: 60, comment: 'fair' }, ravi),
  ev('SCORE', { score: 99, comment: 'not assigned' }, dora),
  ev('APPROVE', { comment: 'yes' }, dora),
  ev('DECLINE', { reason: 'not a priority' }, dora),
  ev('DIRECTOR_SLA_BREACHED', {}, system),
  ...[c1, c2, c3].flatMap((member) => [
    ev('VOTE', { choice: 'approve' }, member),
    ev('VOTE', { choice: 'reject' }, member),
    ev('VOTE', { choice: 'abstain' }, member),
    ev('RECUSE', { reason: 'conflict of interest' }, member),
  ]),
  ev('VOTE', { choice: 'approve' }, vera),
  ev('CLOSE_VOTING', {}, sam),
  ev('REOPEN_VOTING', {}, sam),
  ev('FUNDS_RESERVED', { reservationId: 'res-1' }, system),
  ev('FUNDS_REFUSED', { reason: 'balance too low', available: 1000 }, system),
  ev('CONFIRM_AGREEMENT', {}, alice),
  ev('DISBURSE_TRANCHE', { tranche: 1 }, sam),
  ev('DISBURSE_TRANCHE', { tranche: 2 }, sam),
  ...reportEvents('midterm'),
  ...reportEvents('final'),
  // Signals of a supervisory review.
  ev('SUSPEND', { reviewId: 'sr-1', reason: 'complaint under investigation' }, system, LATE),
  ev('RESUME', { reviewId: 'sr-1' }, system, LATER),
];

const activeReport = (snapshot: GrantSnapshot): ReportKind =>
  snapshot.context.reports.midterm.status === 'accepted' ? 'final' : 'midterm';

/** Loops that would otherwise grow the context forever are walked once each. */
export function withinBounds(snapshot: GrantSnapshot, event: GrantEvent): boolean {
  const { context } = snapshot;
  switch (event.type) {
    case 'REQUEST_CHANGES':
      return context.changeRequests.length === 0;
    case 'REOPEN_VOTING':
      return (context.minutes?.sessions.length ?? 0) < 2;
    case 'SUSPEND':
      return context.suspensions.length === 0;
    case 'RETURN_REPORT':
      return context.reports[event.data.kind].returns.length === 0;
    default:
      return true;
  }
}

const isPastApproval = (snapshot: GrantSnapshot) =>
  ['reserving', 'granted', 'suspended', 'closed', 'notApproved'].some((state) => snapshot.matches(state as never));

/**
 * States that behave alike serialize alike: who voted how (not in which order), how far delivery went,
 * and only the details of the report in progress.
 */
export function abstractState(snapshot: GrantSnapshot): string {
  const { context: c } = snapshot;
  if (snapshot.status === 'done') return JSON.stringify({ value: snapshot.value, status: snapshot.status });
  if (!isPastApproval(snapshot)) {
    return JSON.stringify({
      value: snapshot.value,
      amount: c.application.amount,
      changeRequests: c.changeRequests.length,
      reviewers: c.reviewerIds.length,
      scored: c.scores.map((score) => score.reviewerId).sort(),
      slaBreached: Boolean(c.directorSlaBreachedAt),
      votes: (c.minutes?.votes ?? []).map((vote) => `${vote.memberId}:${vote.choice}`).sort(),
      recused: (c.minutes?.recusals ?? []).map((recusal) => recusal.memberId).sort(),
      sessions: c.minutes?.sessions.length ?? 0,
      status: snapshot.status,
    });
  }
  const kind = activeReport(snapshot);
  const report = c.reports[kind];
  return JSON.stringify({
    value: snapshot.value,
    paid: c.tranches.filter((tranche) => tranche.disbursedAt).length,
    suspensions: c.suspensions.length,
    report: [kind, report.status, Boolean(report.remindedAt), Boolean(report.escalatedAt), report.returns.length],
    status: snapshot.status,
  });
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** What must hold in every snapshot, and of the effects the step into it asked for. */
export function checkInvariants(snapshot: GrantSnapshot, actions: EmittedAction[] = []): void {
  const c = snapshot.context;
  const fail = (message: string) => {
    throw new Error(`${message} in ${JSON.stringify(snapshot.value)}`);
  };

  // Money: integer fen, the reservation covers every disbursement, tranches split it exactly.
  const paid = c.tranches.filter((tranche) => tranche.disbursedAt).reduce((sum, tranche) => sum + tranche.amount, 0);
  if (!Number.isSafeInteger(c.disbursed) || c.disbursed !== paid) fail('disbursed differs from the tranches paid');
  if (c.disbursed > (c.reservation?.amount ?? 0)) fail('disbursed more than reserved');
  if (c.reservation) {
    const total = c.tranches.reduce((sum, tranche) => sum + tranche.amount, 0);
    if (total !== c.reservation.amount) fail(`tranches sum to ${total}, not ${c.reservation.amount}`);
    if (c.tranches.some((tranche) => !Number.isSafeInteger(tranche.amount) || tranche.amount < 0)) fail('tranche not in fen');
  } else if (c.tranches.length) {
    fail('tranches without a reservation');
  }
  if (c.application.amount > c.programme.maxAmount && snapshot.context.submittedAt) fail('amount above maximum submitted');

  // Minutes: one vote per member, from members only, never from a recused member; closed sessions counted.
  const m = c.minutes;
  if (m) {
    const voters = m.votes.map((vote) => vote.memberId);
    const recused = m.recusals.map((recusal) => recusal.memberId);
    if (new Set(voters).size !== voters.length) fail('a member voted twice');
    if (new Set(recused).size !== recused.length) fail('a member recused twice');
    if (voters.some((id) => recused.includes(id))) fail('a recused member voted');
    if (voters.some((id) => !m.memberIds.includes(id))) fail('a non-member voted');
    if (voters.includes(c.ownerId)) fail('the applicant voted');
    const closed = m.sessions.filter((session) => session.closedAt);
    if (m.sessions.slice(0, -1).some((session) => !session.closedAt)) fail('an earlier session is still open');
    if (closed.length !== m.results.length) fail('a closed session has no result');
    const last = m.results.at(-1);
    if (last && closed.length === m.sessions.length) {
      if ([...last.participantIds].sort().join() !== [...voters].sort().join()) fail('participants differ from voters');
      if (last.approve + last.reject + last.abstain !== voters.length) fail('vote counts differ from votes');
    }
    if (snapshot.matches({ decision: { council: 'voting' } } as never) && closed.length === m.sessions.length) {
      fail('voting without an open session');
    }
  }

  // Status: suspended exactly in `suspended`, with an unresumed suspension on record.
  const suspended = snapshot.matches('suspended' as never);
  if (snapshot.hasTag('suspended') !== suspended) fail('the suspended tag is out of step');
  const current = c.suspensions.at(-1);
  if (suspended !== Boolean(current && !current.resumedAt)) fail('suspension record out of step');

  // Outcomes say why.
  if (snapshot.status === 'done') {
    if (!c.outcome) fail('finished without an outcome');
    if (snapshot.matches('notApproved' as never) && !c.outcome?.reason?.includes('available')) {
      fail('not approved without saying why');
    }
    if (snapshot.matches('closed' as never)) {
      const unspent = (c.reservation?.amount ?? 0) - c.disbursed;
      if (c.closure?.released !== unspent) fail('closure released the wrong amount');
    }
  }

  for (const action of actions) checkEffect(action, snapshot, fail);
}

function checkEffect(action: EmittedAction, snapshot: GrantSnapshot, fail: (message: string) => void): void {
  const params = (action.params ?? {}) as Record<string, unknown>;
  switch (action.type) {
    case 'startTimer': {
      const event = params.event as { type: string } | undefined;
      if (typeof params.at !== 'string' || !ISO.test(params.at)) fail(`timer ${String(params.name)} has no due time`);
      if (!event || !grantApprovalDefinition.events[event.type]?.system) fail(`timer sends a non-system event`);
      break;
    }
    case 'notify':
      if (typeof params.template !== 'string' || !params.to) fail('notice without template or recipients');
      break;
    case 'startInstance':
      if (params.workflow !== 'supervisory-review') fail('unexpected workflow started');
      break;
    case 'releaseFunds':
      if (!snapshot.matches('closed' as never) || !((params.amount as number) > 0)) fail('release outside closure');
      break;
    case 'disburseFunds':
      if (!((params.amount as number) >= 0) || !params.reservationId) fail('disbursement without reservation');
      break;
    default:
      break;
  }
}

/** Events a suspended grant must refuse: everything but RESUME. */
export function checkSuspendedRefusesAllButResume(snapshot: GrantSnapshot): void {
  for (const event of modelEvents) {
    if (event.type === 'RESUME') continue;
    const [next] = transition(grantApprovalMachine, snapshot, event);
    if (next !== snapshot) throw new Error(`suspended grant accepted ${event.type}`);
  }
}

/** Every transition of the statechart, as a key: source node, event, and candidate index. */
export function allTransitionKeys(): string[] {
  return allStateNodes().flatMap((node) => [
    ...[...node.transitions.entries()].flatMap(([eventType, candidates]) =>
      candidates.map((_, index) => `${node.id} ${eventType} #${index}`),
    ),
    ...(node.always ?? []).map((_, index) => `${node.id} always #${index}`),
  ]);
}

function transitionKey(transition: AnyTransitionDefinition): string {
  const source = transition.source as AnyStateNode;
  if (!transition.eventType) return `${source.id} always #${(source.always ?? []).indexOf(transition)}`;
  return `${source.id} ${transition.eventType} #${source.transitions.get(transition.eventType)?.indexOf(transition)}`;
}

/** The transitions (eventless ones included) that `event` takes from `snapshot`. */
export function transitionsTaken(snapshot: GrantSnapshot, event: GrantEvent): string[] {
  const taken: string[] = [];
  const actor = createActor(grantApprovalMachine, {
    snapshot: grantApprovalMachine.getPersistedSnapshot(snapshot),
    // Ignored when a snapshot is restored; the machine's types ask for it all the same.
    input: grantInput(),
    inspect: (inspection) => {
      if (inspection.type !== '@xstate.microstep') return;
      // `_transitions` is the inspection API's record of what fired; it is not in the public type.
      const fired = (inspection as unknown as { _transitions: AnyTransitionDefinition[] })._transitions;
      taken.push(...fired.map(transitionKey));
    },
  });
  actor.start();
  actor.send(event);
  actor.stop();
  return taken;
}
