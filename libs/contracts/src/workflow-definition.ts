import type { WorkflowView } from './caller-view';
import type { LocalizedText, Role } from './roles';

/** A JSON Schema document (draft 2020-12 subset understood by the shared validator). */
export type JsonSchema = Record<string, unknown>;

/** Who sent an event, as the workflow sees it. `system` marks the engine itself (timers, links). */
export interface EventActor {
  id: string;
  username: string;
  roles: readonly Role[];
  system?: boolean;
}

/**
 * Every event a workflow receives: the caller's data plus who sent it and when the engine accepted it,
 * so machines can stay pure (no clock, no session lookups inside guards).
 */
export interface WorkflowEvent<TType extends string = string, TData = Record<string, unknown>> {
  type: TType;
  data: TData;
  actor: EventActor;
  /** ISO-8601 instant the engine accepted the event. */
  at: string;
}

/** Input a machine is created with. */
export interface WorkflowInput<TData = Record<string, unknown>> {
  instanceId: string;
  data: TData;
  actor: EventActor;
  at: string;
}

/**
 * The party allowed to send an event: a role; `owner`, the person who started the instance; or
 * `participant`, anyone the machine lists in `context.participants` (user ids: a founder filed for by
 * staff, the subject of a review, assigned reviewers). Participants also see the instance.
 */
export type EventSender = Role | 'owner' | 'participant';

export interface EventPolicy {
  title: LocalizedText;
  /** Who may send it. Ignored for `system` events. */
  by: readonly EventSender[];
  /** Sent only by the engine (timers, cross-workflow links); people can never send it. */
  system?: boolean;
  /** Inline JSON Schema for `data`. */
  schema?: JsonSchema;
  /** Key of the form whose pinned version validates `data` (takes precedence over `schema`). */
  form?: string;
  /**
   * A person may send it but nobody waits for it (withdrawing, closing a ballot early): offered, yet it
   * does not put the instance on the sender's task list.
   */
  optional?: boolean;
  /**
   * Fields of `data` that name the people this event assigns (a user id, or a list of them), each with the
   * role the assignee must hold. The runtime refuses unknown users, users without that role, and the
   * instance's owner or participants (the applicant, the subject's side).
   */
  assigns?: Readonly<Record<string, Role>>;
}

/** Why a workflow's rules refused an event: a stable code and one sentence in each language. */
export interface Refusal {
  reason: string;
  message: LocalizedText;
  details?: Record<string, unknown>;
}

/**
 * A workflow's account of its guards, kept pure like the machine: the first rule an event breaks, and
 * whether the rules on who may act and when (not on the data) let a person send an event at all.
 * `TSnapshot` is the machine's snapshot; contracts stay free of XState.
 */
export interface WorkflowRefusals<TSnapshot = unknown> {
  explain(snapshot: TSnapshot, event: WorkflowEvent): Refusal | null;
  offers(snapshot: TSnapshot, type: string, actor: EventActor): boolean;
  /** Rules on the data an instance starts with (a draft's amount against the programme maximum). */
  explainStart?(input: WorkflowInput): Refusal | null;
}

export interface StartPolicy {
  by: readonly Role[];
  schema?: JsonSchema;
  form?: string;
}

/**
 * What a workflow folder exports. `TMachine` is the XState machine; contracts stay free of XState so the
 * web app can share these types.
 */
export interface WorkflowDefinition<TMachine = unknown> {
  key: string;
  version: number;
  title: LocalizedText;
  machine: TMachine;
  start: StartPolicy;
  events: Readonly<Record<string, EventPolicy>>;
  /** Roles that see every instance of this workflow; owners always see their own. */
  visibleTo: readonly Role[];
  /** Titles of state nodes by dotted path (e.g. `decision.council`). */
  states?: Readonly<Record<string, LocalizedText>>;
  /** How an instance is shown to each caller; without one, callers see none of its data. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each workflow's view knows its own context type
  view?: WorkflowView<any>;
  /** Reasons for every refusal the machine's guards can give. */
  refusals?: WorkflowRefusals;
}

// Side effects a machine asks for. Machines declare them as named actions with these params; the runtime
// turns them into durable timers or outbox messages in the same transaction as the new snapshot.

export const EFFECT_START_TIMER = 'startTimer';
export const EFFECT_CANCEL_TIMER = 'cancelTimer';

export interface StartTimerParams {
  /** Unique per instance; starting a timer with a pending name replaces it. */
  name: string;
  /** ISO-8601 instant the timer falls due. */
  at: string;
  event: { type: string; data?: Record<string, unknown> };
}

export interface CancelTimerParams {
  name: string;
}

export interface NotifyParams {
  template: string;
  to: { roles?: readonly Role[]; userIds?: readonly string[]; owner?: boolean };
  data?: Record<string, unknown>;
}

/** Send an event to another instance (e.g. a review suspending a grant). */
export interface SignalParams {
  instanceId: string;
  event: { type: string; data?: Record<string, unknown> };
}

/** Start an instance of another workflow (e.g. a risk rule raising a supervisory review). */
export interface StartInstanceParams {
  workflow: string;
  data: Record<string, unknown>;
}
