import type { SignalParams, StartInstanceParams } from '@yilin/contracts';

import type { WorkflowRuntime } from '../engine/workflow-runtime';
import { SYSTEM_ACTOR } from '../engine/system-actor';
import type { OutboxHandler } from './outbox-processor';

/**
 * Handlers for links between workflows. The outbox id doubles as the idempotency key, so a message
 * delivered twice changes its target once.
 */
export function linkHandlers(runtime: WorkflowRuntime): { signal: OutboxHandler<SignalParams>; startInstance: OutboxHandler<StartInstanceParams> } {
  return {
    signal: async (message, { instanceId, event }) => {
      await runtime.send({
        instanceId,
        type: event.type,
        data: event.data ?? {},
        actor: SYSTEM_ACTOR,
        idempotencyKey: `outbox:${message.id}`,
      });
    },
    startInstance: async (message, { workflow, data }) => {
      await runtime.start({
        workflow,
        data,
        actor: SYSTEM_ACTOR,
        byMachine: true,
        idempotencyKey: `outbox:${message.id}`,
      });
    },
  };
}
