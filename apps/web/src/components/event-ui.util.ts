import type { InstanceDto } from '@yilin/contracts';

type Json = Record<string, unknown>;

// How particular steps are better filled than the generic generated form allows.
const EVENT_UI: Record<string, Json> = {
  'grant-approval:ACCEPT': { reviewerIds: { 'ui:field': 'userPicker', 'ui:options': { role: 'reviewer' } }, note: { 'ui:widget': 'textarea' } },
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
