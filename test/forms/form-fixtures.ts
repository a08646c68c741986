import { assign, setup } from 'xstate';

import type { FormDocument, OpaqueView, WorkflowDefinition, WorkflowEvent, WorkflowInput, WorkflowView } from '@yilin/contracts';

/** A survey whose start and later edits both collect the `community-survey` form, to prove pinning. */
const surveyMachine = setup({
  types: { context: {} as { answers: Record<string, unknown> }, events: {} as WorkflowEvent, input: {} as WorkflowInput },
}).createMachine({
  id: 'survey',
  initial: 'open',
  context: ({ input }) => ({ answers: input.data }),
  states: {
    open: {
      on: {
        EDIT: { actions: assign({ answers: ({ event }) => event.data }) },
        CLOSE: { target: 'closed' },
      },
    },
    closed: { type: 'final' },
  },
});

export const SURVEY_FORM = 'community-survey';

// Staff and the person who answered read the answers; the history carries them.
const surveyView: WorkflowView<{ answers: Record<string, unknown> }, OpaqueView> = {
  instance: () => ({ workflow: 'opaque', headline: null }),
  submission: (_step, submitterId, _context, caller) =>
    caller.system || submitterId === caller.id || caller.roles.includes('staff') ? 'insider' : 'outsider',
};

export const surveyDefinition: WorkflowDefinition<typeof surveyMachine> = {
  key: 'survey',
  version: 1,
  title: { zh: '社区调查', en: 'Community survey' },
  machine: surveyMachine,
  start: { by: ['applicant', 'staff'], form: SURVEY_FORM },
  events: {
    EDIT: { title: { zh: '修改答卷', en: 'Edit the answers' }, by: ['owner'], form: SURVEY_FORM },
    CLOSE: { title: { zh: '结束', en: 'Close' }, by: ['staff'] },
  },
  visibleTo: ['staff', 'admin'],
  view: surveyView,
};

/** A form document with `fields` (all strings) and the given required ones, labelled in both languages. */
export function surveyDocument(fields: string[], required: string[], extra: Partial<FormDocument['schema']> = {}): FormDocument {
  const labels = (language: 'zh' | 'en') =>
    Object.fromEntries([['$form', language === 'zh' ? '社区调查' : 'Community survey'], ...fields.map((f) => [f, `${language}:${f}`])]);
  return {
    schema: { type: 'object', properties: Object.fromEntries(fields.map((f) => [f, { type: 'string', maxLength: 100 }])), required, ...extra },
    uiSchema: {},
    labels: { zh: labels('zh'), en: labels('en') },
  };
}
