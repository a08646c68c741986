import { Inject, Injectable } from '@nestjs/common';

import type { EventActor } from '@yilin/contracts';
import { type Clock, WorkflowRuntime } from '@yilin/runtime';
import {
  registrationClock,
  restartedClock,
  workingDaysLeft,
} from '@yilin/workflow-enterprise-registration';
import { CLOCK } from '@engine/config/engine-config';

import type { RegistrationDeadlineDto } from './registration-settings.dto';
import { RegistrationSettingsService } from './registration-settings.service';

/** The green channel's promise as the founder sees it today, with holidays published since the filing. */
@Injectable()
export class RegistrationDeadlineService {
  constructor(
    private readonly runtime: WorkflowRuntime,
    private readonly settings: RegistrationSettingsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async deadlineOf(instanceId: string, actor: EventActor): Promise<RegistrationDeadlineDto> {
    // Not found unless the caller may see it and it is a filing.
    const context = await this.runtime.select(instanceId, actor, registrationClock);
    const { calendar } = await this.settings.configForNewFiling();
    const running = context.clockStartedAt !== null;
    return {
      instanceId,
      deadlineWorkingDays: context.config.deadlineWorkingDays,
      deadlineAt: running && context.clockStartedAt ? restartedClock(context, context.clockStartedAt, calendar).deadlineAt : null,
      workingDaysLeft: workingDaysLeft(context, this.clock.now().toISOString(), calendar),
      clockStopped: !running,
      breached: context.deadlineBreached,
    };
  }
}
