import type { FormDocument } from '@yilin/contracts';

import { client } from '@web/api/api-client';

const form = (key: string) => ({ params: { key } });

/** The form registry over HTTP, as the designer uses it. */
export const formsApi = {
  list: () => client.get('/api/forms'),
  get: (key: string) => client.get('/api/forms/:key', form(key)),
  create: (key: string, draft?: FormDocument) => client.post('/api/forms', { body: { key, ...(draft ? { draft } : {}) } }),
  saveDraft: (key: string, draft: FormDocument) => client.put('/api/forms/:key/draft', { ...form(key), body: { draft } }),
  check: (key: string, draft: FormDocument) => client.post('/api/forms/:key/check', { ...form(key), body: { draft } }),
  publish: (key: string) => client.post('/api/forms/:key/publish', form(key)),
  diff: (key: string, from: number, to: number | 'draft') =>
    client.get('/api/forms/:key/diff', { ...form(key), query: { from, to } }),
  usages: (key: string) => client.get('/api/forms/:key/usages', form(key)),
  slots: () => client.get('/api/form-bindings/slots'),
  bind: (workflow: string, slot: string, formKey: string) =>
    client.put('/api/form-bindings', { body: { workflow, slot, formKey } }),
  /** Published forms that keep a step's contract. */
  candidates: (workflow: string, slot: string) => client.get('/api/form-bindings/candidates', { query: { workflow, slot } }),
};
