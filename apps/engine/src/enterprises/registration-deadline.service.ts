import { Inject, Injectable } from '@nestjs/common';

import type { EventActor } from '@yilin/contracts';
import { type Clock, WorkflowRuntime } from '@yilin/runtime';
import { registrationClock, workingDaysLeft } from '@yilin/workflow-enterprise-registration';
import { CLOCK } from '@engine/config/engine-config';

import type { RegistrationDeadlineDto } from './registration-settings.dto';

/**
 * The green channel's promise as the founder sees it: the filing's own deadline, counted on the calendar it
 * was filed under — the same one its breach timer and its notices use. An admin's later calendar edit
 * applies to new filings, never to a promise already made (docs/working-calendar.md).
 */
@Injectable()
export class RegistrationDeadlineService {
  constructor(
    private readonly runtime: WorkflowRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async deadlineOf(instanceId: string, actor: EventActor): Promise<RegistrationDeadlineDto> {
    // Not found unless the caller may see it and it is a filing.
    const context = await this.runtime.select(instanceId, actor, registrationClock);
    const running = context.clockStartedAt !== null;
    return {
      instanceId,
      deadlineWorkingDays: context.config.deadlineWorkingDays,
      deadlineAt: running ? context.deadlineAt : null,
      workingDaysLeft: workingDaysLeft(context, this.clock.now().toISOString(), context.config.calendar),
      clockStopped: !running,
      breached: context.deadlineBreached,
    };
  }
}
