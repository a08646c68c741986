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

/** JSON types a slot's contract can name (`number` accepts a form's `integer`). */
export type ContractFieldType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';

/** A field the machine reads from the data a slot collects. */
export interface ContractField {
  /** Dotted path from the form's root (`founder.name`). */
  path: string;
  type: ContractFieldType;
  /** The machine cannot go on without it: the bound form must require it, unconditionally. */
  required: boolean;
}

/**
 * A step where a person submits data, declared beside the machine: the events it collects, who acts, the
 * form bound by default and the contract every form bound to it must keep. Staff may bind another
 * published form that keeps the contract; its extra fields ride along.
 */
export interface StepSlot {
  /** Unique in the workflow; `start` for the data an instance starts with. */
  key: string;
  title: LocalizedText;
  /** Event types whose data the bound form validates; `start` for the instance's first data. */
  events: readonly string[];
  /** Events that carry a partial edit: every field present is checked, missing required ones are not. */
  partialEvents?: readonly string[];
  /**
   * Events that hand in what the slot collected over partial edits (submitting a draft): the whole of it,
   * kept by the machine at `collectedAt`, is then checked against the bound form, required fields included.
   */
  completedBy?: readonly string[];
  /** Dotted path in the machine's context where the data this slot collected is kept (`application`). */
  collectedAt?: string;
  /** Who submits here (the start step's roles, or the events' senders). */
  by: readonly EventSender[];
  defaultForm: string;
  contract: readonly ContractField[];
  /**
   * Fields the engine adds after validation (a programme's configuration); a bound form may not define
   * them and a caller may not send them.
   */
  reserved?: readonly string[];
  /**
   * References sent beside the form's fields that no person types (an id picked from a list, which report
   * a decision is about); checked by this schema, never shown as form fields.
   */
  envelope?: Readonly<Record<string, JsonSchema>>;
  /** Envelope references the step cannot go without (the reviewers an acceptance assigns). */
  envelopeRequired?: readonly string[];
  /**
   * Bound per programme: the scope is read from the start data at `startField`, later from the instance
   * context at `contextPath`; without a programme binding the workflow-wide binding applies.
   */
  scope?: { kind: 'programme'; startField: string; contextPath: string };
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
  /** Steps where people submit data, each validated by the form bound to it (`<key>.slots.ts`). */
  slots?: readonly StepSlot[];
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
