import type { InstanceRow, Role, ViewCaller } from '@yilin/contracts';

import type { GrantContext } from './grant-approval.types';

const holds = (caller: ViewCaller, ...roles: Role[]): boolean =>
  caller.system || caller.roles.some((role) => roles.includes(role));

// The application is its applicant's and the secretariat's while a draft; once submitted its title,
// organisation and amount are what every reader of the grant (and, once approved, the public) sees.
const readsApplication = (context: GrantContext, caller: ViewCaller): boolean =>
  caller.isOwner || holds(caller, 'staff') || context.submittedAt !== null;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** A grant in a list: the project, the organisation applying, the amount asked for. */
export function grantRow(context: GrantContext, caller: ViewCaller): InstanceRow {
  if (!readsApplication(context, caller)) return {};
  const { title, organisation, amount } = context.application;
  return {
    subject: text(title),
    applicant: text(organisation),
    amount: typeof amount === 'number' ? amount : undefined,
  };
}

/** A grant is found by its project title and the organisation applying. */
export function grantSearchKeys(context: GrantContext, caller: ViewCaller): string[] {
  if (!readsApplication(context, caller)) return [];
  return [context.application.title, context.application.organisation].flatMap((value) => text(value) ?? []);
}
