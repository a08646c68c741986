import type { FieldIssue, JsonSchema } from '@yilin/contracts';

export interface DataValidationRequest {
  data: Record<string, unknown>;
  schema?: JsonSchema;
  /** A form key; validated against `formPins[form]` when pinned, else the latest published version. */
  form?: string;
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
