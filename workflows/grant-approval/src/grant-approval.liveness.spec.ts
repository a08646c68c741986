import type { AnyMachineSnapshot } from 'xstate';

import type { WorkflowEvent } from '@yilin/contracts';
import { reasonCodes } from '@yilin/workflow-common';
import { exploreLiveness } from '@yilin/workflow-common/testing';

import { grantApprovalDefinition } from './grant-approval.definition';
import { grantRefusalCatalogue } from './grant-approval.refusals';
import type { GrantContext } from './grant-approval.types';
import { ev, grantInput, people, person } from './testing/grant-approval.fixtures';
import { SMALL, modelEvents } from './testing/grant-approval.model';

const { alice, sam, rita, c1 } = people;
const rex = person('rex', 'reviewer');
const c9 = person('c9', 'council');
const aliceDirecting = person('alice', 'applicant', 'director', 'council');

/** Data every guard refuses at least once, beside the model's everyday events. */
const refusingEvents = [
  ev('UPDATE_DRAFT', { amount: 0 }, alice),
  ev('RESUBMIT', { title: ' ' }, alice),
  ev('RESUBMIT', { organisation: ' ' }, alice),
  ev('ACCEPT', { reviewerIds: ['rita', 'rita'] }, sam),
  ev('ACCEPT', { reviewerIds: ['rita', 'alice'] }, sam),
  ev('SCORE', { score: 101, comment: 'too generous' }, rita),
  ev('SCORE', { score: 70, comment: 'not assigned' }, rex),
  ev('APPROVE', { comment: 'mine' }, aliceDirecting),
  ev('VOTE', { choice: 'approve' }, c9),
  ev('VOTE', { choice: 'approve' }, aliceDirecting),
  ev('RECUSE', { reason: 'my own application' }, aliceDirecting),
  ev('VOTE', { choice: 'maybe' as never }, c1),
  ev('SUBMIT_REPORT', { kind: 'midterm', spent: -1, summary: 'negative' }, alice),
  ev('SUBMIT_REPORT', { kind: 'midterm', spent: 99_000_000, summary: 'too much' }, alice),
];

const cap = (count: number) => Math.min(count, 2);

/**
 * What the guards read, with counts capped and times dropped, so the exploration ends: two change
 * requests behave like three, two sessions like five.
 */
function key(snapshot: AnyMachineSnapshot): string {
  const c = snapshot.context as GrantContext;
  if (snapshot.status === 'done') return JSON.stringify(snapshot.value);
  if (!c.reservation) {
    return JSON.stringify({
      value: snapshot.value,
      amount: c.application.amount,
      complete: [Boolean(c.application.title?.trim()), Boolean(c.application.organisation?.trim())],
      changeRequests: cap(c.changeRequests.length),
      reviewers: c.reviewerIds.length,
      scored: c.scores.map((score) => score.reviewerId).sort(),
      slaBreached: Boolean(c.directorSlaBreachedAt),
      votes: (c.minutes?.votes ?? []).map((vote) => `${vote.memberId}:${vote.choice}`).sort(),
      recused: (c.minutes?.recusals ?? []).map((recusal) => recusal.memberId).sort(),
      sessions: cap(c.minutes?.sessions.length ?? 0),
    });
  }
  // After approval only delivery matters, and of the reports only the one in progress.
  const kind = c.reports.midterm.status === 'accepted' ? 'final' : 'midterm';
  const r = c.reports[kind];
  return JSON.stringify({
    value: snapshot.value,
    paid: c.tranches.filter((tranche) => tranche.disbursedAt).length,
    suspensions: cap(c.suspensions.length),
    report: [kind, r.status, Boolean(r.remindedAt), Boolean(r.escalatedAt), cap(r.returns.length)],
  });
}

const explore = (input = grantInput({ amount: SMALL }), events: readonly WorkflowEvent[] = [...modelEvents, ...refusingEvents]) =>
  exploreLiveness({ definition: grantApprovalDefinition, input, events, key, maxStates: 50_000 });

describe('grant approval liveness', () => {
  const report = explore();

  it('reaches a final state from every reachable state through the steps’ own people', () => {
    expect(report.states).toBeGreaterThan(200);
    expect(report.deadEnds.slice(0, 3)).toEqual([]);
  });

  it('offers nobody an event their every datum would be refused', () => {
    expect(report.emptyOffers.slice(0, 3)).toEqual([]);
  });

  it('gives a reason exactly when the machine refuses', () => {
    expect(report.disagreements.slice(0, 3)).toEqual([]);
  });

  it('gives every reason of the catalogue in some reachable state', () => {
    // Delivery does not depend on who sat on the council: the first exploration covers it.
    const withApplicantOnCouncil = exploreLiveness({
      definition: grantApprovalDefinition,
      input: grantInput({ amount: SMALL, council: { memberIds: ['c1', 'c2', 'alice'] } }),
      events: [...modelEvents, ...refusingEvents],
      key,
      coveredElsewhere: (snapshot) => (snapshot.context as GrantContext).reservation !== null,
    });
    const given = new Set([...report.reasonsGiven, ...withApplicantOnCouncil.reasonsGiven]);
    expect(reasonCodes(grantRefusalCatalogue).filter((reason) => !given.has(reason))).toEqual([]);
    expect(withApplicantOnCouncil.deadEnds.slice(0, 3)).toEqual([]);
    expect(withApplicantOnCouncil.emptyOffers.slice(0, 3)).toEqual([]);
    expect(withApplicantOnCouncil.disagreements.slice(0, 3)).toEqual([]);
  });

  it('refuses a draft above the programme maximum when it is saved, with the same reason', () => {
    const refusal = grantApprovalDefinition.refusals?.explainStart?.(grantInput({ amount: 10_000_001 }));
    expect(refusal).toMatchObject({ reason: 'AMOUNT_ABOVE_PROGRAMME_MAX', details: { maxAmount: 10_000_000 } });
    expect(refusal?.message.zh).toContain('最高资助额');
    expect(grantApprovalDefinition.refusals?.explainStart?.(grantInput({ amount: SMALL }))).toBeNull();
  });
});
