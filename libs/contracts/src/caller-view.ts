import type { Static } from 'typebox';

import type { Role } from './roles';
import type { DisclosedDataSchema, PersonViewSchema } from './schemas/instance-view.schema';

/**
 * The seam between a workflow's machine context and what a caller reads. Each workflow's `<key>.view.ts`
 * projects its context with these tools; the engine fills them from the forms (their `x-disclosure`) and
 * the user directory, so a workflow stays pure. See docs/disclosure.md.
 */

/** Who is asking, relative to one instance. */
export interface ViewCaller {
  id: string;
  roles: readonly Role[];
  /** Started the instance (the applicant, the founder who filed online). */
  isOwner: boolean;
  /** Listed by the machine as taking part (an assigned reviewer, a founder filed for, a review's subject). */
  isParticipant: boolean;
  /** The engine itself (timers, links): sees everything. */
  system: boolean;
}

/** A step where a person submitted data: `start`, or the event type that carried it. */
export type SubmissionStep = string;

/** Someone as the caller may know them: colleagues read a display name, applicants and the public a role. */
export type PersonView = Static<typeof PersonViewSchema>;

/** Data a person submitted at a step, cut to what the caller may see, with the form that labels it. */
export type DisclosedData = Static<typeof DisclosedDataSchema>;

export interface ViewTools {
  /**
   * `data` submitted at `step` as the caller may see it: every field when `insider` is true (the submitter
   * and the roles the step names), otherwise only what its form discloses (`public` as is, `masked` partly
   * hidden, `private` removed; all of it removed when the step names no form).
   */
  disclose(step: SubmissionStep, data: Record<string, unknown>, insider: boolean): DisclosedData;
  /** A person the machine recorded by user id, named as the caller may know them. */
  person(userId: string | null | undefined, role: Role | 'system'): PersonView;
}

/** The step and form field a notice's value was typed in. */
export interface NoticeSource {
  step: SubmissionStep;
  field: string;
}

/** What a workflow's `<key>.view.ts` exports; `TContext` is its machine's context. */
export interface WorkflowView<TContext = unknown, TView = unknown> {
  /** The instance as the caller may see it. */
  instance(context: TContext, caller: ViewCaller, tools: ViewTools): TView;
  /**
   * Whether the caller sees everything submitted at `step` by `submitterId` (insider), or only what its
   * form discloses; `null` hides the entry's data altogether (an individual vote from an applicant).
   */
  submission(step: SubmissionStep, submitterId: string, context: TContext, caller: ViewCaller): 'insider' | 'outsider' | null;
  /** What of a history entry's data a person submitted: configuration the engine injected is left out. */
  submitted?(step: SubmissionStep, data: Record<string, unknown>): Record<string, unknown>;
  /** The role a history entry's actor is shown in, from the roles they hold. */
  actorRole?(step: SubmissionStep, roles: readonly Role[]): Role | 'system';
  /**
   * Where the data of a notice comes from: for each key, the step and form field a person typed it in, so the
   * recipient reads it only if their view of that step shows the field. Keys not listed are the engine's own
   * facts (ids, due dates, amounts granted).
   */
  noticeSources?(template: string): Readonly<Record<string, NoticeSource>>;
  /** Whether the caller may see who took a step at all (the subject of a review never learns who raised it). */
  showsActor?(step: SubmissionStep, context: TContext, caller: ViewCaller): boolean;
  /** The instance as one row of a list, as the caller may see it. */
  row?(context: TContext, caller: ViewCaller): InstanceRow;
  /**
   * The business keys the caller may find the instance by (a project title, an applicant organisation, a
   * registration number, a tracking code): those the caller may read. The engine indexes what the engine
   * itself (a `system` caller) may read and keeps, of what the index finds, what the caller may.
   */
  searchKeys?(context: TContext, caller: ViewCaller): string[];
  /**
   * Keys the caller finds the instance by only when typing them whole, though the view does not show them
   * (a tracking code someone reads out to an administrator): knowing the whole key, the caller learns nothing.
   */
  wholeSearchKeys?(context: TContext, caller: ViewCaller): string[];
}

/** What names an instance in a list: each part left out when the caller may not read it or it is not known yet. */
export interface InstanceRow {
  subject?: string;
  applicant?: string;
  /** Integer fen. */
  amount?: number;
}

/** A typed read of a machine's context that its workflow owns: the engine reads context only through these. */
export interface MachineSelector<TContext, TResult> {
  workflow: string;
  select(context: TContext): TResult;
}
