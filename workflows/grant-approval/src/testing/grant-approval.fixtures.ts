import { type AnyStateNode, type SnapshotFrom, initialTransition, transition } from 'xstate';

import type { EventActor, Role } from '@yilin/contracts';

import { grantApprovalMachine } from '../grant-approval.machine';
import type {
  CouncilConfig,
  GrantEvent,
  GrantEventData,
  GrantEventType,
  GrantInput,
  ProgrammeConfig,
} from '../grant-approval.types';

// People, configuration and event builders shared by this workflow's specs.

export const person = (id: string, ...roles: Role[]): EventActor => ({ id, username: id, roles });

export const people = {
  alice: person('alice', 'applicant'),
  sam: person('sam', 'staff'),
  rita: person('rita', 'reviewer'),
  ravi: person('ravi', 'reviewer'),
  dora: person('dora', 'director'),
  c1: person('c1', 'council'),
  c2: person('c2', 'council'),
  c3: person('c3', 'council'),
  vera: person('vera', 'supervisor'),
  system: { id: 'system', username: 'system', roles: [], system: true } as EventActor,
};

export const T0 = '2026-03-02T01:00:00.000Z';

export const programme: ProgrammeConfig = {
  id: 'venture-2026',
  fundId: 'fund-special',
  title: '2026 公益创投',
  maxAmount: 10_000_000,
  smallAmountLimit: 2_000_000,
  trancheSplit: [60, 40],
  reportDueDays: { midterm: 90, final: 180 },
  reminderDaysBeforeDue: 7,
  overdueEscalationDays: 14,
  directorSlaHours: 72,
  reviewersRequired: 2,
  reviewAboveAmount: 8_000_000,
};

export const council: CouncilConfig = { memberIds: ['c1', 'c2', 'c3'] };

export function grantInput(
  overrides: { amount?: number; programme?: Partial<ProgrammeConfig>; council?: CouncilConfig } = {},
): GrantInput {
  return {
    instanceId: 'grant-1',
    actor: people.alice,
    at: T0,
    data: {
      title: '社区长者食堂',
      organisation: '玉林社区居委会',
      amount: overrides.amount ?? 1_000_001,
      summary: '为高龄独居老人提供午餐',
      programmeId: programme.id,
      programme: { ...programme, ...overrides.programme },
      council: overrides.council ?? council,
    },
  };
}

export function ev<T extends GrantEventType>(
  type: T,
  data: GrantEventData[T],
  actor: EventActor,
  at: string = T0,
): GrantEvent {
  // The mapped union cannot be rebuilt from a generic key; the arguments are typed per event above.
  return { type, data, actor, at } as unknown as GrantEvent;
}

export type GrantSnapshot = SnapshotFrom<typeof grantApprovalMachine>;
export type EmittedAction = { type: string; params?: unknown };

export const start = (input: GrantInput = grantInput()) => initialTransition(grantApprovalMachine, input);

/** Sends events in order; fails loudly when one is not accepted, the way the runtime would answer 409. */
export function run(snapshot: GrantSnapshot, ...events: GrantEvent[]) {
  let current = snapshot;
  let actions: EmittedAction[] = [];
  for (const event of events) {
    const [next, emitted] = transition(grantApprovalMachine, current, event);
    if (next === current) {
      throw new Error(`${event.type} was not accepted in ${JSON.stringify(current.value)}`);
    }
    current = next;
    actions = emitted as EmittedAction[];
  }
  return { snapshot: current, actions };
}

/** Every state node below the root. */
export function allStateNodes(): AnyStateNode[] {
  const nodes: AnyStateNode[] = [];
  const visit = (node: AnyStateNode) => {
    Object.values(node.states).forEach((child) => {
      nodes.push(child);
      visit(child);
    });
  };
  visit(grantApprovalMachine.root);
  return nodes;
}

export const allStatePaths = () => allStateNodes().map((node) => node.path.join('.'));
