import type { FieldIssue, JsonSchema, StepSlot } from '@yilin/contracts';

/** Which form a slot's data goes to: the binding as it stood at `at`, for `scope` when the slot is scoped. */
export interface SlotValidation {
  workflow: string;
  slot: StepSlot;
  /** A draft edit: every field present is checked; required fields left out are not. */
  partial: boolean;
  /** The programme a scoped slot binds by. */
  scope?: string;
  /** The instant whose bindings apply: the instance's start, so a running instance keeps its form. */
  at: Date;
}

export interface DataValidationRequest {
  data: Record<string, unknown>;
  /** A system event's own schema (person-typed data goes through a slot's form instead). */
  schema?: JsonSchema;
  /** A form key; validated against `formPins[form]` when pinned, else the latest published version. */
  form?: string;
  /** The step slot the data belongs to; its bound form (not `form`) validates the data. */
  slot?: SlotValidation;
  formPins: Record<string, number>;
}

export interface DataValidationResult {
  issues: FieldIssue[];
  /** The form version used, to pin on the instance at its first submission. */
  pinned?: { form: string; version: number };
}

/** Checks event data against JSON Schema or a form version (the form registry plugs in here). */
export interface EventDataValidator {
  validate(request: DataValidationRequest): Promise<DataValidationResult>;
}
