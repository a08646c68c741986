import { Injectable } from '@nestjs/common';

import type { SessionUser } from '@engine/auth/session-user';

/**
 * What a workflow's own module adds when someone starts an instance: trusted configuration (a
 * programme's limits, the council, a tracking code) that callers must not be able to supply themselves.
 */
export type StartPreparer = (
  data: Record<string, unknown>,
  user: SessionUser,
) => Promise<Record<string, unknown>>;

/** Domain modules register their preparers here when they start. */
@Injectable()
export class StartPreparations {
  private readonly preparers = new Map<string, StartPreparer>();

  register(workflow: string, preparer: StartPreparer): void {
    this.preparers.set(workflow, preparer);
  }

  async prepare(workflow: string, data: Record<string, unknown>, user: SessionUser): Promise<Record<string, unknown>> {
    const preparer = this.preparers.get(workflow);
    return preparer ? preparer(data, user) : {};
  }
}
