import { HttpStatus, Inject, Injectable } from '@nestjs/common';

import type { FormBindingDto, FormProblem, FormSummaryDto, StepSlot, StepSlotDto } from '@yilin/contracts';
import { type Clock, WorkflowRegistry } from '@yilin/runtime';
import { DomainError } from '@engine/common/errors/domain.error';
import { CLOCK } from '@engine/config/engine-config';
import { FormUsage } from '@engine/forms/registry/form-usage';
import { FormsService } from '@engine/forms/registry/forms.service';
import { PublishedForms } from '@engine/forms/registry/published-forms';

import { contractProblems } from './binding-check';
import { type BindingChange, FormBindings } from './form-bindings';

/** The grant workflow's slot a programme's application form is bound to. */
export const APPLICATION_SLOT = { workflow: 'grant-approval', slot: 'application' } as const;

const toDto = (change: BindingChange): FormBindingDto => ({
  workflow: change.workflow,
  slot: change.slot,
  scope: change.scope ?? null,
  formKey: change.formKey,
  boundBy: change.boundBy,
  boundAt: change.boundAt.toISOString(),
});

/**
 * Staff bind published forms to step slots without code: for a whole workflow, or as one programme's
 * application form. A form is bound only when its latest version keeps the slot's contract; the change
 * is recorded with who made it and applies to instances started from then on.
 */
@Injectable()
export class BindingsService {
  constructor(
    private readonly registry: WorkflowRegistry,
    private readonly bindings: FormBindings,
    private readonly usage: FormUsage,
    private readonly forms: FormsService,
    private readonly published: PublishedForms,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Every slot of the workflows' latest versions with the form bound to it for the whole workflow now. */
  async slots(): Promise<StepSlotDto[]> {
    const uses = await this.usage.slotUses();
    return this.registry.latestOfEach().flatMap((definition) =>
      (definition.slots ?? []).map((slot) => ({
        workflow: definition.key,
        workflowTitle: definition.title,
        slot: slot.key,
        title: slot.title,
        events: [...slot.events],
        defaultForm: slot.defaultForm,
        boundForm:
          uses.find((use) => use.workflow === definition.key && use.workflowVersion === definition.version && use.slot.key === slot.key && !use.scope)
            ?.formKey ?? slot.defaultForm,
        contract: slot.contract.map((field) => ({ ...field })),
        scoped: Boolean(slot.scope),
      })),
    );
  }

  async history(): Promise<FormBindingDto[]> {
    return (await this.bindings.history()).map(toDto);
  }

  /** Binds `formKey` to a slot for the whole workflow. */
  async bind(workflow: string, slotKey: string, formKey: string, by: string): Promise<FormBindingDto> {
    const slot = this.slotOf(workflow, slotKey);
    await this.assertKeepsContract(workflow, slot, formKey);
    const change = { workflow, slot: slotKey, formKey, boundBy: by, boundAt: this.clock.now() };
    await this.bindings.bind(change);
    return toDto(change);
  }

  /** Refuses a programme's application form unless it is published and keeps the application contract. */
  async assertApplicationForm(formKey: string): Promise<void> {
    // An engine running without the grant workflow (as some tests start it) has no application step.
    if (!this.registry.keys().includes(APPLICATION_SLOT.workflow)) return;
    await this.assertKeepsContract(APPLICATION_SLOT.workflow, this.slotOf(APPLICATION_SLOT.workflow, APPLICATION_SLOT.slot), formKey);
  }

  /** Binds a programme's application form (checked with {@link assertApplicationForm} first) when it changed. */
  async bindApplicationForm(programmeId: string, formKey: string, by: string): Promise<void> {
    const { workflow, slot } = APPLICATION_SLOT;
    if (!this.registry.keys().includes(workflow)) return;
    const now = this.clock.now();
    if ((await this.bindings.formFor(workflow, slot, programmeId, now)) === formKey) return;
    await this.bindings.bind({ workflow, slot, scope: programmeId, formKey, boundBy: by, boundAt: now });
  }

  /** Published forms that keep a slot's contract: what a picker offers. */
  async candidates(workflow: string, slotKey: string): Promise<FormSummaryDto[]> {
    const slot = this.slotOf(workflow, slotKey);
    const title = this.registry.latest(workflow).title;
    const fitting: FormSummaryDto[] = [];
    for (const form of await this.forms.list()) {
      if (!form.latestVersion) continue;
      const latest = await this.published.version(form.key, form.latestVersion);
      if (latest && !contractProblems({ workflowTitle: title, slot }, latest.document.schema).length) fitting.push(form);
    }
    return fitting;
  }

  private slotOf(workflow: string, slotKey: string): StepSlot {
    if (!this.registry.keys().includes(workflow)) {
      throw new DomainError(HttpStatus.NOT_FOUND, 'WORKFLOW_NOT_FOUND', `No workflow named "${workflow}"`);
    }
    const slot = this.registry.latest(workflow).slots?.find((candidate) => candidate.key === slotKey);
    if (!slot) throw new DomainError(HttpStatus.NOT_FOUND, 'SLOT_NOT_FOUND', `"${workflow}" has no step "${slotKey}" that collects a form`);
    return slot;
  }

  private async assertKeepsContract(workflow: string, slot: StepSlot, formKey: string): Promise<void> {
    const version = await this.published.latestVersion(formKey);
    if (version === null) {
      const exists = (await this.forms.list()).some((form) => form.key === formKey);
      throw new DomainError(
        HttpStatus.UNPROCESSABLE_ENTITY,
        exists ? 'FORM_NOT_PUBLISHED' : 'FORM_NOT_FOUND',
        exists ? `Form "${formKey}" has no published version yet: publish it before binding it` : `There is no form "${formKey}"`,
        [{ path: 'formKey', code: exists ? 'FORM_NOT_PUBLISHED' : 'FORM_NOT_FOUND', message: exists
          ? { zh: `表单“${formKey}”尚未发布，发布后才能使用`, en: `Form "${formKey}" is not published yet` }
          : { zh: `没有表单“${formKey}”`, en: `There is no form "${formKey}"` } } satisfies FormProblem],
      );
    }
    const form = await this.published.version(formKey, version);
    const problems = form ? contractProblems({ workflowTitle: this.registry.latest(workflow).title, slot }, form.document.schema) : [];
    if (problems.length) {
      throw new DomainError(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'BINDING_REFUSED',
        `Form "${formKey}" v${version} does not give "${slot.title.en}" what it reads`,
        problems,
      );
    }
  }
}
