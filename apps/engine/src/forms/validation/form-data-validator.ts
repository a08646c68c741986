import { Injectable } from '@nestjs/common';

import type { FieldIssue, FormVersionDto } from '@yilin/contracts';
import { FormSchemaError, FormValidatorCache } from '@yilin/form-validation';
import {
  type DataValidationRequest,
  type DataValidationResult,
  type EventDataValidator,
  type SlotValidation,
  slotEnvelopeSchema,
} from '@yilin/runtime';

import { bilingualIssues } from '@engine/common/validation/bilingual-issues.util';
import { FormBindings } from '@engine/forms/bindings/form-bindings';
import { formErrors } from '@engine/forms/forms.errors';
import { PublishedForms } from '@engine/forms/registry/published-forms';
import { SchemaDataValidator } from '@engine/forms/schema-data-validator';

import { partialIssues, splitSlotData } from './slot-data.util';

/**
 * Validates event data against a form version: for a step slot, the form bound to it (as the binding
 * stood when the instance started) at the version pinned on the instance, or the latest published one at
 * its first submission (which the runtime then pins). System events keep their own inline schema.
 */
@Injectable()
export class FormDataValidator implements EventDataValidator {
  private readonly inline = new SchemaDataValidator();
  private readonly cache = new FormValidatorCache();
  private readonly envelopes = new WeakMap<object, object>();

  constructor(
    private readonly published: PublishedForms,
    private readonly bindings: FormBindings,
  ) {}

  async validate(request: DataValidationRequest): Promise<DataValidationResult> {
    if (request.slot) return this.validateSlot(request, request.slot);
    const inline = await this.inline.validate(request);
    if (!request.form) return inline;
    const form = await this.versionOf(request.form, request.formPins);
    if (!form) {
      if (request.schema) return inline;
      throw formErrors.notPublished(request.form);
    }
    return { issues: mergeIssues(this.check(form, request.data), inline.issues), pinned: { form: form.key, version: form.version } };
  }

  /** The form and version `slot` validates with on an instance holding `formPins`. */
  async formOf(slot: SlotValidation, formPins: Record<string, number>): Promise<FormVersionDto> {
    const key = (await this.bindings.formFor(slot.workflow, slot.slot.key, slot.scope, slot.at)) ?? slot.slot.defaultForm;
    const form = await this.versionOf(key, formPins);
    if (!form) throw formErrors.notPublished(key);
    return form;
  }

  /** Compiled validators held, for the metrics and the tests. */
  get compiledCount(): number {
    return this.cache.compileCount;
  }

  private async validateSlot(request: DataValidationRequest, slot: SlotValidation): Promise<DataValidationResult> {
    const form = await this.formOf(slot, request.formPins);
    const { formData, envelope, issues } = splitSlotData(slot.slot, form.document.schema, request.data);
    const formIssues = this.check(form, formData);
    const envelopeSchema = this.envelopeOf(slot);
    const envelopeIssues = envelopeSchema
      ? (await this.inline.validate({ data: envelope, schema: envelopeSchema, formPins: {} })).issues
      : [];
    const found = [...formIssues, ...envelopeIssues];
    const all = [...issues, ...(slot.partial ? partialIssues(found, request.data) : found)];
    return { issues: all, pinned: { form: form.key, version: form.version } };
  }

  private envelopeOf(slot: SlotValidation): Record<string, unknown> | null {
    if (!slot.slot.envelope) return null;
    let schema = this.envelopes.get(slot.slot);
    if (!schema) {
      schema = slotEnvelopeSchema(slot.slot) as object;
      this.envelopes.set(slot.slot, schema);
    }
    return schema as Record<string, unknown>;
  }

  /** `key` at its version in `formPins`, else its latest published version; null when none is published. */
  async versionOf(key: string, formPins: Record<string, number>): Promise<FormVersionDto | null> {
    const version = formPins[key] ?? (await this.published.latestVersion(key));
    if (version === null) return null;
    const form = await this.published.version(key, version);
    if (!form) throw formErrors.versionNotFound(key, version);
    return form;
  }

  private check(form: FormVersionDto, data: Record<string, unknown>): FieldIssue[] {
    try {
      return bilingualIssues((locale) => this.cache.validate(`${form.key}@${form.version}`, () => form.document.schema, data, locale));
    } catch (error) {
      if (error instanceof FormSchemaError) throw formErrors.schemaInvalid(error.issues);
      throw error;
    }
  }
}

function mergeIssues(first: FieldIssue[], second: FieldIssue[]): FieldIssue[] {
  const seen = new Set(first.map((issue) => `${issue.path} ${issue.keyword}`));
  return [...first, ...second.filter((issue) => !seen.has(`${issue.path} ${issue.keyword}`))];
}
