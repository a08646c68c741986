import { Inject, Injectable } from '@nestjs/common';

import type {
  FormCheckDto,
  FormDiffDto,
  FormDocument,
  FormDto,
  FormSummaryDto,
  FormUsageDto,
  FormVersionDto,
  PublishFormResultDto,
} from '@yilin/contracts';
import type { Clock } from '@yilin/runtime';
import { CLOCK } from '@engine/config/engine-config';

import type { FormEntity } from '@engine/forms/entities/form.entity';
import { formErrors } from '@engine/forms/forms.errors';
import { checkFormDraft, draftHazards, type WorkflowRead } from './form-check';
import { diffForms } from './form-diff.util';
import { formFields } from './form-fields.util';
import { FormStore } from './form-store';
import { contractProblems } from '@engine/forms/bindings/binding-check';
import { FormUsage, type SlotUse } from './form-usage';
import { PublishedForms, toVersionDto } from './published-forms';

export const EMPTY_FORM: FormDocument = {
  schema: { type: 'object', properties: {}, required: [] },
  uiSchema: {},
  labels: { zh: {}, en: {} },
};

function refuseHazardousDraft(draft: FormDocument): void {
  const problems = draftHazards(draft);
  if (problems.length) throw formErrors.unsafeDraft(problems);
}

const sameDocument = (a: FormDocument | undefined, b: FormDocument) => JSON.stringify(a) === JSON.stringify(b);

/** The form registry's use cases: drafts, the publish guard, immutable versions, diffs and usage. */
@Injectable()
export class FormsService {
  constructor(
    private readonly store: FormStore,
    private readonly published: PublishedForms,
    private readonly usage: FormUsage,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(): Promise<FormSummaryDto[]> {
    const forms = await this.store.list();
    return Promise.all(forms.map((form) => this.summary(form)));
  }

  async get(key: string): Promise<FormDto> {
    const form = await this.require(key);
    const versions = await this.store.versions(key);
    return {
      ...(await this.summary(form)),
      draft: form.draft,
      versions: versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt.toISOString(), publishedBy: v.publishedBy })),
    };
  }

  async create(key: string, draft: FormDocument | undefined, by: string): Promise<FormDto> {
    if (draft) refuseHazardousDraft(draft);
    if (!(await this.store.create(key, draft ?? EMPTY_FORM, by, this.clock.now()))) throw formErrors.exists(key);
    return this.get(key);
  }

  async saveDraft(key: string, draft: FormDocument, by: string): Promise<FormDto> {
    refuseHazardousDraft(draft);
    if (!(await this.store.saveDraft(key, draft, by, this.clock.now()))) throw formErrors.notFound(key);
    return this.get(key);
  }

  /** The publish guard's verdict on `draft`, or on the saved draft when none is given. */
  async check(key: string, draft?: FormDocument): Promise<FormCheckDto> {
    const form = await this.require(key);
    const latest = form.latestVersion ? await this.store.version(key, form.latestVersion) : null;
    const slots = await this.usage.slotsOf(key);
    return withContracts(checkFormDraft(draft ?? form.draft, this.readsFrom(key, latest?.document, draft ?? form.draft)), slots, draft ?? form.draft);
  }

  /** Publishes the draft when it passes the guard, which includes the contract of every slot the form is bound to. */
  async publish(key: string, by: string): Promise<PublishFormResultDto> {
    const slots = await this.usage.slotsOf(key);
    const result = await this.store.publish(key, by, this.clock.now(), (form, latest) => {
      if (latest && sameDocument(latest.document, form.draft)) throw formErrors.unchanged(key);
      const verdict = withContracts(checkFormDraft(form.draft, this.readsFrom(form.key, latest?.document, form.draft)), slots, form.draft);
      if (!verdict.ok) throw formErrors.refused(verdict.errors);
      return verdict;
    });
    if (!result) throw formErrors.notFound(key);
    const entity = await this.store.version(key, result.version);
    if (entity) this.published.remember(toVersionDto(entity));
    return { key, version: result.version, warnings: result.checked.warnings };
  }

  async version(key: string, version: number): Promise<FormVersionDto> {
    const entity = await this.store.version(key, version);
    if (!entity) throw (await this.store.find(key)) ? formErrors.versionNotFound(key, version) : formErrors.notFound(key);
    return toVersionDto(entity);
  }

  async latest(key: string): Promise<FormVersionDto> {
    const latest = await this.latestOf(key);
    if (!latest) throw (await this.store.find(key)) ? formErrors.notPublished(key) : formErrors.notFound(key);
    return latest;
  }

  /** Fields added, removed and changed from one version to another; `to` may be the draft. */
  async diff(key: string, from: number, to: number | 'draft'): Promise<FormDiffDto> {
    const before = await this.version(key, from);
    const after = to === 'draft' ? (await this.require(key)).draft : (await this.version(key, to)).document;
    return { key, from, to: to === 'draft' ? -1 : to, ...diffForms(before.document, after) };
  }

  async usages(key: string): Promise<FormUsageDto[]> {
    await this.require(key);
    return this.usage.usagesOf(key);
  }

  private async summary(form: FormEntity): Promise<FormSummaryDto> {
    const latest = form.latestVersion ? await this.store.version(form.key, form.latestVersion) : null;
    return {
      key: form.key,
      title: { zh: form.draft.labels?.zh?.$form ?? form.key, en: form.draft.labels?.en?.$form ?? form.key },
      latestVersion: form.latestVersion,
      draftChanged: !latest || !sameDocument(latest.document, form.draft),
      updatedAt: form.updatedAt.toISOString(),
    };
  }

  private async require(key: string): Promise<FormEntity> {
    const form = await this.store.find(key);
    if (!form) throw formErrors.notFound(key);
    return form;
  }

  private async latestOf(key: string): Promise<FormVersionDto | null> {
    const form = await this.store.find(key);
    return form?.latestVersion ? this.version(key, form.latestVersion) : null;
  }

  /**
   * Steps' reads plus `x-workflow-reads` from both the latest version and the draft, so deleting the list
   * in the same change cannot slip a removal past the guard; types come from the latest version.
   */
  private readsFrom(key: string, latest: FormDocument | undefined, draft: FormDocument): WorkflowRead[] {
    const reference = latest ?? draft;
    const fields = formFields(reference.schema);
    const declared = new Set([...declaredReads(reference), ...declaredReads(draft)]);
    return this.usage.readsOf(key, [...declared].map((path) => ({ path, type: fields.get(path)?.type })));
  }
}

/** The guard's verdict with the problems of each bound slot's contract added, each sentence once. */
function withContracts(verdict: FormCheckDto, slots: readonly SlotUse[], draft: FormDocument): FormCheckDto {
  if (!slots.length || verdict.errors.some((error) => error.code === 'FORM_SCHEMA_INVALID' || error.code === 'FORM_NOT_OBJECT')) return verdict;
  const seen = new Set(verdict.errors.map((error) => error.message.en));
  const errors = [...verdict.errors];
  for (const slot of slots) {
    for (const problem of contractProblems(slot, draft.schema)) {
      if (seen.has(problem.message.en)) continue;
      seen.add(problem.message.en);
      errors.push(problem);
    }
  }
  return { ok: errors.length === 0, errors, warnings: errors.length ? [] : verdict.warnings };
}

function declaredReads(document: FormDocument): string[] {
  const list = document.schema?.['x-workflow-reads'];
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
}
