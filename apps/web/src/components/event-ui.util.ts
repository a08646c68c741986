import type { InstanceDto } from '@yilin/contracts';

type Json = Record<string, unknown>;

// How particular steps are better filled than the generic generated form allows.
const EVENT_UI: Record<string, Json> = {
  'grant-approval:ACCEPT': { reviewerIds: { 'ui:field': 'userPicker', 'ui:options': { role: 'reviewer' } } },
  // The report a decision is about is the one under review: shown, not chosen.
  'grant-approval:ACCEPT_REPORT': { kind: { 'ui:readonly': true } },
  'grant-approval:RETURN_REPORT': { kind: { 'ui:readonly': true } },
  'grant-approval:REQUEST_CHANGES': { note: { 'ui:widget': 'textarea' } },
  'grant-approval:REJECT': { reason: { 'ui:widget': 'textarea' } },
  'grant-approval:UPDATE_DRAFT': { programmeId: { 'ui:widget': 'hidden' }, amount: { 'ui:widget': 'amountFen' } },
  'supervisory-review:ASSIGN': { supervisorId: { 'ui:field': 'userPicker', 'ui:options': { role: 'supervisor' } } },
  'grant-approval:RESUBMIT': { programmeId: { 'ui:widget': 'hidden' }, amount: { 'ui:widget': 'amountFen' } },
};

export const eventUi = (workflow: string, type: string): Json => EVENT_UI[`${workflow}:${type}`] ?? {};

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a step's form starts with: the application when it is edited, the report that is due. */
export function initialEventData(instance: InstanceDto, type: string): Json {
  const view = instance.view;
  if (view.workflow !== 'grant-approval') return {};
  if ((type === 'UPDATE_DRAFT' || type === 'RESUBMIT') && view.application) return { ...view.application.values };
  const reports = Object.values(view.reports);
  if (type === 'SUBMIT_REPORT') {
    const due = reports.find((report) => report.status === 'upcoming' || report.status === 'overdue');
    return due ? { kind: due.kind } : {};
  }
  if (type === 'ACCEPT_REPORT' || type === 'RETURN_REPORT') {
    const submitted = reports.find((report) => report.status === 'submitted');
    return submitted ? { kind: submitted.kind } : {};
  }
  return {};
}

/** Deep merge of uiSchemas: step overrides win over the form designer's. */
export function mergeUi(base: Json, extra: Json): Json {
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(extra)) out[key] = isObject(value) && isObject(base[key]) ? mergeUi(base[key], value) : value;
  return out;
}

/**
 * A step's bound form with the references the step needs picked beside it (the reviewers to assign, the
 * report decided on), placed first: the server checks the form's fields with the form and these with the
 * slot's own schema. Optional references (a programme chosen at the start) are not asked again.
 */
export function withReferences(form: Json, references: Json | undefined): { schema: Json; picked: string[] } {
  const required = Array.isArray(references?.required) ? (references.required as string[]) : [];
  const properties = isObject(references?.properties) ? references.properties : {};
  const picked = required.filter((key) => isObject(properties[key]));
  if (picked.length === 0) return { schema: form, picked };
  const formProperties = isObject(form.properties) ? form.properties : {};
  const formRequired = Array.isArray(form.required) ? (form.required as string[]) : [];
  return {
    schema: {
      ...form,
      properties: { ...Object.fromEntries(picked.map((key) => [key, properties[key]])), ...formProperties },
      required: [...picked, ...formRequired.filter((key) => !picked.includes(key))],
    },
    picked,
  };
}

/** A form's field order with the picked references first. */
export function referencesFirst(ui: Json, picked: readonly string[]): Json {
  if (picked.length === 0) return ui;
  const order = Array.isArray(ui['ui:order']) ? (ui['ui:order'] as string[]).filter((key) => !picked.includes(key)) : ['*'];
  return { ...ui, 'ui:order': [...picked, ...(order.includes('*') ? order : [...order, '*'])] };
}
