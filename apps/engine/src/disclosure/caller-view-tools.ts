import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';

import { type FormVersionDto, type PersonView, type Role, ROLES, type ViewTools } from '@yilin/contracts';
import { redact } from '@yilin/form-validation';
import { type InstanceRecord, stringsRecordedIn, type ViewToolsRequest, type ViewToolsSource, WorkflowRegistry } from '@yilin/runtime';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { UserEntity } from '@engine/users/user.entity';

import { StepForms } from './step-forms';

/** Roles that work inside the foundation and know each other by name; applicants and the public read roles. */
const COLLEAGUES: ReadonlySet<Role> = new Set(ROLES.filter((role) => role !== 'applicant'));

const USER_ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
/** Display names kept in memory at most; beyond, the memory starts afresh. */
const MAX_KNOWN_NAMES = 20_000;

/**
 * Fills the views' tools for one request: each step's bound form (its disclosure and labels) and the display
 * names of the people the instances mention, loaded once, then used synchronously by every view.
 */
@Injectable()
export class CallerViewTools implements ViewToolsSource {
  /**
   * A user's display name is given when the account is made and never changes, so once read it is kept.
   * Instances also record ids of programmes, funds and reservations, which look the same: those are kept
   * as `null`, known not to be anyone (an id is made once, so it cannot name a person later).
   */
  private readonly knownNames = new Map<string, string | null>();

  constructor(
    private readonly registry: WorkflowRegistry,
    private readonly stepForms: StepForms,
    private readonly db: DatabaseTransactions,
  ) {}

  async load(request: ViewToolsRequest): Promise<(instance: InstanceRecord) => ViewTools> {
    const formsByInstance = new Map<string, Map<string, FormVersionDto>>();
    for (const instance of request.instances) formsByInstance.set(instance.id, await this.formsOf(instance));
    const names = await this.displayNames(request);
    const colleague = request.actor.system || request.actor.roles.some((role) => COLLEAGUES.has(role));
    const person = (userId: string | null | undefined, role: Role | 'system'): PersonView => {
      if (!userId) return { role, name: null };
      if (userId === request.actor.id) return { role, name: names.get(userId) ?? null, self: true };
      return { role, name: colleague ? (names.get(userId) ?? null) : null };
    };
    return (instance) => {
      const forms = formsByInstance.get(instance.id) ?? new Map<string, FormVersionDto>();
      return {
        person,
        disclose: (step, data, insider) => {
          const form = forms.get(step);
          const ref = form ? { key: form.key, version: form.version } : null;
          if (insider) return { form: ref, values: { ...data } };
          const shown = form ? redact(form.document.schema, data) : undefined;
          return { form: ref, values: isRecord(shown) ? shown : {} };
        },
      };
    };
  }

  private async formsOf(instance: InstanceRecord): Promise<Map<string, FormVersionDto>> {
    const forms = new Map<string, FormVersionDto>();
    const definition = this.registry.find(instance.workflow, instance.version);
    if (!definition) return forms;
    for (const step of this.stepForms.stepsWithForms(definition)) {
      const form = await this.stepForms.formOf(definition, instance, step);
      if (form) forms.set(step, form);
    }
    return forms;
  }


  private async displayNames(request: ViewToolsRequest): Promise<Map<string, string>> {
    const ids = new Set<string>([request.actor.id]);
    for (const instance of request.instances) {
      ids.add(instance.ownerId);
      for (const id of stringsRecordedIn(instance, (value) => USER_ID.test(value))) ids.add(id);
    }
    for (const entry of request.audit ?? []) ids.add(entry.actor.id);
    const names = new Map<string, string>();
    const unknown: string[] = [];
    for (const id of ids) {
      const known = this.knownNames.get(id);
      if (typeof known === 'string') names.set(id, known);
      else if (known === undefined && USER_ID.test(id)) unknown.push(id);
    }
    if (!unknown.length) return names;
    const users = await this.db.exclusive(() =>
      this.db.dataSource.manager.find(UserEntity, { select: { id: true, displayName: true }, where: { id: In(unknown) } }),
    );
    if (this.knownNames.size + unknown.length > MAX_KNOWN_NAMES) this.knownNames.clear();
    unknown.forEach((id) => this.knownNames.set(id, null));
    for (const user of users) {
      this.knownNames.set(user.id, user.displayName);
      names.set(user.id, user.displayName);
    }
    return names;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
