import { Injectable } from '@nestjs/common';

import type { FormVersionDto } from '@yilin/contracts';
import type { InstanceRecord, RuntimeDefinition } from '@yilin/runtime';
import { PublishedForms } from '@engine/forms/registry/published-forms';

/**
 * The form bound to a step where a person submits data, at the version the instance was filled with: the
 * one place views ask which form's `x-disclosure` applies. Today the binding is the step's `EventPolicy.form`
 * (or the start form) and the instance's pin; a binding kept as data replaces `boundFormKey` alone.
 */
@Injectable()
export class StepForms {
  constructor(private readonly forms: PublishedForms) {}

  boundFormKey(definition: RuntimeDefinition, step: string): string | null {
    const policy = step === 'start' ? definition.start : definition.events[step];
    return policy?.form ?? null;
  }

  /** The form version for `step` of `instance`: its pinned version, else the latest published one. */
  async formOf(definition: RuntimeDefinition, instance: InstanceRecord, step: string): Promise<FormVersionDto | null> {
    const key = this.boundFormKey(definition, step);
    if (!key) return null;
    const version = instance.formPins[key] ?? (await this.forms.latestVersion(key));
    return version ? this.forms.version(key, version) : null;
  }

  /** Every step of `definition` that names a form. */
  stepsWithForms(definition: RuntimeDefinition): string[] {
    return ['start', ...Object.keys(definition.events)].filter((step) => this.boundFormKey(definition, step));
  }
}
