import { assign, enqueueActions, setup } from 'xstate';

import { addDays, effectActions } from '@yilin/workflow-common';

import {
  applyResubmission,
  assignReviewers,
  closeVotingSession,
  initialContext,
  markReport,
  openDirectorTrack,
  openMinutes,
  openVotingSession,
  recordAgreement,
  recordApproval,
  recordChangeRequest,
  recordClosure,
  recordCouncilDecline,
  recordCouncilResult,
  recordDirectorDecision,
  recordDisbursement,
  recordEscalation,
  recordFundsRefusal,
  recordOverdue,
  recordRejection,
  recordReminder,
  recordReportAcceptance,
  recordReportReturn,
  recordReportSubmission,
  recordReservation,
  recordResumption,
  recordRiskReview,
  recordScore,
  recordSubmission,
  recordSuspension,
  recordVote,
  recordRecusal,
  recordWithdrawal,
  unreleasedAmount,
  updateDraft,
} from './grant-approval.context';
import {
  disburseFundsParams,
  grantEffectActions,
  largeGrantReviewParams,
  notice,
  releaseFundsParams,
  reportOverdueReviewParams,
  reserveFundsParams,
} from './grant-approval.effects';
import { grantGuards } from './grant-approval.guards';
import type {
  GrantContext,
  GrantEvent,
  GrantEventOf,
  GrantEventType,
  GrantInput,
  ReportKind,
} from './grant-approval.types';

type Args = { context: GrantContext; event: GrantEvent };

/** Applies `update` when the event is of `type`; assign actions are only wired to matching transitions. */
function forEvent<T extends GrantEventType>(
  type: T,
  update: (context: GrantContext, event: GrantEventOf<T>) => Partial<GrantContext>,
) {
  return ({ context, event }: Args): Partial<GrantContext> =>
    // The union cannot narrow through a generic type parameter; the check above makes the cast safe.
    event.type === type ? update(context, event as GrantEventOf<T>) : {};
}

const reportTimer = (kind: ReportKind, what: 'reminder' | 'due' | 'escalation') => `report-${kind}-${what}`;
const DIRECTOR_SLA_TIMER = 'director-sla';

const kindOf = (event: GrantEvent): ReportKind =>
  'kind' in event.data && event.data.kind === 'final' ? 'final' : 'midterm';

const machineSetup = setup({
  types: {
    context: {} as GrantContext,
    events: {} as GrantEvent,
    input: {} as GrantInput,
  },
  actions: {
    ...effectActions,
    ...grantEffectActions,
    updateDraft: assign(forEvent('UPDATE_DRAFT', updateDraft)),
    recordSubmission: assign(forEvent('SUBMIT', recordSubmission)),
    recordWithdrawal: assign(forEvent('WITHDRAW', recordWithdrawal)),
    recordChangeRequest: assign(forEvent('REQUEST_CHANGES', recordChangeRequest)),
    applyResubmission: assign(forEvent('RESUBMIT', applyResubmission)),
    recordRejection: assign(forEvent('REJECT', recordRejection)),
    assignReviewers: assign(forEvent('ACCEPT', assignReviewers)),
    recordScore: assign(forEvent('SCORE', recordScore)),
    openDirectorTrack: assign(({ context, event }) => openDirectorTrack(context, event.at)),
    recordDirectorApproval: assign(forEvent('APPROVE', recordDirectorDecision)),
    recordDirectorDecline: assign(forEvent('DECLINE', recordDirectorDecision)),
    recordSlaBreach: assign(({ event }) => ({ directorSlaBreachedAt: event.at })),
    openMinutes: assign(({ context }) => openMinutes(context)),
    openVotingSession: assign(({ context, event }) => openVotingSession(context, event.at)),
    recordVote: assign(forEvent('VOTE', recordVote)),
    recordRecusal: assign(forEvent('RECUSE', recordRecusal)),
    closeVotingByStaff: assign(({ context, event }) => closeVotingSession(context, event.at, event.actor.id)),
    closeVotingAutomatically: assign(({ context, event }) => closeVotingSession(context, event.at, 'all-voted')),
    tallyCouncil: assign(({ context, event }) => recordCouncilResult(context, event.at)),
    recordCouncilDecline: assign(({ context, event }) => recordCouncilDecline(context, event.at)),
    recordApproval: assign(({ context, event }) => recordApproval(context, event.at)),
    recordRiskReview: assign(({ context, event }) => recordRiskReview(context, event.at)),
    recordReservation: assign(forEvent('FUNDS_RESERVED', recordReservation)),
    recordFundsRefusal: assign(forEvent('FUNDS_REFUSED', recordFundsRefusal)),
    recordAgreement: assign(forEvent('CONFIRM_AGREEMENT', recordAgreement)),
    recordDisbursement: assign(forEvent('DISBURSE_TRANCHE', recordDisbursement)),
    markReportUpcoming: assign(({ context }, { kind }: { kind: ReportKind }) =>
      context.reports[kind].status === 'pending' || context.reports[kind].status === 'submitted'
        ? markReport(context, kind, 'upcoming')
        : {},
    ),
    recordReminder: assign(({ context, event }) => recordReminder(context, kindOf(event), event.at)),
    recordOverdue: assign(({ context, event }) => recordOverdue(context, kindOf(event), event.at)),
    recordEscalation: assign(({ context, event }) => recordEscalation(context, kindOf(event), event.at)),
    recordReportSubmission: assign(forEvent('SUBMIT_REPORT', recordReportSubmission)),
    recordReportReturn: assign(forEvent('RETURN_REPORT', recordReportReturn)),
    recordReportAcceptance: assign(forEvent('ACCEPT_REPORT', recordReportAcceptance)),
    recordSuspension: assign(forEvent('SUSPEND', recordSuspension)),
    recordResumption: assign(forEvent('RESUME', recordResumption)),
    recordClosure: assign(({ context, event }) => recordClosure(context, event.at)),
  },
  guards: grantGuards,
});

/** One report's life: due with a reminder before, overdue with escalation after, reviewed by staff. */
function reportStates(kind: ReportKind, onAccepted: string) {
  return machineSetup.createStateConfig({
    initial: 'upcoming',
    states: {
      upcoming: {
        entry: [
          { type: 'markReportUpcoming', params: { kind } },
          enqueueActions(({ context, enqueue }) => {
            const report = context.reports[kind];
            if (!report.dueAt) return;
            if (!report.remindedAt) {
              enqueue({
                type: 'startTimer',
                params: {
                  name: reportTimer(kind, 'reminder'),
                  at: addDays(report.dueAt, -context.programme.reminderDaysBeforeDue),
                  event: { type: 'REPORT_REMINDER', data: { kind } },
                },
              });
            }
            enqueue({
              type: 'startTimer',
              params: { name: reportTimer(kind, 'due'), at: report.dueAt, event: { type: 'REPORT_DUE', data: { kind } } },
            });
          }),
        ],
        exit: [
          { type: 'cancelTimer', params: { name: reportTimer(kind, 'reminder') } },
          { type: 'cancelTimer', params: { name: reportTimer(kind, 'due') } },
        ],
        on: {
          SUBMIT_REPORT: {
            guard: { type: 'reportSubmittable', params: { kind } },
            target: 'submitted',
            actions: ['recordReportSubmission', { type: 'notify', params: ({ context }) => notice('grant.report-submitted', context, { roles: ['staff'] }, { kind }) }],
          },
          REPORT_REMINDER: {
            guard: { type: 'reminderNotYetSent', params: { kind } },
            actions: [
              'recordReminder',
              {
                type: 'notify',
                params: ({ context }) =>
                  notice('grant.report-due-soon', context, { owner: true }, { kind, dueAt: context.reports[kind].dueAt }),
              },
            ],
          },
          REPORT_DUE: {
            guard: { type: 'isReportEvent', params: { kind } },
            target: 'overdue',
            actions: [
              'recordOverdue',
              {
                type: 'notify',
                params: ({ context }) =>
                  notice('grant.report-overdue', context, { owner: true, roles: ['staff'] }, {
                    kind,
                    dueAt: context.reports[kind].dueAt,
                    escalationDueAt: context.reports[kind].escalationDueAt,
                  }),
              },
            ],
          },
        },
      },
      overdue: {
        entry: enqueueActions(({ context, enqueue }) => {
          const report = context.reports[kind];
          if (report.escalatedAt || !report.escalationDueAt) return;
          enqueue({
            type: 'startTimer',
            params: {
              name: reportTimer(kind, 'escalation'),
              at: report.escalationDueAt,
              event: { type: 'REPORT_ESCALATION', data: { kind } },
            },
          });
        }),
        exit: { type: 'cancelTimer', params: { name: reportTimer(kind, 'escalation') } },
        on: {
          SUBMIT_REPORT: {
            guard: { type: 'reportSubmittable', params: { kind } },
            target: 'submitted',
            actions: ['recordReportSubmission', { type: 'notify', params: ({ context }) => notice('grant.report-submitted', context, { roles: ['staff'] }, { kind, late: true }) }],
          },
          REPORT_ESCALATION: {
            guard: { type: 'notYetEscalated', params: { kind } },
            actions: [
              'recordEscalation',
              { type: 'startInstance', params: ({ context }) => reportOverdueReviewParams(context, kind) },
              {
                type: 'notify',
                params: ({ context }) =>
                  notice('grant.report-escalated', context, { owner: true, roles: ['staff', 'supervisor'] }, { kind }),
              },
            ],
          },
        },
      },
      submitted: {
        on: {
          ACCEPT_REPORT: {
            guard: { type: 'isReportEvent', params: { kind } },
            target: onAccepted,
            actions: [
              'recordReportAcceptance',
              { type: 'notify', params: ({ context }) => notice('grant.report-accepted', context, { owner: true }, { kind }) },
            ],
          },
          RETURN_REPORT: [
            {
              guard: { type: 'returnedPastDue', params: { kind } },
              target: 'overdue',
              actions: ['recordReportReturn', 'recordOverdue', { type: 'notify', params: ({ context, event }) => notice('grant.report-returned', context, { owner: true }, { kind, reason: event.type === 'RETURN_REPORT' ? event.data.reason : null, overdue: true }) }],
            },
            {
              guard: { type: 'isReportEvent', params: { kind } },
              target: 'upcoming',
              actions: ['recordReportReturn', { type: 'notify', params: ({ context, event }) => notice('grant.report-returned', context, { owner: true }, { kind, reason: event.type === 'RETURN_REPORT' ? event.data.reason : null, overdue: false }) }],
            },
          ],
        },
      },
    },
  });
}

/**
 * Grant approval (资助审批): application → screening → review → director or council decision → funds
 * reserved → agreement → tranches and reports → closed. Pure: time comes from each event's `at`, every side
 * effect is a named action the runtime makes durable.
 */
export const grantApprovalMachine = machineSetup.createMachine({
  id: 'grant',
  initial: 'draft',
  context: ({ input }) => initialContext(input),
  states: {
    draft: {
      on: {
        UPDATE_DRAFT: { guard: 'draftUpdateAcceptable', actions: 'updateDraft' },
        SUBMIT: {
          guard: 'applicationSubmittable',
          target: 'screening',
          actions: ['recordSubmission', { type: 'notify', params: ({ context }) => notice('grant.submitted', context, { roles: ['staff'] }) }],
        },
        WITHDRAW: { target: 'withdrawn', actions: 'recordWithdrawal' },
      },
    },
    screening: {
      on: {
        ACCEPT: {
          guard: 'reviewersValid',
          target: 'review',
          actions: [
            'assignReviewers',
            { type: 'notify', params: ({ context }) => notice('grant.review-assigned', context, { userIds: context.reviewerIds }) },
          ],
        },
        REQUEST_CHANGES: {
          target: 'changesRequested',
          actions: [
            'recordChangeRequest',
            {
              type: 'notify',
              params: ({ context }) =>
                notice('grant.changes-requested', context, { owner: true }, { items: context.changeRequests.at(-1)?.items ?? [] }),
            },
          ],
        },
        REJECT: {
          target: 'rejected',
          actions: ['recordRejection', { type: 'notify', params: ({ context }) => notice('grant.rejected', context, { owner: true }, { reason: context.outcome?.reason }) }],
        },
        WITHDRAW: {
          target: 'withdrawn',
          actions: ['recordWithdrawal', { type: 'notify', params: ({ context }) => notice('grant.withdrawn', context, { roles: ['staff'] }) }],
        },
      },
    },
    changesRequested: {
      on: {
        UPDATE_DRAFT: { guard: 'draftUpdateAcceptable', actions: 'updateDraft' },
        RESUBMIT: {
          guard: 'resubmissionAcceptable',
          target: 'screening',
          actions: ['applyResubmission', { type: 'notify', params: ({ context }) => notice('grant.resubmitted', context, { roles: ['staff'] }) }],
        },
        WITHDRAW: {
          target: 'withdrawn',
          actions: ['recordWithdrawal', { type: 'notify', params: ({ context }) => notice('grant.withdrawn', context, { roles: ['staff'] }) }],
        },
      },
    },
    review: {
      on: {
        SCORE: [
          { guard: 'scoreCompletesReview', target: 'decision', actions: 'recordScore' },
          { guard: 'canScore', actions: 'recordScore' },
        ],
        WITHDRAW: {
          target: 'withdrawn',
          actions: [
            'recordWithdrawal',
            { type: 'notify', params: ({ context }) => notice('grant.withdrawn', context, { roles: ['staff'], userIds: context.reviewerIds }) },
          ],
        },
      },
    },
    decision: {
      initial: 'routing',
      on: {
        WITHDRAW: {
          target: 'withdrawn',
          actions: ['recordWithdrawal', { type: 'notify', params: ({ context }) => notice('grant.withdrawn', context, { roles: ['staff'] }) }],
        },
      },
      states: {
        // Transient: the amount picks the track.
        routing: {
          always: [{ guard: 'isSmallAmount', target: 'director' }, { target: 'council' }],
        },
        director: {
          entry: [
            'openDirectorTrack',
            {
              type: 'startTimer',
              params: ({ context }) => ({
                name: DIRECTOR_SLA_TIMER,
                at: context.directorSlaDueAt ?? '',
                event: { type: 'DIRECTOR_SLA_BREACHED' },
              }),
            },
            {
              type: 'notify',
              params: ({ context }) => notice('grant.decision-due', context, { roles: ['director'] }, { dueAt: context.directorSlaDueAt }),
            },
          ],
          exit: { type: 'cancelTimer', params: { name: DIRECTOR_SLA_TIMER } },
          on: {
            APPROVE: { guard: 'directorMayDecide', target: '#grant.reserving', actions: 'recordDirectorApproval' },
            DECLINE: {
              guard: 'directorMayDecide',
              target: '#grant.declined',
              actions: ['recordDirectorDecline', { type: 'notify', params: ({ context }) => notice('grant.declined', context, { owner: true }, { reason: context.outcome?.reason }) }],
            },
            DIRECTOR_SLA_BREACHED: {
              guard: 'directorSlaNotYetBreached',
              actions: [
                'recordSlaBreach',
                {
                  type: 'notify',
                  params: ({ context }) =>
                    notice('grant.director-sla-breached', context, { roles: ['director', 'staff'] }, { dueAt: context.directorSlaDueAt }),
                },
              ],
            },
          },
        },
        council: {
          initial: 'voting',
          entry: 'openMinutes',
          states: {
            voting: {
              entry: [
                'openVotingSession',
                {
                  type: 'notify',
                  params: ({ context }) => {
                    const minutes = context.minutes;
                    const done = new Set([
                      ...(minutes?.votes.map((vote) => vote.memberId) ?? []),
                      ...(minutes?.recusals.map((recusal) => recusal.memberId) ?? []),
                    ]);
                    return notice('grant.votes-due', context, {
                      userIds: context.council.memberIds.filter((id) => !done.has(id)),
                    });
                  },
                },
              ],
              on: {
                VOTE: [
                  { guard: 'voteClosesBallot', target: 'tally', actions: ['recordVote', 'closeVotingAutomatically'] },
                  { guard: 'canVote', actions: 'recordVote' },
                ],
                RECUSE: [
                  { guard: 'recusalClosesBallot', target: 'tally', actions: ['recordRecusal', 'closeVotingAutomatically'] },
                  { guard: 'canRecuse', actions: 'recordRecusal' },
                ],
                CLOSE_VOTING: { target: 'tally', actions: 'closeVotingByStaff' },
              },
            },
            // Transient: counts the closed session and moves on.
            tally: {
              entry: 'tallyCouncil',
              always: [
                { guard: 'councilApproved', target: '#grant.reserving' },
                {
                  guard: 'councilQuorumReached',
                  target: '#grant.declined',
                  actions: [
                    'recordCouncilDecline',
                    { type: 'notify', params: ({ context }) => notice('grant.declined', context, { owner: true }, { reason: context.outcome?.reason }) },
                  ],
                },
                {
                  // Too many members recused for any later session to reach the quorum: the director decides,
                  // and the whole council is told (docs/council-quorum.md).
                  guard: 'quorumOutOfReach',
                  target: '#grant.decision.director',
                  actions: {
                    type: 'notify',
                    params: ({ context }) =>
                      notice(
                        'grant.council-referred',
                        context,
                        { roles: ['staff', 'director'], userIds: context.council.memberIds },
                        { result: context.minutes?.results.at(-1) },
                      ),
                  },
                },
                { target: 'noQuorum' },
              ],
            },
            noQuorum: {
              entry: {
                type: 'notify',
                params: ({ context }) =>
                  notice('grant.council-no-quorum', context, { roles: ['staff'] }, { result: context.minutes?.results.at(-1) }),
              },
              on: { REOPEN_VOTING: { target: 'voting' } },
            },
          },
        },
      },
    },
    reserving: {
      entry: [
        'recordApproval',
        { type: 'reserveFunds', params: ({ context }) => reserveFundsParams(context) },
        enqueueActions(({ context, enqueue, check }) => {
          if (!check('raisesLargeGrantReview')) return;
          enqueue('recordRiskReview');
          enqueue({ type: 'startInstance', params: largeGrantReviewParams(context) });
        }),
      ],
      on: {
        FUNDS_RESERVED: {
          target: 'granted',
          actions: [
            'recordReservation',
            { type: 'notify', params: ({ context }) => notice('grant.approved', context, { owner: true }, { tranches: context.tranches }) },
          ],
        },
        FUNDS_REFUSED: {
          target: 'notApproved',
          actions: [
            'recordFundsRefusal',
            {
              type: 'notify',
              params: ({ context }) =>
                notice('grant.not-approved', context, { owner: true, roles: ['staff'] }, { reason: context.outcome?.reason }),
            },
          ],
        },
      },
    },
    granted: {
      initial: 'agreement',
      on: {
        SUSPEND: {
          target: 'suspended',
          actions: [
            'recordSuspension',
            {
              type: 'notify',
              params: ({ context }) =>
                notice('grant.suspended', context, { owner: true, roles: ['staff'] }, { reason: context.suspensions.at(-1)?.reason }),
            },
          ],
        },
      },
      states: {
        agreement: {
          on: {
            CONFIRM_AGREEMENT: {
              target: 'delivery',
              actions: [
                'recordAgreement',
                { type: 'notify', params: ({ context }) => notice('grant.agreement-confirmed', context, { roles: ['staff'] }, { tranches: context.tranches }) },
              ],
            },
          },
        },
        delivery: {
          type: 'parallel',
          states: {
            disbursement: {
              initial: 'awaitingTranche',
              states: {
                awaitingTranche: {
                  on: {
                    DISBURSE_TRANCHE: [
                      {
                        guard: 'disbursesLastTranche',
                        target: 'complete',
                        actions: ['recordDisbursement', { type: 'disburseFunds', params: ({ context }) => disburseFundsParams(context) }, {
                          type: 'notify',
                          params: ({ context }) => notice('grant.tranche-disbursed', context, { owner: true }, { ...disburseFundsParams(context) }),
                        }],
                      },
                      {
                        guard: 'canDisburseTranche',
                        actions: ['recordDisbursement', { type: 'disburseFunds', params: ({ context }) => disburseFundsParams(context) }, {
                          type: 'notify',
                          params: ({ context }) => notice('grant.tranche-disbursed', context, { owner: true }, { ...disburseFundsParams(context) }),
                        }],
                      },
                    ],
                  },
                },
                complete: { type: 'final' },
              },
            },
            reports: {
              initial: 'midterm',
              states: {
                midterm: reportStates('midterm', '#grant.granted.delivery.reports.final'),
                final: reportStates('final', '#grant.closed'),
              },
            },
          },
        },
        history: { type: 'history', history: 'deep' },
      },
    },
    suspended: {
      tags: ['suspended'],
      on: {
        RESUME: {
          target: 'granted.history',
          actions: [
            'recordResumption',
            { type: 'notify', params: ({ context }) => notice('grant.resumed', context, { owner: true, roles: ['staff'] }) },
          ],
        },
      },
    },
    closed: {
      type: 'final',
      entry: [
        'recordClosure',
        enqueueActions(({ context, enqueue }) => {
          if (unreleasedAmount(context) > 0) enqueue({ type: 'releaseFunds', params: releaseFundsParams(context) });
        }),
        { type: 'notify', params: ({ context }) => notice('grant.closed', context, { owner: true, roles: ['staff'] }, { disbursed: context.disbursed, released: context.closure?.released ?? 0 }) },
      ],
    },
    rejected: { type: 'final' },
    declined: { type: 'final' },
    notApproved: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});
