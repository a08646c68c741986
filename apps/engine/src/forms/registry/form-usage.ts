import { Injectable } from '@nestjs/common';

import type { FormUsageDto, JsonSchema, LocalizedText, StepSlot } from '@yilin/contracts';
import { WorkflowRegistry } from '@yilin/runtime';

import type { BoundSlot } from '@engine/forms/bindings/binding-check';
import { FormBindings } from '@engine/forms/bindings/form-bindings';
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

/** A slot of one workflow version with a form bound to it now. */
export interface SlotUse extends BoundSlot {
  workflow: string;
  workflowVersion: number;
  formKey: string;
  scope?: string;
  byDefault: boolean;
}

const START_TITLE: LocalizedText = { zh: '发起', en: 'Start' };
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Where each form is used: the step slots it is bound to now (by default or by staff, for a whole
 * workflow or one programme), and steps that name a form in code. A step naming a form that also keeps
 * an inline schema reads that schema's `required` properties; a form may declare more with a root
 * `x-workflow-reads: ["field", …]` list.
 */
@Injectable()
export class FormUsage {
  constructor(
    private readonly registry: WorkflowRegistry,
    private readonly bindings: FormBindings,
  ) {}

  async usagesOf(key: string): Promise<FormUsageDto[]> {
    const slots = (await this.slotUses()).filter((use) => use.formKey === key).map((use) => ({
      workflow: use.workflow,
      workflowVersion: use.workflowVersion,
      workflowTitle: use.workflowTitle,
      step: use.slot.key,
      stepTitle: use.slot.title,
      reads: use.slot.contract.map((field) => field.path),
      ...(use.scope ? { scope: use.scope } : {}),
      byDefault: use.byDefault,
    }));
    const named = this.namedSteps()
      .filter((step) => step.form === key)
      .map(({ form: _form, schema, ...step }) => ({ ...step, reads: requiredOf(schema) }));
    return [...slots, ...named];
  }

  /** The slots `key` is bound to now, each with the contract a new version must keep. */
  async slotsOf(key: string): Promise<SlotUse[]> {
    return (await this.slotUses()).filter((use) => use.formKey === key);
  }

  /** Every slot of every registered workflow version with the form bound to it now, per scope. */
  async slotUses(): Promise<SlotUse[]> {
    const current = await this.bindings.current();
    const uses: SlotUse[] = [];
    for (const { workflow, workflowVersion, workflowTitle, slot } of this.slots()) {
      const base = { workflow, workflowVersion, workflowTitle, slot };
      const bound = current.filter((change) => change.workflow === workflow && change.slot === slot.key);
      const wide = bound.find((change) => !change.scope);
      uses.push({ ...base, formKey: wide?.formKey ?? slot.defaultForm, byDefault: !wide });
      for (const change of bound) if (change.scope) uses.push({ ...base, formKey: change.formKey, scope: change.scope, byDefault: false });
    }
    return uses;
  }

  /** Every field a step naming `key` in code reads, with the type it expects; `declared` adds `x-workflow-reads`. */
  readsOf(key: string, declared: ReadonlyArray<{ path: string; type?: string }> = []): WorkflowRead[] {
    const reads = new Map<string, WorkflowRead>();
    for (const step of this.namedSteps()) {
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

  private slots(): Array<{ workflow: string; workflowVersion: number; workflowTitle: LocalizedText; slot: StepSlot }> {
    const slots = [];
    for (const workflow of this.registry.keys()) {
      for (const workflowVersion of this.registry.versionsOf(workflow)) {
        const definition = this.registry.get(workflow, workflowVersion);
        for (const slot of definition.slots ?? []) slots.push({ workflow, workflowVersion, workflowTitle: definition.title, slot });
      }
    }
    return slots;
  }

  /** Steps outside any slot that name their form in the definition itself. */
  private namedSteps(): Step[] {
    const steps: Step[] = [];
    for (const key of this.registry.keys()) {
      for (const version of this.registry.versionsOf(key)) {
        const definition = this.registry.get(key, version);
        const slotted = new Set((definition.slots ?? []).flatMap((slot) => slot.events));
        const base = { workflow: key, workflowVersion: version, workflowTitle: definition.title };
        if (!slotted.has('start')) steps.push({ ...base, step: 'start', stepTitle: START_TITLE, form: definition.start.form, schema: definition.start.schema });
        for (const [type, policy] of Object.entries(definition.events)) {
          if (!slotted.has(type)) steps.push({ ...base, step: type, stepTitle: policy.title, form: policy.form, schema: policy.schema });
        }
      }
    }
    return steps;
  }
}

function requiredOf(schema: JsonSchema | undefined): string[] {
  return schema && Array.isArray(schema.required) ? schema.required.map(String) : [];
}
