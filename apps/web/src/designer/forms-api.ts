import type {
  FormBindingDto,
  FormCheckDto,
  FormDiffDto,
  FormDocument,
  FormDto,
  FormSummaryDto,
  FormUsageDto,
  PublishFormResultDto,
  StepSlotDto,
} from '@yilin/contracts';

import { api } from '@web/api/api-client';

const path = (key: string) => `/forms/${encodeURIComponent(key)}`;

/** The form registry over HTTP, as the designer uses it. */
export const formsApi = {
  list: () => api<FormSummaryDto[]>('/forms'),
  get: (key: string) => api<FormDto>(path(key)),
  create: (key: string, draft?: FormDocument) => api<FormDto>('/forms', { method: 'POST', body: { key, ...(draft ? { draft } : {}) } }),
  saveDraft: (key: string, draft: FormDocument) => api<FormDto>(`${path(key)}/draft`, { method: 'PUT', body: { draft } }),
  check: (key: string, draft: FormDocument) => api<FormCheckDto>(`${path(key)}/check`, { method: 'POST', body: { draft } }),
  publish: (key: string) => api<PublishFormResultDto>(`${path(key)}/publish`, { method: 'POST', body: {} }),
  diff: (key: string, from: number, to: number | 'draft') => api<FormDiffDto>(`${path(key)}/diff?from=${from}&to=${to}`),
  usages: (key: string) => api<FormUsageDto[]>(`${path(key)}/usages`),
  slots: () => api<StepSlotDto[]>('/form-bindings/slots'),
  bind: (workflow: string, slot: string, formKey: string) =>
    api<FormBindingDto>('/form-bindings', { method: 'PUT', body: { workflow, slot, formKey } }),
  /** Published forms that keep a step's contract. */
  candidates: (workflow: string, slot: string) =>
    api<FormSummaryDto[]>(`/form-bindings/candidates?workflow=${encodeURIComponent(workflow)}&slot=${encodeURIComponent(slot)}`),
};
