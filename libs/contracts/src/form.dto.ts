import type { JsonSchema } from './workflow-definition';
import type { LocalizedText } from './roles';

/**
 * Label texts of a form by key, one map per language. Keys: `$form` (the form's title), a field path
 * (`organisation`, `members.name`), `<path>#help`, `<path>#option:<value>`.
 */
export interface FormLabels {
  zh: Record<string, string>;
  en: Record<string, string>;
}

/** Everything that makes a form: what it accepts (schema), how it looks (uiSchema) and what it says (labels). */
export interface FormDocument {
  schema: JsonSchema;
  uiSchema: Record<string, unknown>;
  labels: FormLabels;
}

export interface FormVersionSummaryDto {
  version: number;
  publishedAt: string;
  publishedBy: string;
}

export interface FormSummaryDto {
  key: string;
  title: LocalizedText;
  latestVersion: number | null;
  /** The draft differs from the latest published version. */
  draftChanged: boolean;
  updatedAt: string;
}

export interface FormDto extends FormSummaryDto {
  draft: FormDocument;
  versions: FormVersionSummaryDto[];
}

export interface FormVersionDto {
  key: string;
  version: number;
  document: FormDocument;
  publishedAt: string;
  publishedBy: string;
}

/** One finding about a draft; `path` is a field path or a JSON Pointer into the schema. */
export interface FormProblem {
  path: string;
  code: string;
  message: LocalizedText;
}

export interface FormCheckDto {
  /** No errors: the draft may be published (warnings do not block). */
  ok: boolean;
  errors: FormProblem[];
  warnings: FormProblem[];
}

export interface PublishFormResultDto {
  key: string;
  version: number;
  warnings: FormProblem[];
}

export interface FormFieldChangeDto {
  path: string;
  /** Readable summaries such as `type: string → integer`, `now required`. */
  changes: string[];
}

export interface FormDiffDto {
  key: string;
  from: number;
  to: number;
  added: string[];
  removed: string[];
  changed: FormFieldChangeDto[];
  /** Label texts whose wording changed, by label key. */
  relabelled: string[];
}

/** A workflow step that collects its data with a form. */
export interface FormUsageDto {
  workflow: string;
  workflowVersion: number;
  workflowTitle: LocalizedText;
  /** The step slot (`application`, `score`…), or an event type for a step that names its form in code. */
  step: string;
  stepTitle: LocalizedText;
  /** Fields the step reads from the form, which a new version must keep with the same type. */
  reads: string[];
  /** Bound for one programme only (its id), rather than for the whole workflow. */
  scope?: string;
  /** Bound by default (the slot's own form) rather than by a person. */
  byDefault?: boolean;
}

/** A step where a person submits data, as staff pick forms for it. */
export interface StepSlotDto {
  workflow: string;
  workflowTitle: LocalizedText;
  slot: string;
  title: LocalizedText;
  events: string[];
  defaultForm: string;
  /** The form bound for the whole workflow now (the default unless staff changed it). */
  boundForm: string;
  contract: Array<{ path: string; type: string; required: boolean }>;
  /** Bound per programme (a programme's application form) as well as for the whole workflow. */
  scoped: boolean;
}

/** One change of a binding, as the audit trail shows it. */
export interface FormBindingDto {
  workflow: string;
  slot: string;
  /** A programme id, or null for the whole workflow. */
  scope: string | null;
  formKey: string;
  boundBy: string;
  boundAt: string;
}

export interface BindFormRequest {
  workflow: string;
  slot: string;
  formKey: string;
}

/** The form a step of one instance is filled with: the bound form at the version the server validates against. */
export interface StepFormDto extends FormVersionDto {
  slot: string;
  /** The events this form collects (`start`, draft edits…), so a page can gather what was submitted with it. */
  events: string[];
}

export interface SaveFormDraftRequest {
  draft: FormDocument;
}

export interface AttachmentDto {
  id: string;
  instanceId: string;
  filename: string;
  contentType: string;
  size: number;
  uploadedBy: string;
  uploadedAt: string;
}
