import { and, assertEvent, assign, enqueueActions, or, setup } from 'xstate';

import type { NotifyParams, StartInstanceParams, StartTimerParams } from '@yilin/contracts';
import { effectActions } from '@yilin/workflow-common';

import {
  areValidAddresses,
  hasText,
  isFounder,
  isFounderSide,
  isIndependentOfFiling,
  isNewName,
  isNonEmptyList,
  isOneTimeNotice,
  isWellFormedApplication,
  mayCertify,
  missingMaterials,
} from './enterprise-registration.guards';
import type {
  RegistrationAddress,
  RegistrationContext,
  RegistrationEvent,
  RegistrationInput,
} from './enterprise-registration.types';
import { isDeadlinePassed, restartedClock, stoppedClock } from './registration-deadline.util';

export const ENTERPRISE_REGISTRATION_KEY = 'enterprise-registration';
export const DEADLINE_TIMER = 'deadline';
export const DEADLINE_REVIEW_RULE = 'green-channel-deadline';

/** Custom effects the engine performs through its outbox and answers with system events. */
export interface CheckNameParams {
  instanceId: string;
  name: string;
}
export interface CheckAddressesParams {
  instanceId: string;
  addresses: RegistrationAddress[];
}
export interface IssueLicenceParams {
  instanceId: string;
  name: string;
  addresses: RegistrationAddress[];
}
export interface ReferToIncubationParams {
  instanceId: string;
  name: string;
  registrationNo: string;
}

// Entry actions of the first state see `xstate.init`, which carries no `at`: the filing time stands in.
function eventAt(context: RegistrationContext, event: { at?: unknown }): string {
  return typeof event.at === 'string' ? event.at : context.filedAt;
}

function founderSide(context: RegistrationContext): NotifyParams['to'] {
  return { userIds: context.filedByStaffId ? [context.founderUserId, context.filedByStaffId] : [context.founderUserId] };
}

function deadlineTimer(deadlineAt: string): StartTimerParams {
  return { name: DEADLINE_TIMER, at: deadlineAt, event: { type: 'DEADLINE_BREACHED' } };
}

function breachNotice(context: RegistrationContext): NotifyParams {
  return {
    template: 'enterprise-registration.deadline-breached',
    to: { roles: ['supervisor', 'staff'] },
    data: {
      instanceId: context.instanceId,
      enterpriseName: context.filing.enterpriseName,
      deadlineAt: context.deadlineAt,
      deadlineWorkingDays: context.config.deadlineWorkingDays,
    },
  };
}

function breachReview(context: RegistrationContext): StartInstanceParams {
  return {
    workflow: 'supervisory-review',
    data: {
      source: 'risk-rule',
      rule: DEADLINE_REVIEW_RULE,
      category: 'green-channel',
      description:
        `绿色通道登记超过承诺时限（${context.config.deadlineWorkingDays}个工作日）：${context.filing.enterpriseName}` +
        ` / Green-channel registration past its ${context.config.deadlineWorkingDays}-working-day deadline`,
      subject: {
        workflow: ENTERPRISE_REGISTRATION_KEY,
        instanceId: context.instanceId,
        ownerId: context.founderUserId,
      },
      deadlineAt: context.deadlineAt,
    },
  };
}

function initialContext({ instanceId, data, actor, at }: RegistrationInput): RegistrationContext {
  if (!data.config) throw new Error('enterprise-registration needs data.config injected by the engine');
  const { config, onBehalfOf, ...filing } = data;
  // Only the registration window files for someone else; anyone else filing is the founder.
  const byStaff = Boolean(onBehalfOf?.founderUserId) && actor.roles.includes('staff');
  const founderUserId = byStaff && onBehalfOf ? onBehalfOf.founderUserId : actor.id;
  return {
    instanceId,
    filing: { ...filing, addresses: [...filing.addresses], materials: [...filing.materials] },
    config,
    founderUserId,
    participants: [founderUserId],
    filedBy: byStaff ? 'staff' : 'founder',
    filedByStaffId: byStaff ? actor.id : null,
    filedAt: at,
    confirmedAt: byStaff ? null : at,
    notices: [],
    nameConflicts: [],
    addressShares: [],
    addressProblems: [],
    clockStartedAt: null,
    workingDaysUsed: 0,
    deadlineAt: null,
    deadlineBreached: false,
    decision: null,
    registrationNo: null,
    registeredAt: null,
    certification: null,
    certificationHistory: [],
  };
}

const withdraw = {
  guard: 'isFounderSide',
  target: '#enterpriseRegistration.withdrawn',
  actions: 'recordWithdrawal',
} as const;
const refuse = {
  guard: 'isIndependentStaffWithReason',
  target: '#enterpriseRegistration.refused',
  actions: 'recordRefusal',
} as const;

export const enterpriseRegistrationMachine = setup({
  types: {
    context: {} as RegistrationContext,
    events: {} as RegistrationEvent,
    input: {} as RegistrationInput,
  },
  guards: {
    isStaffFiling: ({ context }) => context.filedBy === 'staff',
    isFounder: ({ context, event }) => isFounder(context, event.actor),
    isFounderSide: ({ context, event }) => isFounderSide(context, event.actor),
    isStaff: ({ event }) => event.actor.roles.includes('staff'),
    isIndependentStaff: ({ context, event }) =>
      event.actor.roles.includes('staff') && isIndependentOfFiling(context, event.actor),
    isIndependentStaffWithReason: ({ context, event }) =>
      event.actor.roles.includes('staff') &&
      isIndependentOfFiling(context, event.actor) &&
      hasText((event.data as { reason?: unknown }).reason),
    hasAllRequiredMaterials: ({ context }) => missingMaterials(context.filing.materials, context.config).length === 0,
    isOneTimeNotice: ({ context, event }) =>
      event.type === 'NOTIFY_MISSING' && isOneTimeNotice(context, event.data.items),
    suppliesMaterials: ({ event }) => event.type === 'SUPPLY_MATERIALS' && isNonEmptyList(event.data.materials),
    isNewName: ({ context, event }) => event.type === 'RENAME' && isNewName(context, event.data.name),
    hasValidAddresses: ({ event }) => event.type === 'AMEND_ADDRESSES' && areValidAddresses(event.data.addresses),
    hasRegistrationNo: ({ event }) => event.type === 'LICENCE_ISSUED' && hasText(event.data.registrationNo),
    deadlinePassed: ({ context, event }) => isDeadlinePassed(context, event.at),
    isWellFormedApplication: ({ event }) =>
      event.type === 'APPLY_CERTIFICATION' && isWellFormedApplication(event.data),
    mayCertify: ({ context }) => mayCertify(context),
    hasReason: ({ event }) => hasText((event.data as { reason?: unknown }).reason),
  },
  actions: {
    ...effectActions,
    checkName: (_: unknown, _params: CheckNameParams) => undefined,
    checkAddresses: (_: unknown, _params: CheckAddressesParams) => undefined,
    issueLicence: (_: unknown, _params: IssueLicenceParams) => undefined,
    referToIncubation: (_: unknown, _params: ReferToIncubationParams) => undefined,

    startClock: enqueueActions(({ context, event, enqueue }) => {
      const clock = restartedClock(context, eventAt(context, event), context.config.calendar);
      enqueue.assign(clock);
      if (!context.deadlineBreached && clock.deadlineAt) {
        enqueue({ type: 'startTimer', params: deadlineTimer(clock.deadlineAt) });
      }
    }),
    // A breach the timer has not reported yet (it falls due in the same instant) is flagged on the way out.
    stopClock: enqueueActions(({ context, event, enqueue }) => {
      if (context.clockStartedAt === null) return;
      const at = eventAt(context, event);
      if (isDeadlinePassed(context, at)) {
        enqueue.assign({ deadlineBreached: true });
        enqueue({ type: 'notify', params: breachNotice(context) });
        enqueue({ type: 'startInstance', params: breachReview(context) });
      }
      enqueue.assign(stoppedClock(context, at, context.config.calendar));
      enqueue({ type: 'cancelTimer', params: { name: DEADLINE_TIMER } });
    }),
    flagBreach: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ deadlineBreached: true });
      enqueue({ type: 'notify', params: breachNotice(context) });
      enqueue({ type: 'startInstance', params: breachReview(context) });
    }),

    recordConfirmation: assign({ confirmedAt: ({ event }) => event.at }),
    recordNotice: assign({
      notices: ({ context, event }) => {
        assertEvent(event, 'NOTIFY_MISSING');
        return [
          ...context.notices,
          { items: [...event.data.items], note: event.data.note, by: event.actor.id, at: event.at },
        ];
      },
    }),
    recordSupply: assign({
      filing: ({ context, event }) => {
        assertEvent(event, 'SUPPLY_MATERIALS');
        const materials = [...new Set([...context.filing.materials, ...event.data.materials])];
        return { ...context.filing, materials };
      },
    }),
    recordNameConflicts: assign({
      nameConflicts: ({ event }) => {
        assertEvent(event, 'NAME_TAKEN');
        return [...(event.data.conflicts ?? [])];
      },
    }),
    rename: assign({
      filing: ({ context, event }) => {
        assertEvent(event, 'RENAME');
        return { ...context.filing, enterpriseName: event.data.name.trim() };
      },
      nameConflicts: [],
    }),
    recordAddressShares: assign({
      addressShares: ({ event }) => {
        assertEvent(event, 'ADDRESSES_CLEARED');
        return [...(event.data.sharedWith ?? [])];
      },
      addressProblems: [],
    }),
    recordAddressProblems: assign({
      addressProblems: ({ event }) => {
        assertEvent(event, 'ADDRESSES_REFUSED');
        return [...(event.data.problems ?? [])];
      },
    }),
    amendAddresses: assign({
      filing: ({ context, event }) => {
        assertEvent(event, 'AMEND_ADDRESSES');
        return { ...context.filing, addresses: [...event.data.addresses] };
      },
    }),
    recordApproval: assign({
      decision: ({ event }) => ({ outcome: 'approved' as const, by: event.actor.id, at: event.at }),
    }),
    recordRefusal: assign({
      decision: ({ event }) => {
        assertEvent(event, 'REFUSE');
        return { outcome: 'refused' as const, reason: event.data.reason, by: event.actor.id, at: event.at };
      },
    }),
    recordWithdrawal: assign({
      decision: ({ event }) => {
        assertEvent(event, 'WITHDRAW');
        return { outcome: 'withdrawn' as const, reason: event.data.reason, by: event.actor.id, at: event.at };
      },
    }),
    recordLicence: assign({
      registrationNo: ({ event }) => {
        assertEvent(event, 'LICENCE_ISSUED');
        return event.data.registrationNo;
      },
      registeredAt: ({ event }) => event.at,
    }),
    recordApplication: assign({
      certification: ({ event }) => {
        assertEvent(event, 'APPLY_CERTIFICATION');
        const { socialGoalFirst, profitReinvestedPercent, distributionPercent, statement } = event.data;
        return {
          application: { socialGoalFirst, profitReinvestedPercent, distributionPercent, statement },
          appliedAt: event.at,
          assessments: [],
          decision: null,
        };
      },
    }),
    // One assessment per assessor: a second one replaces the first.
    recordAssessment: assign({
      certification: ({ context, event }) => {
        assertEvent(event, 'ASSESS');
        if (!context.certification) return null;
        const others = context.certification.assessments.filter((entry) => entry.by !== event.actor.id);
        const assessment = {
          by: event.actor.id,
          meetsCriteria: event.data.meetsCriteria === true,
          comment: event.data.comment,
          at: event.at,
        };
        return { ...context.certification, assessments: [...others, assessment] };
      },
    }),
    recordCertified: assign({
      certification: ({ context, event }) =>
        context.certification && {
          ...context.certification,
          decision: { outcome: 'certified' as const, by: event.actor.id, at: event.at },
        },
    }),
    // A declined application is archived so the founder can apply again from `registered`.
    recordDeclined: assign(({ context, event }) => {
      assertEvent(event, 'DECLINE_CERTIFICATION');
      if (!context.certification) return {};
      const declined = {
        ...context.certification,
        decision: { outcome: 'declined' as const, reason: event.data.reason, by: event.actor.id, at: event.at },
      };
      return { certification: null, certificationHistory: [...context.certificationHistory, declined] };
    }),
  },
}).createMachine({
  id: 'enterpriseRegistration',
  context: ({ input }) => initialContext(input),
  initial: 'filed',
  states: {
    filed: {
      always: [{ guard: 'isStaffFiling', target: 'awaitingConfirmation' }, { target: 'processing' }],
    },
    awaitingConfirmation: {
      entry: {
        type: 'notify',
        params: ({ context }) => ({
          template: 'enterprise-registration.confirmation-requested',
          to: { userIds: [context.founderUserId] },
          data: { instanceId: context.instanceId, enterpriseName: context.filing.enterpriseName },
        }),
      },
      on: {
        CONFIRM: { guard: 'isFounder', target: 'processing', actions: 'recordConfirmation' },
        WITHDRAW: withdraw,
      },
    },
    processing: {
      entry: [
        'startClock',
        {
          type: 'notify',
          params: ({ context }) => ({
            template: 'enterprise-registration.filed',
            to: { roles: ['staff'] },
            data: { instanceId: context.instanceId, enterpriseName: context.filing.enterpriseName },
          }),
        },
      ],
      exit: 'stopClock',
      on: {
        DEADLINE_BREACHED: { guard: 'deadlinePassed', actions: 'flagBreach' },
      },
      initial: 'precheck',
      states: {
        precheck: {
          on: {
            COMPLETE: { guard: and(['isStaff', 'hasAllRequiredMaterials']), target: 'nameCheck' },
            NOTIFY_MISSING: { guard: and(['isStaff', 'isOneTimeNotice']), target: 'correction', actions: 'recordNotice' },
            REFUSE: refuse,
            WITHDRAW: withdraw,
          },
        },
        correction: {
          tags: ['clockStopped'],
          entry: [
            'stopClock',
            {
              type: 'notify',
              params: ({ context }) => ({
                template: 'enterprise-registration.materials-missing',
                to: founderSide(context),
                data: { instanceId: context.instanceId, items: context.notices[context.notices.length - 1]?.items ?? [] },
              }),
            },
          ],
          on: {
            SUPPLY_MATERIALS: {
              guard: and(['isFounderSide', 'suppliesMaterials']),
              target: 'precheck',
              actions: ['recordSupply', 'startClock'],
            },
            REFUSE: refuse,
            WITHDRAW: withdraw,
          },
        },
        nameCheck: {
          initial: 'checking',
          states: {
            checking: {
              entry: {
                type: 'checkName',
                params: ({ context }) => ({ instanceId: context.instanceId, name: context.filing.enterpriseName }),
              },
              on: {
                NAME_CLEARED: { target: '#enterpriseRegistration.processing.addressCheck' },
                NAME_TAKEN: { target: 'taken', actions: 'recordNameConflicts' },
              },
            },
            taken: {
              tags: ['clockStopped'],
              entry: [
                'stopClock',
                {
                  type: 'notify',
                  params: ({ context }) => ({
                    template: 'enterprise-registration.name-taken',
                    to: founderSide(context),
                    data: { instanceId: context.instanceId, conflicts: context.nameConflicts },
                  }),
                },
              ],
              on: {
                RENAME: { guard: and(['isFounderSide', 'isNewName']), target: 'checking', actions: ['rename', 'startClock'] },
                REFUSE: refuse,
                WITHDRAW: withdraw,
              },
            },
          },
        },
        addressCheck: {
          initial: 'checking',
          states: {
            checking: {
              entry: {
                type: 'checkAddresses',
                params: ({ context }) => ({ instanceId: context.instanceId, addresses: [...context.filing.addresses] }),
              },
              on: {
                ADDRESSES_CLEARED: {
                  target: '#enterpriseRegistration.processing.approval',
                  actions: 'recordAddressShares',
                },
                ADDRESSES_REFUSED: { target: 'refused', actions: 'recordAddressProblems' },
              },
            },
            refused: {
              tags: ['clockStopped'],
              entry: [
                'stopClock',
                {
                  type: 'notify',
                  params: ({ context }) => ({
                    template: 'enterprise-registration.addresses-refused',
                    to: founderSide(context),
                    data: { instanceId: context.instanceId, problems: context.addressProblems },
                  }),
                },
              ],
              on: {
                AMEND_ADDRESSES: {
                  guard: and(['isFounderSide', 'hasValidAddresses']),
                  target: 'checking',
                  actions: ['amendAddresses', 'startClock'],
                },
                REFUSE: refuse,
                WITHDRAW: withdraw,
              },
            },
          },
        },
        approval: {
          on: {
            APPROVE: { guard: 'isIndependentStaff', target: 'issuing', actions: 'recordApproval' },
            REFUSE: refuse,
            WITHDRAW: withdraw,
          },
        },
        issuing: {
          entry: {
            type: 'issueLicence',
            params: ({ context }) => ({
              instanceId: context.instanceId,
              name: context.filing.enterpriseName,
              addresses: [...context.filing.addresses],
            }),
          },
          on: {
            LICENCE_ISSUED: {
              guard: 'hasRegistrationNo',
              target: '#enterpriseRegistration.registered',
              actions: [
                'recordLicence',
                {
                  type: 'notify',
                  params: ({ context }) => ({
                    template: 'enterprise-registration.registered',
                    to: founderSide(context),
                    data: {
                      instanceId: context.instanceId,
                      enterpriseName: context.filing.enterpriseName,
                      registrationNo: context.registrationNo,
                    },
                  }),
                },
              ],
            },
            // Another filing may take the name between the check and the issue.
            NAME_TAKEN: { target: 'nameCheck.taken', actions: 'recordNameConflicts' },
          },
        },
      },
    },
    registered: {
      id: 'registered',
      on: {
        APPLY_CERTIFICATION: {
          guard: and(['isFounderSide', 'isWellFormedApplication']),
          target: 'certification',
          actions: 'recordApplication',
        },
        CLOSE: { guard: or(['isFounderSide', 'isStaff']), target: 'closed' },
      },
    },
    certification: {
      initial: 'committee',
      states: {
        committee: {
          entry: {
            type: 'notify',
            params: ({ context }) => ({
              template: 'enterprise-registration.certification-applied',
              to: { roles: ['staff', 'council'] },
              data: { instanceId: context.instanceId, enterpriseName: context.filing.enterpriseName },
            }),
          },
          on: {
            ASSESS: { actions: 'recordAssessment' },
            CERTIFY: { guard: 'mayCertify', target: '#enterpriseRegistration.certified', actions: 'recordCertified' },
            DECLINE_CERTIFICATION: {
              guard: 'hasReason',
              target: '#registered',
              actions: [
                'recordDeclined',
                {
                  type: 'notify',
                  params: ({ context }) => ({
                    template: 'enterprise-registration.certification-declined',
                    to: founderSide(context),
                    data: {
                      instanceId: context.instanceId,
                      reason: context.certificationHistory[context.certificationHistory.length - 1]?.decision?.reason,
                    },
                  }),
                },
              ],
            },
          },
        },
      },
    },
    certified: {
      type: 'final',
      entry: [
        {
          type: 'notify',
          params: ({ context }) => ({
            template: 'enterprise-registration.certified',
            to: { ...founderSide(context), roles: ['staff'] },
            data: {
              instanceId: context.instanceId,
              enterpriseName: context.filing.enterpriseName,
              registrationNo: context.registrationNo,
            },
          }),
        },
        {
          type: 'referToIncubation',
          params: ({ context }) => ({
            instanceId: context.instanceId,
            name: context.filing.enterpriseName,
            registrationNo: context.registrationNo ?? '',
          }),
        },
      ],
    },
    closed: { type: 'final' },
    refused: {
      type: 'final',
      entry: {
        type: 'notify',
        params: ({ context }) => ({
          template: 'enterprise-registration.refused',
          to: founderSide(context),
          data: { instanceId: context.instanceId, reason: context.decision?.reason },
        }),
      },
    },
    withdrawn: { type: 'final' },
  },
});

export type EnterpriseRegistrationMachine = typeof enterpriseRegistrationMachine;
