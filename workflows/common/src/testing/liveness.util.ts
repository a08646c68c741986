import { type AnyMachineSnapshot, type AnyStateMachine, getNextTransitions, initialTransition, transition } from 'xstate';

import type { EventActor, WorkflowDefinition, WorkflowEvent } from '@yilin/contracts';

/**
 * What the liveness exploration needs of a workflow: its definition (machine, senders, refusals), an input,
 * concrete events for every role and every kind of data, and an abstraction of the context that keeps
 * the state space finite (counts capped, times dropped) while keeping what the guards read.
 */
export interface LivenessModel {
  definition: WorkflowDefinition<AnyStateMachine>;
  input: unknown;
  events: readonly ModelEvent[];
  key(snapshot: AnyMachineSnapshot): string;
  /** Narrows the events to what a person would send here (a founder answers a notice with what it lists). */
  considers?(snapshot: AnyMachineSnapshot, event: ModelEvent): boolean;
  /** States another exploration covers: counted as live and not walked on. */
  coveredElsewhere?(snapshot: AnyMachineSnapshot): boolean;
  maxStates?: number;
}

/** A workflow's own event type; its data need not be a plain record. */
type ModelEvent = WorkflowEvent<string, object>;

interface Visited {
  snapshot: AnyMachineSnapshot;
  path: string[];
}

export interface LivenessReport {
  states: number;
  /** Reachable states from which the people holding the step cannot reach a final state. */
  deadEnds: string[];
  /** A person offered an event that every modelled datum of theirs is refused. */
  emptyOffers: string[];
  /** The machine and its refusal catalogue disagree: a refusal without a reason, or a reason for an accepted event. */
  disagreements: string[];
  /** Reason codes some modelled event received. */
  reasonsGiven: Set<string>;
}

const describe = (visited: Visited, key: string) =>
  `${JSON.stringify(visited.snapshot.value)} after [${visited.path.join(' → ') || 'start'}] (${key})`;

const label = (event: ModelEvent) => `${event.type}(${event.actor.id}${Object.keys(event.data ?? {}).length ? ' ' + JSON.stringify(event.data) : ''})`;

function listened(snapshot: AnyMachineSnapshot): Set<string> {
  if (snapshot.status !== 'active') return new Set();
  return new Set(getNextTransitions(snapshot).map((t) => t.eventType).filter((type) => type && !type.startsWith('xstate.')));
}

/** Who may send an event by the definition's policy: the same rule the runtime applies. */
function maySend(model: LivenessModel, snapshot: AnyMachineSnapshot, event: ModelEvent, owner: string): boolean {
  const policy = model.definition.events[event.type];
  if (!policy) return false;
  if (policy.system) return Boolean(event.actor.system);
  if (event.actor.system) return false;
  const participants = ((snapshot.context as { participants?: string[] }).participants ?? []) as string[];
  return policy.by.some((sender) =>
    sender === 'owner' ? event.actor.id === owner : sender === 'participant' ? participants.includes(event.actor.id) : event.actor.roles.includes(sender),
  );
}

/**
 * Explores every state the model's events reach and checks three things: from every state, the events
 * that carry the work on (not a withdrawal or other optional exit) reach a final state; no person is
 * offered an event that all their modelled data would be refused; and the refusal catalogue gives a
 * reason exactly when the machine refuses.
 */
export function exploreLiveness(model: LivenessModel): LivenessReport {
  const { machine } = model.definition;
  const owner = (model.input as { actor: EventActor }).actor.id;
  const [initial] = initialTransition(machine, model.input);
  const visited = new Map<string, Visited>();
  const progress = new Map<string, Set<string>>();
  const queue: string[] = [];
  const report: LivenessReport = { states: 0, deadEnds: [], emptyOffers: [], disagreements: [], reasonsGiven: new Set() };
  const refusals = model.definition.refusals;
  const add = (snapshot: AnyMachineSnapshot, path: string[]) => {
    const key = model.key(snapshot);
    if (!visited.has(key)) {
      visited.set(key, { snapshot, path });
      queue.push(key);
    }
    return key;
  };
  add(initial, []);
  const limit = model.maxStates ?? 20_000;
  const actors = new Map(model.events.filter((event) => !event.actor.system).map((event) => [JSON.stringify(event.actor), event.actor]));

  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    if (visited.size > limit) throw new Error(`More than ${limit} states: the abstraction does not keep the model finite`);
    const here = visited.get(key) as Visited;
    const { snapshot } = here;
    const onwards = new Set<string>();
    progress.set(key, onwards);
    if (model.coveredElsewhere?.(snapshot)) continue;
    const types = listened(snapshot);
    const accepted = new Set<string>();
    for (const event of model.events) {
      if (!types.has(event.type) || !maySend(model, snapshot, event, owner)) continue;
      if (model.considers && !model.considers(snapshot, event)) continue;
      const [next] = transition(machine, snapshot, event);
      const refused = next === snapshot;
      const refusal = refusals?.explain(snapshot, event as WorkflowEvent) ?? null;
      if (refusal) report.reasonsGiven.add(refusal.reason);
      if (refused && !refusal) report.disagreements.push(`${label(event)} refused without a reason in ${describe(here, key)}`);
      if (!refused && refusal) {
        report.disagreements.push(`${label(event)} accepted yet explained as ${refusal.reason} in ${describe(here, key)}`);
      }
      if (refused) continue;
      accepted.add(`${event.type} ${JSON.stringify(event.actor)}`);
      const policy = model.definition.events[event.type];
      const nextKey = add(next, [...here.path, label(event)]);
      if (!policy?.optional) onwards.add(nextKey);
    }
    // Offers: what each modelled person would be shown here.
    for (const type of types) {
      const policy = model.definition.events[type];
      if (!policy || policy.system) continue;
      for (const actor of actors.values()) {
        const probe: WorkflowEvent = { type, data: {}, actor, at: new Date(0).toISOString() };
        if (!maySend(model, snapshot, probe, owner)) continue;
        const offered = refusals ? refusals.offers(snapshot, type, actor) : true;
        const modelled = model.events.some((event) => event.type === type && JSON.stringify(event.actor) === JSON.stringify(actor));
        const acceptedSome = accepted.has(`${type} ${JSON.stringify(actor)}`);
        if (offered && modelled && !acceptedSome) {
          report.emptyOffers.push(`${type} offered to ${actor.id}, who is refused for every modelled datum, in ${describe(here, key)}`);
        }
        if (!offered && acceptedSome) {
          report.disagreements.push(`${type} not offered to ${actor.id}, yet accepted from them in ${describe(here, key)}`);
        }
      }
    }
  }
  report.states = visited.size;

  // Backwards from the final states over the edges that carry the work on.
  const live = new Set(
    [...visited]
      .filter(([, { snapshot }]) => snapshot.status === 'done' || model.coveredElsewhere?.(snapshot))
      .map(([key]) => key),
  );
  for (let grew = true; grew; ) {
    grew = false;
    for (const [key, onwards] of progress) {
      if (!live.has(key) && [...onwards].some((next) => live.has(next))) {
        live.add(key);
        grew = true;
      }
    }
  }
  for (const [key, here] of visited) {
    if (!live.has(key)) report.deadEnds.push(describe(here, key));
  }
  return report;
}
