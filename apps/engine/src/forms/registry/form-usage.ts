import { Injectable } from '@nestjs/common';

import type { FormUsageDto, JsonSchema, LocalizedText } from '@yilin/contracts';
import { WorkflowRegistry } from '@yilin/runtime';

import { typeOf } from './form-fields.util';
import type { WorkflowRead } from './form-check';

interface Step {
  workflow: string;
  workflowVersion: number;
  workflowTitle: LocalizedText;
  step: string;
  stepTitle: LocalizedText;
  form?: string;
  schema?: JsonSchema;
}

const START_TITLE: LocalizedText = { zh: '发起', en: 'Start' };
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Where each form is used, from the workflow definitions the runtime runs. A step that names a form and
 * also keeps an inline schema declares what it reads: the inline schema's `required` properties, with
 * their types. A form may declare more with a root `x-workflow-reads: ["field", …]` list.
 */
@Injectable()
export class FormUsage {
  constructor(private readonly registry: WorkflowRegistry) {}

  usagesOf(key: string): FormUsageDto[] {
    return this.steps()
      .filter((step) => step.form === key)
      .map(({ form: _form, schema, ...step }) => ({ ...step, reads: requiredOf(schema) }));
  }

  /** Every field some step reads from `key`, with the type it expects; `declared` adds `x-workflow-reads`. */
  readsOf(key: string, declared: ReadonlyArray<{ path: string; type?: string }> = []): WorkflowRead[] {
    const reads = new Map<string, WorkflowRead>();
    for (const step of this.steps()) {
      if (step.form !== key || !step.schema) continue;
      const properties = isObject(step.schema.properties) ? step.schema.properties : {};
      const label = `${step.workflow} v${step.workflowVersion} · ${step.step}`;
      for (const path of requiredOf(step.schema)) {
        const property = properties[path];
        const read = reads.get(path) ?? { path, type: isObject(property) ? typeOf(property) : undefined, steps: [] };
        read.required = true;
        read.steps.push(label);
        reads.set(path, read);
      }
    }
    for (const { path, type } of declared) {
      const read = reads.get(path) ?? { path, type, steps: [] };
      read.steps.push('x-workflow-reads');
      reads.set(path, read);
    }
    return [...reads.values()];
  }

  private steps(): Step[] {
    const steps: Step[] = [];
    for (const key of this.registry.keys()) {
      for (const version of this.registry.versionsOf(key)) {
        const definition = this.registry.get(key, version);
        const base = { workflow: key, workflowVersion: version, workflowTitle: definition.title };
        steps.push({ ...base, step: 'start', stepTitle: START_TITLE, form: definition.start.form, schema: definition.start.schema });
        for (const [type, policy] of Object.entries(definition.events)) {
          steps.push({ ...base, step: type, stepTitle: policy.title, form: policy.form, schema: policy.schema });
        }
      }
    }
    return steps;
  }
}

function requiredOf(schema: JsonSchema | undefined): string[] {
  return schema && Array.isArray(schema.required) ? schema.required.map(String) : [];
}
