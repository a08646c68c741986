import type { InstanceRow, ViewCaller } from '@yilin/contracts';

import type { RegistrationContext } from './enterprise-registration.types';

// The founder's name is personal data: the founder's side and the window read it, as in the filing itself.
const readsFounder = (caller: ViewCaller): boolean =>
  caller.system || caller.isOwner || caller.isParticipant || caller.roles.includes('staff');

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** A filing in a list: the enterprise, and its founder for those who may know them. */
export function registrationRow(context: RegistrationContext, caller: ViewCaller): InstanceRow {
  return {
    subject: text(context.filing.enterpriseName),
    applicant: readsFounder(caller) ? text(context.filing.founder?.name) : undefined,
  };
}

/** A filing is found by the enterprise's name and, once licensed, its registration number: both public. */
export function registrationSearchKeys(context: RegistrationContext): string[] {
  return [context.filing.enterpriseName, context.registrationNo].flatMap((value) => text(value) ?? []);
}
