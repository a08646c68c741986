import type { AnyStateMachine } from 'xstate';

import type { WorkflowDefinition } from '@yilin/contracts';

export type RuntimeDefinition = WorkflowDefinition<AnyStateMachine>;
