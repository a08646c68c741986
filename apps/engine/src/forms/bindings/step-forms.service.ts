import { HttpStatus, Inject, Injectable } from '@nestjs/common';

import type { EventActor, FormVersionDto, StepFormDto } from '@yilin/contracts';
import {
  type Clock,
  type InstanceRecord,
  instanceSlotScope,
  type RuntimeDefinition,
  START_EVENT,
  slotFor,
  slotScope,
  WorkflowRegistry,
  WorkflowRuntime,
} from '@yilin/runtime';
import { DomainError } from '@engine/common/errors/domain.error';
import { CLOCK } from '@engine/config/engine-config';
import { PublishedForms } from '@engine/forms/registry/published-forms';
import { FormDataValidator } from '@engine/forms/validation/form-data-validator';

import { FormBindings } from './form-bindings';

const noForm = (what: string) => new DomainError(HttpStatus.NOT_FOUND, 'NO_FORM_FOR_STEP', `${what} collects no form`);

/** The form a page shows for a step: the one the server will validate against, at that version. */
@Injectable()
export class StepFormsService {
  constructor(
    private readonly registry: WorkflowRegistry,
    private readonly runtime: WorkflowRuntime,
    private readonly validator: FormDataValidator,
    private readonly bindings: FormBindings,
    private readonly published: PublishedForms,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The form a new instance starts with now; for a scoped slot, the programme's own form. */
  async startForm(workflow: string, programmeId?: string): Promise<StepFormDto> {
    const definition = this.registry.latest(workflow);
    const slot = slotFor(definition, START_EVENT);
    if (!slot) {
      // A workflow without slots may still name its start form in code.
      const form = definition.start.form ? await this.validator.versionOf(definition.start.form, {}) : null;
      if (!form) throw noForm(`Starting "${workflow}"`);
      return { ...form, slot: START_EVENT, events: [START_EVENT] };
    }
    const scope = slot.scope && programmeId ? slotScope(slot, { data: { [slot.scope.startField]: programmeId } }) : undefined;
    const form = await this.validator.formOf({ workflow, slot, partial: false, scope, at: this.clock.now() }, {});
    return { ...form, slot: slot.key, events: [...slot.events] };
  }

  /**
   * The form version an event already recorded on `instance` was validated with (`start` for its first
   * data), for showing what it disclosed; null when no form collected it.
   */
  async recordedForm(definition: RuntimeDefinition, instance: InstanceRecord, eventType: string): Promise<FormVersionDto | null> {
    const slot = slotFor(definition, eventType);
    const key = slot
      ? ((await this.bindings.formFor(definition.key, slot.key, instanceSlotScope(definition, instance, slot), instance.createdAt)) ?? slot.defaultForm)
      : eventType === START_EVENT
        ? definition.start.form
        : definition.events[eventType]?.form;
    const version = key ? instance.formPins[key] : undefined;
    return key && version ? this.published.version(key, version) : null;
  }

  /** The form `eventType` is filled with on one instance: its binding when it started, at its pinned version. */
  async eventForm(instanceId: string, eventType: string, actor: EventActor): Promise<StepFormDto> {
    const resolved = await this.runtime.slotOfEvent(instanceId, eventType, actor);
    if (!resolved) throw noForm(`"${eventType}"`);
    const form = await this.validator.formOf(resolved.slot, resolved.formPins);
    return { ...form, slot: resolved.slot.slot.key, events: [...resolved.slot.slot.events] };
  }
}
