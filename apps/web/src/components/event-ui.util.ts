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
  const context = instance.context;
  if (instance.workflow === 'grant-approval' && (type === 'UPDATE_DRAFT' || type === 'RESUBMIT') && isObject(context.application)) {
    const { programme: _p, council: _c, ...application } = context.application;
    return application;
  }
  if (type === 'SUBMIT_REPORT' && isObject(context.reports)) {
    const due = Object.values(context.reports).find(
      (report) => isObject(report) && (report.status === 'upcoming' || report.status === 'overdue'),
    );
    return isObject(due) ? { kind: due.kind } : {};
  }
  if ((type === 'ACCEPT_REPORT' || type === 'RETURN_REPORT') && isObject(context.reports)) {
    const submitted = Object.values(context.reports).find((report) => isObject(report) && report.status === 'submitted');
    return isObject(submitted) ? { kind: submitted.kind } : {};
  }
  return {};
}

/** Deep merge of uiSchemas: step overrides win over the form designer's. */
export function mergeUi(base: Json, extra: Json): Json {
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(extra)) out[key] = isObject(value) && isObject(base[key]) ? mergeUi(base[key], value) : value;
  return out;
}
