import type { EventPolicy, LocalizedText, Role } from '@yilin/contracts';

import { RuntimeError } from '../errors/runtime.error';
import type { AssigneeCandidate } from '../ports/assignee-directory.port';
import type { InstanceRecord } from '../ports/records';

/** Why one named person cannot be assigned. */
export interface AssigneeRefusal {
  /** JSON Pointer into the event's data, e.g. `/reviewerIds/1`. */
  path: string;
  userId: string;
  username: string | null;
  reason: 'UNKNOWN_USER' | 'USER_DISABLED' | 'MISSING_ROLE' | 'IS_OWNER' | 'IS_PARTICIPANT';
  message: LocalizedText;
}

/** The ids named in `data` by the fields an event assigns, with where each stands. */
export function assigneeIds(policy: Pick<EventPolicy, 'assigns'> | undefined, data: Record<string, unknown>): Array<{ path: string; id: string }> {
  const named: Array<{ path: string; id: string }> = [];
  for (const field of Object.keys(policy?.assigns ?? {})) {
    const value = data[field];
    if (typeof value === 'string') named.push({ path: `/${field}`, id: value });
    else if (Array.isArray(value)) {
      value.forEach((id, i) => typeof id === 'string' && named.push({ path: `/${field}/${i}`, id }));
    }
  }
  return named;
}

/**
 * Refuses an event that assigns someone unknown, disabled, without the role the step needs, or on the
 * instance's own side (its owner, e.g. the applicant, or a participant, e.g. the subject of a review):
 * assigning them would hand them read access to someone else's file.
 */
export function refuseBadAssignees(
  policy: EventPolicy,
  instance: InstanceRecord,
  data: Record<string, unknown>,
  people: ReadonlyMap<string, AssigneeCandidate>,
): void {
  const refusals: AssigneeRefusal[] = [];
  for (const { path, id } of assigneeIds(policy, data)) {
    const field = path.split('/')[1];
    const role = policy.assigns?.[field] as Role;
    const person = people.get(id);
    const refusal = (reason: AssigneeRefusal['reason'], message: LocalizedText) =>
      refusals.push({ path, userId: id, username: person?.username ?? null, reason, message });
    const who = person?.username ?? id;
    if (!person) refusal('UNKNOWN_USER', { zh: `用户“${id}”不存在`, en: `There is no user "${id}"` });
    else if (person.disabled) refusal('USER_DISABLED', { zh: `用户“${who}”已停用`, en: `The user "${who}" is disabled` });
    else if (id === instance.ownerId) {
      refusal('IS_OWNER', { zh: `“${who}”是本事项的申请人，不能被指派`, en: `"${who}" filed this case and cannot be assigned to it` });
    } else if (instance.participants.includes(id)) {
      refusal('IS_PARTICIPANT', { zh: `“${who}”是本事项的当事方，不能被指派`, en: `"${who}" is a party to this case and cannot be assigned to it` });
    } else if (!person.roles.includes(role)) {
      refusal('MISSING_ROLE', { zh: `“${who}”没有“${role}”角色`, en: `"${who}" does not hold the role "${role}"` });
    }
  }
  if (refusals.length) {
    throw new RuntimeError(
      'INVALID_ASSIGNEE',
      `Cannot assign: ${refusals.map((refusal) => refusal.message.en).join('; ')}`,
      refusals,
    );
  }
}
