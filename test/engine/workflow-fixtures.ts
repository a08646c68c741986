import { setup } from 'xstate';

import type { WorkflowDefinition, WorkflowInput } from '@yilin/contracts';
import { ticketDefinitionV1, ticketDefinitionV2 } from '@yilin/runtime/testing';

/** A workflow whose only effect has no handler: its outbox message fails, visibly. */
const rocketMachine = setup({
  types: { input: {} as WorkflowInput },
  actions: { launchRocket: (_: unknown, _params: { to: string }) => undefined },
}).createMachine({
  id: 'rocket',
  initial: 'ready',
  states: {
    ready: { on: { LAUNCH: { target: 'launched', actions: { type: 'launchRocket', params: { to: 'moon' } } } } },
    launched: { type: 'final' },
  },
});

export const rocketDefinition: WorkflowDefinition<typeof rocketMachine> = {
  key: 'rocket',
  version: 1,
  title: { zh: '火箭', en: 'Rocket' },
  machine: rocketMachine,
  start: { by: ['staff'] },
  events: { LAUNCH: { title: { zh: '发射', en: 'Launch' }, by: ['staff'] } },
  visibleTo: ['staff'],
};

export const E2E_DEFINITIONS = [ticketDefinitionV1, rocketDefinition];
export { ticketDefinitionV1, ticketDefinitionV2 };
