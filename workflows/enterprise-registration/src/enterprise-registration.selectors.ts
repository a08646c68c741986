import type { MachineSelector } from '@yilin/contracts';

import { ENTERPRISE_REGISTRATION_KEY } from './enterprise-registration.machine';
import type { RegistrationContext } from './enterprise-registration.types';
import type { ClockFields } from './registration-deadline.util';

// What the engine reads from a filing, typed here so a renamed context field breaks the build, not a page.

/** The green-channel clock as the machine keeps it, with the calendar the filing was made under. */
export const registrationClock: MachineSelector<
  RegistrationContext,
  ClockFields & { config: Pick<RegistrationContext['config'], 'deadlineWorkingDays' | 'calendar'> }
> = {
  workflow: ENTERPRISE_REGISTRATION_KEY,
  select: ({ clockStartedAt, workingDaysUsed, deadlineAt, deadlineBreached, config }) => ({
    clockStartedAt,
    workingDaysUsed,
    deadlineAt,
    deadlineBreached,
    config: { deadlineWorkingDays: config.deadlineWorkingDays, calendar: config.calendar },
  }),
};

/** The founder's user id: who answers for the filing, whoever filed it. */
export const registrationFounder: MachineSelector<RegistrationContext, string> = {
  workflow: ENTERPRISE_REGISTRATION_KEY,
  select: (context) => context.founderUserId,
};
