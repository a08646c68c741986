import { type Static, Type } from 'typebox';

import { JsonObjectSchema, LocalizedTextSchema, nullable, Timestamp } from './common.schema';

export const FORM_KEY_PATTERN = '^[a-z][a-z0-9-]{0,63}$';

const texts = Type.Record(Type.String(), Type.String());

/**
 * Label texts of a form by key, one map per language. Keys: `$form` (the form's title), a field path
 * (`organisation`, `members.name`), `<path>#help`, `<path>#option:<value>`.
 */
export const FormLabelsSchema = Type.Object({ zh: texts, en: texts }, { additionalProperties: false });
export type FormLabels = Static<typeof FormLabelsSchema>;

/** Everything that makes a form: what it accepts (schema), how it looks (uiSchema) and what it says (labels). */
export const FormDocumentSchema = Type.Object(
  { schema: JsonObjectSchema, uiSchema: JsonObjectSchema, labels: FormLabelsSchema },
  { additionalProperties: false },
);
export type FormDocument = Static<typeof FormDocumentSchema>;

export const FormVersionSummarySchema = Type.Object({
  version: Type.Integer(),
  publishedAt: Timestamp,
  publishedBy: Type.String(),
});
export type FormVersionSummaryDto = Static<typeof FormVersionSummarySchema>;

export const FormSummarySchema = Type.Object({
  key: Type.String(),
  title: LocalizedTextSchema,
  latestVersion: nullable(Type.Integer()),
  draftChanged: Type.Boolean({ description: 'The draft differs from the latest published version' }),
  updatedAt: Timestamp,
});
export type FormSummaryDto = Static<typeof FormSummarySchema>;

export const FormSchema = Type.Object({
  ...FormSummarySchema.properties,
  draft: FormDocumentSchema,
  versions: Type.Array(FormVersionSummarySchema),
});
export type FormDto = Static<typeof FormSchema>;

export const FormVersionSchema = Type.Object({
  key: Type.String(),
  version: Type.Integer(),
  document: FormDocumentSchema,
  publishedAt: Timestamp,
  publishedBy: Type.String(),
});
export type FormVersionDto = Static<typeof FormVersionSchema>;

/** One finding about a draft; `path` is a field path or a JSON Pointer into the schema. */
export const FormProblemSchema = Type.Object({
  path: Type.String(),
  code: Type.String(),
  message: LocalizedTextSchema,
});
export type FormProblem = Static<typeof FormProblemSchema>;

export const FormCheckSchema = Type.Object({
  ok: Type.Boolean({ description: 'No errors: the draft may be published (warnings do not block)' }),
  errors: Type.Array(FormProblemSchema),
  warnings: Type.Array(FormProblemSchema),
});
export type FormCheckDto = Static<typeof FormCheckSchema>;

export const PublishFormResultSchema = Type.Object({
  key: Type.String(),
  version: Type.Integer(),
  warnings: Type.Array(FormProblemSchema),
});
export type PublishFormResultDto = Static<typeof PublishFormResultSchema>;

export const FormFieldChangeSchema = Type.Object({
  path: Type.String(),
  changes: Type.Array(Type.String(), {
    description: 'Readable summaries such as `type: string → integer`, `now required`',
  }),
});
export type FormFieldChangeDto = Static<typeof FormFieldChangeSchema>;

export const FormDiffSchema = Type.Object({
  key: Type.String(),
  from: Type.Integer(),
  to: Type.Integer({ description: 'The version compared with; -1 for the draft' }),
  added: Type.Array(Type.String()),
  removed: Type.Array(Type.String()),
  changed: Type.Array(FormFieldChangeSchema),
  relabelled: Type.Array(Type.String(), { description: 'Label texts whose wording changed, by label key' }),
});
export type FormDiffDto = Static<typeof FormDiffSchema>;

/** A workflow step that collects its data with a form. */
export const FormUsageSchema = Type.Object({
  workflow: Type.String(),
  workflowVersion: Type.Integer(),
  workflowTitle: LocalizedTextSchema,
  step: Type.String({
    description: 'The step slot (`application`, `score`…), or an event type for a step that names its form in code',
  }),
  stepTitle: LocalizedTextSchema,
  reads: Type.Array(Type.String(), {
    description: 'Fields the step reads from the form, which a new version must keep with the same type',
  }),
  scope: Type.Optional(Type.String({ description: 'Bound for one programme only (its id)' })),
  byDefault: Type.Optional(
    Type.Boolean({ description: "Bound by default (the slot's own form) rather than by a person" }),
  ),
});
export type FormUsageDto = Static<typeof FormUsageSchema>;

/** A step where a person submits data, as staff pick forms for it. */
export const StepSlotSchema = Type.Object({
  workflow: Type.String(),
  workflowTitle: LocalizedTextSchema,
  slot: Type.String(),
  title: LocalizedTextSchema,
  events: Type.Array(Type.String()),
  defaultForm: Type.String(),
  boundForm: Type.String({ description: 'The form bound for the whole workflow now' }),
  contract: Type.Array(Type.Object({ path: Type.String(), type: Type.String(), required: Type.Boolean() })),
  scoped: Type.Boolean({
    description: "Bound per programme (a programme's application form) as well as for the whole workflow",
  }),
});
export type StepSlotDto = Static<typeof StepSlotSchema>;

/** One change of a binding, as the audit trail shows it. */
export const FormBindingSchema = Type.Object({
  workflow: Type.String(),
  slot: Type.String(),
  scope: nullable(Type.String({ description: 'A programme id, or null for the whole workflow' })),
  formKey: Type.String(),
  boundBy: Type.String(),
  boundAt: Timestamp,
});
export type FormBindingDto = Static<typeof FormBindingSchema>;

const bindingKey = Type.String({ minLength: 1, maxLength: 100 });

export const BindFormRequestSchema = Type.Object(
  { workflow: bindingKey, slot: bindingKey, formKey: bindingKey },
  { additionalProperties: false },
);
export type BindFormRequest = Static<typeof BindFormRequestSchema>;

export const SlotQuerySchema = Type.Object({ workflow: bindingKey, slot: bindingKey }, { additionalProperties: false });
export const StartFormQuerySchema = Type.Object(
  { programmeId: Type.Optional({ ...bindingKey, description: 'A programme whose own application form to use' }) },
  { additionalProperties: false },
);

/** The form a step of one instance is filled with: the bound form at the version the server validates against. */
export const StepFormSchema = Type.Object({
  ...FormVersionSchema.properties,
  slot: Type.String(),
  events: Type.Array(Type.String(), { description: 'The events this form collects (`start`, draft edits…)' }),
});
export type StepFormDto = Static<typeof StepFormSchema>;

export const CreateFormRequestSchema = Type.Object(
  { key: Type.String({ pattern: FORM_KEY_PATTERN }), draft: Type.Optional(FormDocumentSchema) },
  { additionalProperties: false },
);
export type CreateFormRequest = Static<typeof CreateFormRequestSchema>;

export const SaveFormDraftRequestSchema = Type.Object({ draft: FormDocumentSchema }, { additionalProperties: false });
export type SaveFormDraftRequest = Static<typeof SaveFormDraftRequestSchema>;

export const CheckFormDraftRequestSchema = Type.Object(
  { draft: Type.Optional(FormDocumentSchema) },
  { additionalProperties: false },
);

export const FormDiffQuerySchema = Type.Object(
  {
    from: Type.String({ pattern: '^[1-9][0-9]{0,8}$', description: 'A published version', examples: ['1'] }),
    to: Type.String({
      pattern: '^([1-9][0-9]{0,8}|draft)$',
      description: 'A published version, or `draft`',
      examples: ['draft'],
    }),
  },
  { additionalProperties: false },
);

export const AttachmentSchema = Type.Object({
  id: Type.String(),
  instanceId: Type.String(),
  filename: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  uploadedBy: Type.String(),
  uploadedAt: Timestamp,
});
export type AttachmentDto = Static<typeof AttachmentSchema>;
