import { initialContext } from './grant-approval.context';
import { amountWithinProgramme, grantGuards } from './grant-approval.guards';
import type { CouncilMinutes, GrantContext, GrantEvent } from './grant-approval.types';
import { ev, grantInput, people, programme } from './testing/grant-approval.fixtures';

const { alice, rita, ravi, sam, c1, c2, c3 } = people;

const context = (change: Partial<GrantContext> = {}): GrantContext => ({ ...initialContext(grantInput()), ...change });

const check = (
  guard: keyof typeof grantGuards,
  ctx: GrantContext,
  event: GrantEvent,
  params?: { kind: 'midterm' | 'final' },
) => (grantGuards[guard] as (args: { context: GrantContext; event: GrantEvent }, params?: unknown) => boolean)(
  { context: ctx, event },
  params,
);

const minutes = (change: Partial<CouncilMinutes> = {}): CouncilMinutes => ({
  memberIds: ['c1', 'c2', 'c3'],
  quorum: { numerator: 2, denominator: 3 },
  approvalShareAbove: 0.5,
  sessions: [],
  votes: [],
  recusals: [],
  results: [],
  ...change,
});

describe('grant approval guards', () => {
  it('accepts whole positive amounts up to the programme maximum', () => {
    expect(amountWithinProgramme(programme.maxAmount, programme)).toBe(true);
    expect(amountWithinProgramme(programme.maxAmount + 1, programme)).toBe(false);
    expect(amountWithinProgramme(0, programme)).toBe(false);
    expect(amountWithinProgramme(12.5, programme)).toBe(false);
    expect(amountWithinProgramme('100', programme)).toBe(false);
  });

  it('submits only a complete application', () => {
    expect(check('applicationSubmittable', context(), ev('SUBMIT', {}, alice))).toBe(true);
    const untitled = context({ application: { ...context().application, title: '  ' } });
    expect(check('applicationSubmittable', untitled, ev('SUBMIT', {}, alice))).toBe(false);
    expect(check('resubmissionAcceptable', untitled, ev('RESUBMIT', { title: 'Fixed' }, alice))).toBe(true);
    expect(check('resubmissionAcceptable', context(), ev('RESUBMIT', { amount: 10_000_001 }, alice))).toBe(false);
  });

  it('lets a draft change without an amount, but never above the maximum', () => {
    expect(check('draftUpdateAcceptable', context(), ev('UPDATE_DRAFT', { summary: 'x' }, alice))).toBe(true);
    expect(check('draftUpdateAcceptable', context(), ev('UPDATE_DRAFT', { amount: 10_000_001 }, alice))).toBe(false);
  });

  it('requires distinct reviewers, enough of them, none the applicant', () => {
    const accept = (reviewerIds: string[]) => check('reviewersValid', context(), ev('ACCEPT', { reviewerIds }, sam));
    expect(accept(['rita', 'ravi'])).toBe(true);
    expect(accept(['rita', 'rita'])).toBe(false);
    expect(accept(['rita'])).toBe(false);
    expect(accept(['rita', 'alice'])).toBe(false);
  });

  it('lets each assigned reviewer score once and knows the last score', () => {
    const reviewing = context({ reviewerIds: ['rita', 'ravi'] });
    expect(check('canScore', reviewing, ev('SCORE', { score: 0, comment: '' }, rita))).toBe(true);
    expect(check('canScore', reviewing, ev('SCORE', { score: 50, comment: '' }, sam))).toBe(false);
    expect(check('scoreCompletesReview', reviewing, ev('SCORE', { score: 50, comment: '' }, rita))).toBe(false);
    const oneScored = { ...reviewing, scores: [{ reviewerId: 'rita', score: 50, comment: '', at: '' }] };
    expect(check('canScore', oneScored, ev('SCORE', { score: 50, comment: '' }, rita))).toBe(false);
    expect(check('scoreCompletesReview', oneScored, ev('SCORE', { score: 100, comment: '' }, ravi))).toBe(true);
  });

  it('sends amounts up to the small-amount limit, inclusive, to the director', () => {
    const at = (amount: number) => context({ application: { ...context().application, amount } });
    const any = ev('SUBMIT', {}, alice);
    expect(check('isSmallAmount', at(programme.smallAmountLimit), any)).toBe(true);
    expect(check('isSmallAmount', at(programme.smallAmountLimit + 1), any)).toBe(false);
  });

  it('keeps the applicant from deciding, voting on or reviewing their own application', () => {
    const own = context({ ownerId: 'c1', minutes: minutes() });
    expect(check('canVote', own, ev('VOTE', { choice: 'approve' }, c1))).toBe(false);
    expect(check('canRecuse', own, ev('RECUSE', { reason: 'mine' }, c1))).toBe(true);
    expect(check('directorMayDecide', context({ ownerId: 'dora' }), ev('APPROVE', {}, people.dora))).toBe(false);
  });

  it('lets members vote once unless recused, and closes the ballot on the last eligible vote', () => {
    const open = context({ minutes: minutes({ recusals: [{ memberId: 'c3', reason: 'x', at: '' }] }) });
    expect(check('canVote', open, ev('VOTE', { choice: 'approve' }, c3))).toBe(false);
    expect(check('canRecuse', open, ev('RECUSE', { reason: 'again' }, c3))).toBe(false);
    expect(check('voteClosesBallot', open, ev('VOTE', { choice: 'approve' }, c1))).toBe(false);
    const oneVoted = context({
      minutes: { ...open.minutes!, votes: [{ memberId: 'c1', choice: 'reject', comment: null, at: '' }] },
    });
    expect(check('canVote', oneVoted, ev('VOTE', { choice: 'approve' }, c1))).toBe(false);
    expect(check('canRecuse', oneVoted, ev('RECUSE', { reason: 'late' }, c1))).toBe(false);
    expect(check('voteClosesBallot', oneVoted, ev('VOTE', { choice: 'approve' }, c2))).toBe(true);
    expect(check('recusalClosesBallot', oneVoted, ev('RECUSE', { reason: 'conflict' }, c2))).toBe(true);
    expect(check('canVote', context(), ev('VOTE', { choice: 'approve' }, c1))).toBe(false);
  });

  describe('tranches', () => {
    const reserved = context({
      reservation: { reservationId: 'r', amount: 1000, at: '' },
      tranches: [
        { number: 1, percent: 60, amount: 600, disbursedAt: null, disbursedBy: null },
        { number: 2, percent: 40, amount: 400, disbursedAt: null, disbursedBy: null },
      ],
    });
    const firstPaid = {
      ...reserved,
      disbursed: 600,
      tranches: [{ ...reserved.tranches[0], disbursedAt: 'x' }, reserved.tranches[1]],
    };

    it('pays the named next tranche only', () => {
      expect(check('canDisburseTranche', reserved, ev('DISBURSE_TRANCHE', { tranche: 1 }, sam))).toBe(true);
      expect(check('canDisburseTranche', reserved, ev('DISBURSE_TRANCHE', { tranche: 2 }, sam))).toBe(false);
      expect(check('disbursesLastTranche', reserved, ev('DISBURSE_TRANCHE', { tranche: 1 }, sam))).toBe(false);
    });

    it('pays later tranches after the mid-term report is accepted', () => {
      expect(check('canDisburseTranche', firstPaid, ev('DISBURSE_TRANCHE', { tranche: 2 }, sam))).toBe(false);
      const accepted = { ...firstPaid, reports: { ...firstPaid.reports, midterm: { ...firstPaid.reports.midterm, status: 'accepted' as const } } };
      expect(check('disbursesLastTranche', accepted, ev('DISBURSE_TRANCHE', { tranche: 2 }, sam))).toBe(true);
    });

    it('never pays beyond the reservation', () => {
      const shortReservation = { ...reserved, reservation: { reservationId: 'r', amount: 500, at: '' } };
      expect(check('canDisburseTranche', shortReservation, ev('DISBURSE_TRANCHE', { tranche: 1 }, sam))).toBe(false);
      const noReservation = { ...reserved, reservation: null };
      expect(check('canDisburseTranche', noReservation, ev('DISBURSE_TRANCHE', { tranche: 1 }, sam))).toBe(false);
    });
  });

  describe('reports', () => {
    const kind = { kind: 'midterm' } as const;
    const funded = context({ disbursed: 600 });

    it('matches report events by kind', () => {
      expect(check('isReportEvent', funded, ev('REPORT_DUE', { kind: 'midterm' }, people.system), kind)).toBe(true);
      expect(check('isReportEvent', funded, ev('REPORT_DUE', { kind: 'final' }, people.system), kind)).toBe(false);
      expect(check('isReportEvent', funded, ev('SUBMIT', {}, alice), kind)).toBe(false);
    });

    it('takes reports whose spending is whole fen within what was disbursed', () => {
      const submit = (spent: number) => ev('SUBMIT_REPORT', { kind: 'midterm', spent, summary: 's' }, alice);
      expect(check('reportSubmittable', funded, submit(600), kind)).toBe(true);
      expect(check('reportSubmittable', funded, submit(601), kind)).toBe(false);
      expect(check('reportSubmittable', funded, submit(0.5), kind)).toBe(false);
      expect(check('reportSubmittable', funded, submit(1), { kind: 'final' })).toBe(false);
    });

    it('reminds and escalates once, and knows when a return comes after the due date', () => {
      const due = '2026-06-01T00:00:00.000Z';
      const track = { ...funded.reports.midterm, dueAt: due };
      const dated = { ...funded, reports: { ...funded.reports, midterm: track } };
      const reminded = { ...funded, reports: { ...funded.reports, midterm: { ...track, remindedAt: due, escalatedAt: due } } };
      expect(check('reminderNotYetSent', dated, ev('REPORT_REMINDER', kind, people.system), kind)).toBe(true);
      expect(check('reminderNotYetSent', reminded, ev('REPORT_REMINDER', kind, people.system), kind)).toBe(false);
      expect(check('notYetEscalated', reminded, ev('REPORT_ESCALATION', kind, people.system), kind)).toBe(false);
      const returned = (at: string) => ev('RETURN_REPORT', { kind: 'midterm', reason: 'r' }, sam, at);
      expect(check('returnedPastDue', dated, returned(due), kind)).toBe(true);
      expect(check('returnedPastDue', dated, returned('2026-05-31T23:59:59.000Z'), kind)).toBe(false);
    });
  });

  it('raises the large-grant rule at or above the configured amount only when configured', () => {
    const any = ev('SUBMIT', {}, alice);
    const at = (amount: number, reviewAboveAmount?: number) =>
      context({ application: { ...context().application, amount }, programme: { ...programme, reviewAboveAmount } });
    expect(check('raisesLargeGrantReview', at(8_000_000, 8_000_000), any)).toBe(true);
    expect(check('raisesLargeGrantReview', at(7_999_999, 8_000_000), any)).toBe(false);
    expect(check('raisesLargeGrantReview', at(9_999_999), any)).toBe(false);
  });

  it('ignores events of another type', () => {
    expect(check('canVote', context({ minutes: minutes() }), ev('RECUSE', { reason: 'x' }, c1))).toBe(false);
    expect(check('canScore', context({ reviewerIds: ['ravi'] }), ev('VOTE', { choice: 'approve' }, ravi))).toBe(false);
  });
});
