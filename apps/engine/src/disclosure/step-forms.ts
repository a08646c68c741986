import { Injectable } from '@nestjs/common';

import type { FormVersionDto } from '@yilin/contracts';
import { type InstanceRecord, instanceSlotScope, type RuntimeDefinition, START_EVENT, slotFor } from '@yilin/runtime';
import { FormBindings } from '@engine/forms/bindings/form-bindings';
import { PublishedForms } from '@engine/forms/registry/published-forms';

/**
 * The form whose `x-disclosure` applies to what a person submitted at a step of an instance: the form bound to
 * the step's slot when the instance started (per programme for a scoped slot), else the step's own form, at the
 * version pinned on the instance (the latest published one when nothing was pinned yet).
 */
@Injectable()
export class StepForms {
  constructor(
    private readonly forms: PublishedForms,
    private readonly bindings: FormBindings,
  ) {}

  async formOf(definition: RuntimeDefinition, instance: InstanceRecord, step: string): Promise<FormVersionDto | null> {
    const key = await this.boundFormKey(definition, instance, step);
    if (!key) return null;
    const version = instance.formPins[key] ?? (await this.forms.latestVersion(key));
    return version ? this.forms.version(key, version) : null;
  }

  /** Every step of `definition` where a person submits data through a form. */
  stepsWithForms(definition: RuntimeDefinition): string[] {
    const fromSlots = (definition.slots ?? []).flatMap((slot) => slot.events);
    const fromPolicies = [START_EVENT, ...Object.keys(definition.events)].filter((step) =>
      step === START_EVENT ? definition.start.form : definition.events[step]?.form,
    );
    return [...new Set([...fromSlots, ...fromPolicies])];
  }

  private async boundFormKey(definition: RuntimeDefinition, instance: InstanceRecord, step: string): Promise<string | null> {
    const slot = slotFor(definition, step);
    if (slot) {
      const bound = await this.bindings.formFor(definition.key, slot.key, instanceSlotScope(definition, instance, slot), instance.createdAt);
      return bound ?? slot.defaultForm;
    }
    const policy = step === START_EVENT ? definition.start : definition.events[step];
    return policy?.form ?? null;
  }
}
