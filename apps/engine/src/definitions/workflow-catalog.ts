import type { RuntimeDefinition } from '@yilin/runtime';

/** Every workflow the engine runs, each at every deployed version. */
export const WORKFLOW_CATALOG: RuntimeDefinition[] = [];
