import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { JsonSchema } from '@yilin/contracts';
import { WORKFLOW_CATALOG } from '@engine/definitions/workflow-catalog';

import { contractProblems } from './binding-check';

const FORMS_DIR = join(process.cwd(), 'forms');
const seedForms = readdirSync(FORMS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
const schemaOf = (key: string): JsonSchema => JSON.parse(readFileSync(join(FORMS_DIR, key, 'schema.json'), 'utf8'));
const slots = WORKFLOW_CATALOG.flatMap((definition) => (definition.slots ?? []).map((slot) => ({ workflowTitle: definition.title, slot, workflow: definition.key })));

describe('the seed forms and the step slots', () => {
  it.each(seedForms)('binds %s to at least one step slot by default', (key) => {
    expect(slots.filter(({ slot }) => slot.defaultForm === key).map(({ workflow, slot }) => `${workflow}:${slot.key}`)).not.toEqual([]);
  });

  it.each(slots.map((use) => [`${use.workflow}:${use.slot.key}`, use] as const))('%s has a seed form that keeps its contract', (_name, use) => {
    expect(seedForms).toContain(use.slot.defaultForm);
    expect(contractProblems(use, schemaOf(use.slot.defaultForm))).toEqual([]);
  });

  it('declares every person-typed step of a slot once, for events the workflow knows', () => {
    for (const definition of WORKFLOW_CATALOG) {
      const events = (definition.slots ?? []).flatMap((slot) => slot.events);
      expect(new Set(events).size).toBe(events.length);
      for (const type of events) {
        if (type !== 'start') expect(Object.keys(definition.events)).toContain(type);
        // A slot's data is validated by its form: no event keeps a hand-written schema beside it.
        if (type !== 'start') expect(definition.events[type].schema).toBeUndefined();
      }
    }
  });

  it('reports one sentence per missing, mistyped, optional or engine-set field', () => {
    const application = slots.find(({ slot }) => slot.key === 'application');
    if (!application) throw new Error('the grant workflow declares its application slot');
    const problems = contractProblems(application, {
      type: 'object',
      required: ['title'],
      properties: { title: { type: 'string' }, organisation: { type: 'string' }, amount: { type: 'string' }, programme: { type: 'object' }, venue: { type: 'string' } },
    });
    expect(problems.map((problem) => `${problem.code} ${problem.path}`)).toEqual([
      'CONTRACT_FIELD_OPTIONAL organisation',
      'CONTRACT_FIELD_TYPE amount',
      'CONTRACT_FIELD_RESERVED programme',
    ]);
    expect(problems[1].message).toEqual({
      zh: '“资助审批·资助申请”按整数读取字段“amount”，此表单中它是文本',
      en: '"Grant approval · Grant application" reads "amount" as a whole number, but this form makes it text',
    });
  });
});
