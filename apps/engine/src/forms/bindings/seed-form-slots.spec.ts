import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { JsonSchema } from '@yilin/contracts';
import { WORKFLOW_CATALOG } from '@engine/definitions/workflow-catalog';

import { contractProblems } from './binding-check';

const FORMS_DIR = join(process.cwd(), 'forms');
const seedForms = readdirSync(FORMS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
const schemaOf = (key: string): JsonSchema => JSON.parse(readFileSync(join(FORMS_DIR, key, 'schema.json'), 'utf8'));
const slots = WORKFLOW_CATALOG.flatMap((definition) => (definition.slots ?? []).map((slot) => ({ workflowTitle: definition.title, slot, workflow: definition.key })));

/**
 * A value a person picks or counts rather than types: an id chosen from a list, an option, a number, a
 * yes/no, or a list or group of those.
 */
function isReference(schema: JsonSchema): boolean {
  if (Array.isArray(schema.enum) || 'const' in schema) return true;
  if (schema.type === 'integer' || schema.type === 'number' || schema.type === 'boolean') return true;
  if (schema.type === 'array') return typeof schema.items === 'object' && schema.items !== null && isReference(schema.items as JsonSchema);
  if (schema.type === 'object') return Object.values((schema.properties ?? {}) as Record<string, JsonSchema>).every(isReference);
  // An id: a short string without spaces' worth of room for a sentence.
  return schema.type === 'string' && typeof schema.maxLength === 'number' && schema.maxLength <= 100 && !schema.format;
}

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

  it('lets a person send outside a slot only what is picked, counted or nothing: never typed text', () => {
    const typed: string[] = [];
    for (const definition of WORKFLOW_CATALOG) {
      const slotted = new Set((definition.slots ?? []).flatMap((slot) => slot.events));
      for (const [type, policy] of Object.entries(definition.events)) {
        if (policy.system || slotted.has(type)) continue;
        // Without a schema an event would take any data unchecked.
        if (!policy.schema) {
          typed.push(`${definition.key}:${type} has no schema`);
          continue;
        }
        expect(policy.schema).toMatchObject({ type: 'object', additionalProperties: false });
        for (const [field, property] of Object.entries((policy.schema.properties ?? {}) as Record<string, JsonSchema>)) {
          if (policy.assigns?.[field] || isReference(property)) continue;
          typed.push(`${definition.key}:${type}.${field}`);
        }
      }
      for (const slot of definition.slots ?? []) {
        for (const [field, property] of Object.entries(slot.envelope ?? {})) {
          if (!isReference(property)) typed.push(`${definition.key}:${slot.key} envelope ${field}`);
        }
      }
    }
    expect(typed).toEqual([]);
  });

  it('asks a person to pick the reviewers, the report and the review beside the form, each by a small schema', () => {
    const grant = WORKFLOW_CATALOG.find((definition) => definition.key === 'grant-approval');
    const slotOf = (event: string) => grant?.slots?.find((slot) => slot.events.includes(event));
    expect(slotOf('ACCEPT')).toMatchObject({ defaultForm: 'optional-note', envelopeRequired: ['reviewerIds'] });
    expect(slotOf('ACCEPT_REPORT')).toMatchObject({ defaultForm: 'optional-comment', envelopeRequired: ['kind'] });
    expect(slotOf('RETURN_REPORT')).toMatchObject({ defaultForm: 'decision-reason', envelopeRequired: ['kind'] });
    // A review suspends a grant by signal; its supervisor types the reason in the review's own step.
    expect(grant?.events.SUSPEND.system).toBe(true);
    expect(grant?.events.RESUME.system).toBe(true);
    const review = WORKFLOW_CATALOG.find((definition) => definition.key === 'supervisory-review');
    expect(review?.slots?.find((slot) => slot.events.includes('SUSPEND_SUBJECT'))).toMatchObject({ defaultForm: 'decision-reason' });
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
