import type { EventActor } from '@yilin/contracts';
import type { AnyMachineSnapshot } from 'xstate';

import type { RuntimeDefinition } from '../definitions/runtime-definition';
import type { InstanceRecord } from '../ports/records';
import { listenedEventTypes, restoreSnapshot } from './machine-step';

/**
 * Who may find an instance on their task list, as keys written with each step: `role:<role>` for every
 * role some awaited event names, `user:<id>` for its owner or participants when the event is theirs to
 * send. A superset — the rules on who may act (an assigned reviewer, a council member who has not voted)
 * are checked again when the list is read — but only active instances that wait for someone have any.
 */
export function taskAudiencesOf(
  definition: RuntimeDefinition,
  instance: Pick<InstanceRecord, 'status' | 'snapshot' | 'ownerId' | 'participants'>,
  restored?: AnyMachineSnapshot,
): string[] {
  if (instance.status !== 'active') return [];
  const snapshot = restored ?? restoreSnapshot(definition.machine, instance.snapshot);
  const audiences = new Set<string>();
  for (const type of listenedEventTypes(snapshot)) {
    const policy = definition.events[type];
    if (!policy || policy.system || policy.optional) continue;
    for (const sender of policy.by) {
      if (sender === 'owner') audiences.add(userAudience(instance.ownerId));
      else if (sender === 'participant') instance.participants.forEach((id) => audiences.add(userAudience(id)));
      else audiences.add(`role:${sender}`);
    }
  }
  return [...audiences].sort();
}

/** The keys under which a person's tasks are filed: their own, and each of their roles. */
export function audiencesOfActor(actor: EventActor): string[] {
  return [userAudience(actor.id), ...actor.roles.map((role) => `role:${role}`)];
}

const userAudience = (id: string) => `user:${id}`;
