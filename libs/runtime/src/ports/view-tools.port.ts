import type { AuditRecord, InstanceRecord } from './records';
import type { EventActor, ViewTools } from '@yilin/contracts';

export interface ViewToolsRequest {
  instances: readonly InstanceRecord[];
  actor: EventActor;
  /** History entries about to be projected: their actors are named too. */
  audit?: readonly AuditRecord[];
}

/**
 * What projecting instances for a caller needs from outside the runtime: the form bound to each step with its
 * disclosure, and people's display names. Loaded once per request, then used synchronously by the views.
 */
export interface ViewToolsSource {
  load(request: ViewToolsRequest): Promise<(instance: InstanceRecord) => ViewTools>;
}

/** Without forms or a directory: insiders see what was submitted, others nothing; people by role only. */
export const formlessViewTools: ViewToolsSource = {
  load: async () => () => ({
    disclose: (_step, data, insider) => ({ form: null, values: insider ? { ...data } : {} }),
    person: (_userId, role) => ({ role, name: null }),
  }),
};
