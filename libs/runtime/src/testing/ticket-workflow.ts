import { assign, setup } from 'xstate';

import type { MachineSelector, OpaqueView, WorkflowDefinition, WorkflowEvent, WorkflowInput, WorkflowView } from '@yilin/contracts';
import { addHours, effectActions, onData, refusalsOf } from '@yilin/workflow-common';

// A small workflow that exercises every runtime feature: guards, a durable timer, outbox effects, a
// suspended state with a history return, and two versions for migration tests.

interface TicketContext {
  subject: string;
  comments: number;
  openedBy: string;
  participants: string[];
  assignee: string | null;
  breached: boolean;
}

type TicketEvent = WorkflowEvent;

const title = (zh: string, en: string) => ({ zh, en });

const ticketRefusals = refusalsOf<{ context: TicketContext }, TicketEvent, 'ASSIGNEE_IS_OPENER'>({
  messages: { ASSIGNEE_IS_OPENER: title('不能指派给提单人', 'The opener cannot be the assignee') },
  rules: {
    ASSIGN: [onData('ASSIGNEE_IS_OPENER', (s, e) => e.data.assignee !== s.context.openedBy)],
  },
});

function ticketMachine(version: 1 | 2) {
  const workStateName = version === 1 ? 'assigned' : 'inProgress';
  return setup({
    types: { context: {} as TicketContext, events: {} as TicketEvent, input: {} as WorkflowInput },
    actions: { ...effectActions },
    guards: {
      assigneeIsNotTheOpener: ({ context, event }) => event.data.assignee !== context.openedBy,
    },
  }).createMachine({
    id: 'ticket',
    initial: 'live',
    context: ({ input }) => ({
      subject: String(input.data.subject ?? ''),
      comments: 0,
      openedBy: input.actor.id,
      participants: [],
      assignee: null,
      breached: false,
    }),
    states: {
      live: {
        initial: 'open',
        on: {
          COMMENT: { actions: assign({ comments: ({ context }) => context.comments + 1 }) },
          WATCH: {
            actions: assign({ participants: ({ context, event }) => [...context.participants, String(event.data.userId)] }),
          },
          HOLD: { target: 'onHold' },
        },
        states: {
          open: {
            on: {
              ASSIGN: {
                guard: 'assigneeIsNotTheOpener',
                target: workStateName,
                actions: assign({ assignee: ({ event }) => String(event.data.assignee) }),
              },
            },
          },
          [workStateName]: {
            entry: [
              {
                type: 'startTimer',
                params: ({ event }: { event: TicketEvent }) => ({
                  name: 'sla',
                  at: addHours(event.at, 1),
                  event: { type: 'SLA_BREACHED' },
                }),
              },
              {
                type: 'notify',
                params: ({ context }: { context: TicketContext }) => ({
                  template: 'ticket.assigned',
                  to: { userIds: context.assignee ? [context.assignee] : [] },
                }),
              },
            ],
            on: {
              RESOLVE: { target: '#ticket.resolved', actions: { type: 'cancelTimer', params: { name: 'sla' } } },
              SLA_BREACHED: {
                actions: [
                  assign({ breached: true }),
                  { type: 'notify', params: { template: 'ticket.sla-breached', to: { roles: ['supervisor'] } } },
                ],
              },
            },
          },
          history: { type: 'history', history: 'deep' },
        },
      },
      onHold: { tags: ['suspended'], on: { RELEASE: { target: 'live.history' } } },
      resolved: { type: 'final' },
    },
  });
}

/** What the runtime's tests read from a ticket, the way engine services read a machine. */
export const ticketFacts: MachineSelector<TicketContext, Pick<TicketContext, 'comments' | 'breached' | 'subject'>> = {
  workflow: 'ticket',
  select: ({ comments, breached, subject }) => ({ comments, breached, subject }),
};

// Staff and the ticket's owner read what was submitted; others only what a form would disclose.
const ticketView: WorkflowView<TicketContext, OpaqueView> = {
  instance: (context) => ({ workflow: 'opaque', headline: context.subject }),
  row: (context) => ({ subject: context.subject }),
  searchKeys: (context) => [context.subject],
  submission: (_step, submitterId, _context, caller) =>
    caller.system || caller.isOwner || submitterId === caller.id || caller.roles.includes('staff') ? 'insider' : 'outsider',
};

function ticketDefinition(version: 1 | 2): WorkflowDefinition<ReturnType<typeof ticketMachine>> {
  return {
    key: 'ticket',
    version,
    view: ticketView,
    title: title('工单', 'Ticket'),
    machine: ticketMachine(version),
    start: {
      by: ['applicant', 'staff'],
      schema: {
        type: 'object',
        required: ['subject'],
        properties: { subject: { type: 'string', minLength: 1, maxLength: 200 } },
      },
    },
    events: {
      COMMENT: {
        title: title('评论', 'Comment'),
        by: ['owner', 'participant', 'staff'],
        schema: {
          type: 'object',
          required: ['text'],
          properties: { text: { type: 'string', minLength: 1, maxLength: 2000 } },
        },
      },
      ASSIGN: {
        title: title('指派', 'Assign'),
        by: ['staff'],
        schema: { type: 'object', required: ['assignee'], properties: { assignee: { type: 'string' } } },
      },
      WATCH: {
        title: title('关注', 'Watch'),
        by: ['staff'],
        schema: { type: 'object', required: ['userId'], properties: { userId: { type: 'string' } } },
      },
      RESOLVE: { title: title('办结', 'Resolve'), by: ['staff'] },
      HOLD: { title: title('挂起', 'Hold'), by: ['supervisor'] },
      RELEASE: { title: title('恢复', 'Release'), by: ['supervisor'] },
      SLA_BREACHED: { title: title('超时', 'SLA breached'), by: [], system: true },
    },
    visibleTo: ['staff', 'supervisor'],
    refusals: ticketRefusals,
  };
}

export const ticketDefinitionV1 = ticketDefinition(1);
export const ticketDefinitionV2 = ticketDefinition(2);
