import { addDays, addHours } from '@yilin/workflow-common';

import { T0, type EmittedAction, type GrantSnapshot, ev, grantInput, people, run, start } from './testing/grant-approval.fixtures';

const { alice, sam, rita, ravi, dora, c1, c2, c3, vera, system } = people;

const effects = (actions: EmittedAction[], type: string) =>
  actions.filter((action) => action.type === type).map((action) => action.params as Record<string, unknown>);

const toReview = (amount: number) => {
  const [initial] = start(grantInput({ amount }));
  return run(
    initial,
    ev('SUBMIT', {}, alice),
    ev('ACCEPT', { reviewerIds: ['rita', 'ravi'] }, sam),
    ev('SCORE', { score: 80, comment: 'sound' }, rita),
  ).snapshot;
};

const toDirector = () => run(toReview(1_000_000), ev('SCORE', { score: 70, comment: 'ok' }, ravi));

const toAgreement = () =>
  run(toDirector().snapshot, ev('APPROVE', {}, dora), ev('FUNDS_RESERVED', { reservationId: 'res-1' }, system)).snapshot;

const AGREED = addHours(T0, 100);
const toDelivery = () => run(toAgreement(), ev('CONFIRM_AGREEMENT', {}, alice, AGREED));

describe('grant approval machine', () => {
  it('starts as a draft owned by the applicant, without the injected configuration in the application', () => {
    const [snapshot] = start();
    expect(snapshot.value).toBe('draft');
    expect(snapshot.context.ownerId).toBe('alice');
    expect(snapshot.context.application).not.toHaveProperty('programme');
    expect(snapshot.context.council.quorum).toEqual({ numerator: 2, denominator: 3 });
  });

  it('refuses an amount above the programme maximum, on edit and on submission', () => {
    const [draft] = start(grantInput({ amount: 10_000_001 }));
    expect(() => run(draft, ev('SUBMIT', {}, alice))).toThrow(/not accepted/);
    const [fine] = start();
    expect(() => run(fine, ev('UPDATE_DRAFT', { amount: 20_000_000 }, alice))).toThrow(/not accepted/);
    const edited = run(draft, ev('UPDATE_DRAFT', { amount: 9_000_000, programme: { maxAmount: 1 } } as never, alice));
    expect(edited.snapshot.context.application.amount).toBe(9_000_000);
    expect(edited.snapshot.context.programme.maxAmount).toBe(10_000_000);
  });

  it('sends change requests to the applicant and takes the answer back to screening', () => {
    const [draft] = start();
    const requested = run(draft, ev('SUBMIT', {}, alice), ev('REQUEST_CHANGES', { items: ['budget', 'seal'] }, sam));
    expect(requested.snapshot.value).toBe('changesRequested');
    expect(effects(requested.actions, 'notify')[0]).toMatchObject({
      template: 'grant.changes-requested',
      to: { owner: true },
      data: { items: ['budget', 'seal'] },
    });
    const answered = run(requested.snapshot, ev('RESUBMIT', { summary: 'with budget' }, alice));
    expect(answered.snapshot.value).toBe('screening');
    expect(answered.snapshot.context.changeRequests[0].answeredAt).toBe(T0);
  });

  it('lets only assigned reviewers score, once each, and moves on when all have scored', () => {
    const inReview = toReview(1_000_000);
    expect(() => run(inReview, ev('SCORE', { score: 90, comment: 'again' }, rita))).toThrow(/not accepted/);
    expect(() => run(inReview, ev('SCORE', { score: 90, comment: '' }, dora))).toThrow(/not accepted/);
    expect(() => run(inReview, ev('SCORE', { score: 101, comment: '' }, ravi))).toThrow(/not accepted/);
    expect(toDirector().snapshot.value).toEqual({ decision: 'director' });
  });

  it('refuses reviewers fewer than the programme requires, or the applicant as a reviewer', () => {
    const [draft] = start();
    const screening = run(draft, ev('SUBMIT', {}, alice)).snapshot;
    expect(() => run(screening, ev('ACCEPT', { reviewerIds: ['rita'] }, sam))).toThrow(/not accepted/);
    expect(() => run(screening, ev('ACCEPT', { reviewerIds: ['rita', 'alice'] }, sam))).toThrow(/not accepted/);
  });

  it('gives the director an SLA timer that escalates once when breached', () => {
    const { snapshot, actions } = toDirector();
    expect(effects(actions, 'startTimer')).toEqual([
      { name: 'director-sla', at: addHours(T0, 72), event: { type: 'DIRECTOR_SLA_BREACHED' } },
    ]);
    const breached = run(snapshot, ev('DIRECTOR_SLA_BREACHED', {}, system, addHours(T0, 72)));
    expect(effects(breached.actions, 'notify')[0]).toMatchObject({
      template: 'grant.director-sla-breached',
      to: { roles: ['director', 'staff'] },
    });
    expect(() => run(breached.snapshot, ev('DIRECTOR_SLA_BREACHED', {}, system))).toThrow(/not accepted/);
    const approved = run(breached.snapshot, ev('APPROVE', {}, dora));
    expect(approved.snapshot.value).toBe('reserving');
    expect(effects(approved.actions, 'cancelTimer')).toEqual([{ name: 'director-sla' }]);
    expect(effects(approved.actions, 'reserveFunds')).toEqual([
      { grantId: 'grant-1', fundId: 'fund-special', amount: 1_000_000 },
    ]);
  });

  it('ends as not approved, saying why, when the fund cannot cover the grant', () => {
    const reserving = run(toDirector().snapshot, ev('APPROVE', {}, dora)).snapshot;
    const refused = run(reserving, ev('FUNDS_REFUSED', { reason: 'balance', available: 500 }, system));
    expect(refused.snapshot.value).toBe('notApproved');
    expect(refused.snapshot.status).toBe('done');
    expect(refused.snapshot.context.outcome).toMatchObject({ result: 'notApproved', decidedBy: 'fund' });
    expect(refused.snapshot.context.outcome?.reason).toContain('available: 500 fen');
  });

  describe('council', () => {
    const toCouncil = () => run(toReview(9_000_000), ev('SCORE', { score: 70, comment: 'ok' }, ravi));

    it('asks the members to vote and closes by itself when every eligible member has voted', () => {
      const opened = toCouncil();
      expect(opened.snapshot.value).toEqual({ decision: { council: 'voting' } });
      expect(effects(opened.actions, 'notify')[0]).toMatchObject({
        template: 'grant.votes-due',
        to: { userIds: ['c1', 'c2', 'c3'] },
      });
      const decided = run(
        opened.snapshot,
        ev('RECUSE', { reason: 'board member of the applicant' }, c3),
        ev('VOTE', { choice: 'approve' }, c1),
        ev('VOTE', { choice: 'approve' }, c2, addHours(T0, 2)),
      );
      expect(decided.snapshot.value).toBe('reserving');
      const minutes = decided.snapshot.context.minutes;
      expect(minutes?.recusals).toEqual([{ memberId: 'c3', reason: 'board member of the applicant', at: T0 }]);
      expect(minutes?.sessions).toEqual([{ openedAt: T0, closedAt: addHours(T0, 2), closedBy: 'all-voted' }]);
      expect(minutes?.results[0]).toMatchObject({
        outcome: 'approved',
        participantIds: ['c1', 'c2'],
        recusedIds: ['c3'],
        quorumRequired: 2,
        approve: 2,
      });
      // 9 000 000 fen is above the programme's review threshold: a supervisory review is raised.
      expect(effects(decided.actions, 'startInstance')[0]).toMatchObject({
        workflow: 'supervisory-review',
        data: { source: 'risk-rule', rule: 'grant-above-amount', subject: { workflow: 'grant-approval', instanceId: 'grant-1' } },
      });
    });

    it('keeps a recused member from voting and a member from voting twice', () => {
      const opened = run(toCouncil().snapshot, ev('RECUSE', { reason: 'conflict' }, c3)).snapshot;
      expect(() => run(opened, ev('VOTE', { choice: 'approve' }, c3))).toThrow(/not accepted/);
      const voted = run(opened, ev('VOTE', { choice: 'reject' }, c1)).snapshot;
      expect(() => run(voted, ev('VOTE', { choice: 'approve' }, c1))).toThrow(/not accepted/);
      expect(() => run(voted, ev('VOTE', { choice: 'approve' }, sam))).toThrow(/not accepted/);
    });

    it('declines when the quorum is reached without a majority', () => {
      const decided = run(
        toCouncil().snapshot,
        ev('VOTE', { choice: 'approve' }, c1),
        ev('VOTE', { choice: 'reject' }, c2),
        ev('VOTE', { choice: 'abstain' }, c3),
      );
      expect(decided.snapshot.value).toBe('declined');
      expect(decided.snapshot.context.outcome).toMatchObject({ result: 'declined', decidedBy: 'council' });
      expect(effects(decided.actions, 'notify')[0]).toMatchObject({ template: 'grant.declined', to: { owner: true } });
    });

    it('waits for staff to reopen voting when the quorum is not reached, keeping the votes cast', () => {
      const closed = run(toCouncil().snapshot, ev('VOTE', { choice: 'approve' }, c1), ev('CLOSE_VOTING', {}, sam));
      expect(closed.snapshot.value).toEqual({ decision: { council: 'noQuorum' } });
      expect(closed.snapshot.context.minutes?.sessions[0].closedBy).toBe('sam');
      expect(() => run(closed.snapshot, ev('VOTE', { choice: 'approve' }, c2))).toThrow(/not accepted/);
      const reopened = run(closed.snapshot, ev('REOPEN_VOTING', {}, sam));
      expect(effects(reopened.actions, 'notify')[0]).toMatchObject({ to: { userIds: ['c2', 'c3'] } });
      const approved = run(reopened.snapshot, ev('VOTE', { choice: 'approve' }, c2), ev('CLOSE_VOTING', {}, sam));
      expect(approved.snapshot.value).toBe('reserving');
      expect(approved.snapshot.context.minutes?.results.map((result) => result.outcome)).toEqual(['noQuorum', 'approved']);
      expect(approved.snapshot.context.minutes?.sessions).toHaveLength(2);
    });
  });

  it('withdraws before approval, from the decision too, and not after', () => {
    const withdrawn = run(toDirector().snapshot, ev('WITHDRAW', { reason: 'funded elsewhere' }, alice));
    expect(withdrawn.snapshot.value).toBe('withdrawn');
    expect(effects(withdrawn.actions, 'cancelTimer')).toEqual([{ name: 'director-sla' }]);
    expect(() => run(toAgreement(), ev('WITHDRAW', {}, alice))).toThrow(/not accepted/);
  });

  describe('delivery', () => {
    it('schedules both reports from the agreement and pays tranches in order, the second after the mid-term report', () => {
      const delivery = toDelivery();
      expect(delivery.snapshot.context.tranches.map((tranche) => tranche.amount)).toEqual([600_000, 400_000]);
      expect(effects(delivery.actions, 'startTimer')).toEqual([
        { name: 'report-midterm-reminder', at: addDays(AGREED, 83), event: { type: 'REPORT_REMINDER', data: { kind: 'midterm' } } },
        { name: 'report-midterm-due', at: addDays(AGREED, 90), event: { type: 'REPORT_DUE', data: { kind: 'midterm' } } },
      ]);
      expect(() => run(delivery.snapshot, ev('DISBURSE_TRANCHE', { tranche: 2 }, sam))).toThrow(/not accepted/);
      const first = run(delivery.snapshot, ev('DISBURSE_TRANCHE', { tranche: 1 }, sam));
      expect(effects(first.actions, 'disburseFunds')).toEqual([
        { grantId: 'grant-1', fundId: 'fund-special', reservationId: 'res-1', amount: 600_000, tranche: 1 },
      ]);
      expect(() => run(first.snapshot, ev('DISBURSE_TRANCHE', { tranche: 2 }, sam))).toThrow(/not accepted/);
      expect(() => run(first.snapshot, ev('SUBMIT_REPORT', { kind: 'midterm', spent: 600_001, summary: 's' }, alice))).toThrow(/not accepted/);
      const midterm = run(
        first.snapshot,
        ev('SUBMIT_REPORT', { kind: 'midterm', spent: 500_000, summary: 'half way' }, alice),
        ev('ACCEPT_REPORT', { kind: 'midterm' }, sam),
        ev('DISBURSE_TRANCHE', { tranche: 2 }, sam),
      );
      expect(midterm.snapshot.value).toEqual({
        granted: { delivery: { disbursement: 'complete', reports: { final: 'upcoming' } } },
      });
      const closed = run(
        midterm.snapshot,
        ev('SUBMIT_REPORT', { kind: 'final', spent: 1_000_000, summary: 'done' }, alice),
        ev('ACCEPT_REPORT', { kind: 'final' }, sam),
      );
      expect(closed.snapshot.value).toBe('closed');
      expect(closed.snapshot.status).toBe('done');
      expect(effects(closed.actions, 'releaseFunds')).toEqual([]);
      expect(closed.snapshot.context.closure).toEqual({ released: 0, at: T0 });
    });

    it('releases what was never disbursed when the final report closes the grant', () => {
      const closed = run(
        toDelivery().snapshot,
        ev('DISBURSE_TRANCHE', { tranche: 1 }, sam),
        ev('SUBMIT_REPORT', { kind: 'midterm', spent: 100, summary: 'm' }, alice),
        ev('ACCEPT_REPORT', { kind: 'midterm' }, sam),
        ev('SUBMIT_REPORT', { kind: 'final', spent: 600_000, summary: 'f' }, alice),
        ev('ACCEPT_REPORT', { kind: 'final' }, sam),
      );
      expect(effects(closed.actions, 'releaseFunds')).toEqual([
        { grantId: 'grant-1', fundId: 'fund-special', reservationId: 'res-1', amount: 400_000 },
      ]);
    });

    it('reminds before the due date, marks the report overdue, then raises a supervisory review once', () => {
      const due = addDays(AGREED, 90);
      const reminded = run(toDelivery().snapshot, ev('REPORT_REMINDER', { kind: 'midterm' }, system));
      expect(effects(reminded.actions, 'notify')[0]).toMatchObject({ template: 'grant.report-due-soon', to: { owner: true } });
      expect(() => run(reminded.snapshot, ev('REPORT_REMINDER', { kind: 'midterm' }, system))).toThrow(/not accepted/);
      expect(() => run(reminded.snapshot, ev('REPORT_DUE', { kind: 'final' }, system))).toThrow(/not accepted/);
      const overdue = run(reminded.snapshot, ev('REPORT_DUE', { kind: 'midterm' }, system, due));
      expect(overdue.snapshot.context.reports.midterm.status).toBe('overdue');
      expect(effects(overdue.actions, 'startTimer')).toEqual([
        { name: 'report-midterm-escalation', at: addDays(due, 14), event: { type: 'REPORT_ESCALATION', data: { kind: 'midterm' } } },
      ]);
      const escalated = run(overdue.snapshot, ev('REPORT_ESCALATION', { kind: 'midterm' }, system, addDays(due, 14)));
      expect(effects(escalated.actions, 'startInstance')).toEqual([
        expect.objectContaining({
          workflow: 'supervisory-review',
          data: expect.objectContaining({
            source: 'risk-rule',
            rule: 'report-overdue',
            subject: { workflow: 'grant-approval', instanceId: 'grant-1', ownerId: 'alice' },
            reportKind: 'midterm',
            description: expect.stringContaining('社区长者食堂'),
          }),
        }),
      ]);
      expect(() => run(escalated.snapshot, ev('REPORT_ESCALATION', { kind: 'midterm' }, system))).toThrow(/not accepted/);
      const late = run(escalated.snapshot, ev('SUBMIT_REPORT', { kind: 'midterm', spent: 0, summary: 'late' }, alice));
      expect(effects(late.actions, 'cancelTimer')).toEqual([{ name: 'report-midterm-escalation' }]);
    });

    it('returns a report after its due date straight to overdue', () => {
      const due = addDays(AGREED, 90);
      const returned = run(
        toDelivery().snapshot,
        ev('SUBMIT_REPORT', { kind: 'midterm', spent: 0, summary: 'early' }, alice),
        ev('RETURN_REPORT', { kind: 'midterm', reason: 'no receipts' }, sam, addDays(due, 1)),
      );
      expect(returned.snapshot.value).toMatchObject({ granted: { delivery: { reports: { midterm: 'overdue' } } } });
      expect(returned.snapshot.context.reports.midterm.escalationDueAt).toBe(addDays(addDays(due, 1), 14));
    });
  });

  describe('suspension', () => {
    const suspend = (snapshot: GrantSnapshot, at = T0) =>
      run(snapshot, ev('SUSPEND', { reviewId: 'sr-1', reason: 'complaint' }, vera, at));

    it('suspends an approved grant, accepts only RESUME, and returns to exactly where it was', () => {
      const before = run(toDelivery().snapshot, ev('DISBURSE_TRANCHE', { tranche: 1 }, sam)).snapshot;
      const suspendedAt = addDays(AGREED, 10);
      const suspended = suspend(before, suspendedAt);
      expect(suspended.snapshot.value).toBe('suspended');
      expect(suspended.snapshot.hasTag('suspended')).toBe(true);
      expect(effects(suspended.actions, 'cancelTimer').map((timer) => timer.name)).toEqual([
        'report-midterm-reminder',
        'report-midterm-due',
      ]);
      expect(() => run(suspended.snapshot, ev('SUBMIT_REPORT', { kind: 'midterm', spent: 0, summary: 's' }, alice))).toThrow(/not accepted/);
      const resumed = run(suspended.snapshot, ev('RESUME', { reviewId: 'sr-1' }, vera, addDays(suspendedAt, 5)));
      expect(resumed.snapshot.value).toEqual(before.value);
      // Deadlines move by the five days the grantee could not act.
      const dueAt = addDays(AGREED, 95);
      expect(resumed.snapshot.context.reports.midterm.dueAt).toBe(dueAt);
      expect(resumed.snapshot.context.reports.final.dueAt).toBe(addDays(AGREED, 185));
      expect(effects(resumed.actions, 'startTimer').map((timer) => [timer.name, timer.at])).toEqual([
        ['report-midterm-reminder', addDays(dueAt, -7)],
        ['report-midterm-due', dueAt],
      ]);
      expect(resumed.snapshot.context.suspensions[0]).toMatchObject({ reviewId: 'sr-1', resumedBy: { id: 'vera' } });
    });

    it('suspends from the agreement step and resumes there', () => {
      const resumed = run(suspend(toAgreement()).snapshot, ev('RESUME', {}, system));
      expect(resumed.snapshot.value).toEqual({ granted: 'agreement' });
    });

    it('cannot suspend before approval', () => {
      expect(() => suspend(toDirector().snapshot)).toThrow(/not accepted/);
    });
  });
});
