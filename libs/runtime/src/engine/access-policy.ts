import type { EventActor, EventPolicy } from '@yilin/contracts';

import type { RuntimeDefinition } from '../definitions/runtime-definition';
import type { InstanceRecord } from '../ports/records';

/** Admins watch every workflow; other roles see what the definition grants them, owners their own. */
export function seesAllInstances(definition: RuntimeDefinition, actor: EventActor): boolean {
  return Boolean(actor.system) || actor.roles.some((role) => role === 'admin' || definition.visibleTo.includes(role));
}

export function canSeeInstance(
  definition: RuntimeDefinition,
  instance: InstanceRecord,
  actor: EventActor,
): boolean {
  return (
    seesAllInstances(definition, actor) || instance.ownerId === actor.id || instance.participants.includes(actor.id)
  );
}

export function canStart(definition: RuntimeDefinition, actor: EventActor): boolean {
  return Boolean(actor.system) || actor.roles.some((role) => definition.start.by.includes(role));
}

export function maySend(policy: EventPolicy, instance: InstanceRecord, actor: EventActor): boolean {
  if (actor.system) return true;
  if (policy.system) return false;
  return policy.by.some((sender) => {
    if (sender === 'owner') return instance.ownerId === actor.id;
    if (sender === 'participant') return instance.participants.includes(actor.id);
    return actor.roles.includes(sender);
  });
}
