import type { EventActor } from '@yilin/contracts';

/** The engine itself, when it fires timers and delivers links between workflows. */
export const SYSTEM_ACTOR: EventActor = { id: 'system', username: 'system', roles: [], system: true };
