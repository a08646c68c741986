import { Injectable } from '@nestjs/common';

import type { FieldIssue } from '@yilin/contracts';
import { FormSchemaError, FormValidatorCache } from '@yilin/form-validation';
import type { DataValidationRequest, DataValidationResult, EventDataValidator } from '@yilin/runtime';

import { formErrors } from '@engine/forms/forms.errors';
import { PublishedForms } from '@engine/forms/registry/published-forms';
import { SchemaDataValidator } from '@engine/forms/schema-data-validator';

/**
 * Validates event data against the form version pinned on the instance, or the latest published one at
 * its first submission (which the runtime then pins). A step's inline schema, when it keeps one, is its
 * own contract with the machine and is checked too: a form can add fields and rules, never drop those.
 */
@Injectable()
export class FormDataValidator implements EventDataValidator {
  private readonly inline = new SchemaDataValidator();
  private readonly cache = new FormValidatorCache();

  constructor(private readonly published: PublishedForms) {}

  async validate(request: DataValidationRequest): Promise<DataValidationResult> {
    const inline = await this.inline.validate(request);
    if (!request.form) return inline;
    const version = request.formPins[request.form] ?? (await this.published.latestVersion(request.form));
    if (version === null) {
      if (request.schema) return inline;
      throw formErrors.notPublished(request.form);
    }
    const form = await this.published.version(request.form, version);
    if (!form) throw formErrors.versionNotFound(request.form, version);
    let issues: FieldIssue[];
    try {
      issues = this.cache.validate(`${form.key}@${form.version}`, () => form.document.schema, request.data);
    } catch (error) {
      if (error instanceof FormSchemaError) throw formErrors.schemaInvalid(error.issues);
      throw error;
    }
    return { issues: mergeIssues(issues, inline.issues), pinned: { form: form.key, version: form.version } };
  }

  /** Compiled validators held, for the metrics and the tests. */
  get compiledCount(): number {
    return this.cache.compileCount;
  }
}

function mergeIssues(first: FieldIssue[], second: FieldIssue[]): FieldIssue[] {
  const seen = new Set(first.map((issue) => `${issue.path} ${issue.keyword}`));
  return [...first, ...second.filter((issue) => !seen.has(`${issue.path} ${issue.keyword}`))];
}
