import { HttpStatus, Injectable } from '@nestjs/common';
import { In } from 'typeorm';

import type { DisclosedEntryDto, EventActor } from '@yilin/contracts';
import { redact } from '@yilin/form-validation';
import {
  type AuditRecord,
  type InstanceRecord,
  InstanceStore,
  type RuntimeDefinition,
  START_EVENT,
  submissionFor,
  WorkflowRegistry,
} from '@yilin/runtime';
import { DomainError } from '@engine/common/errors/domain.error';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { StepFormsService } from '@engine/forms/bindings/step-forms.service';
import { FundReservationEntity } from '@engine/funds/fund-reservation.entity';

/** Someone reading the public pages: no account, no role, a party to nothing. */
const PUBLIC_READER: EventActor = { id: 'public', username: 'public', roles: [] };

/**
 * The audit trail of an instance as the public may read it: each entry's data passes through the form
 * version the instance was filled with, so staff decide in the designer what is disclosed, not code.
 */
@Injectable()
export class DisclosedHistoryService {
  constructor(
    private readonly store: InstanceStore,
    private readonly registry: WorkflowRegistry,
    private readonly stepForms: StepFormsService,
    private readonly db: DatabaseTransactions,
  ) {}

  /** Only grants the foundation approved (money reserved) are public. */
  async ofApprovedGrant(grantId: string): Promise<DisclosedEntryDto[]> {
    const approved = await this.db.exclusive(() =>
      this.db.dataSource.manager.countBy(FundReservationEntity, { grantId, status: In(['held', 'closed']) }),
    );
    const instance = approved ? await this.store.findInstance(grantId) : null;
    if (!instance) throw new DomainError(HttpStatus.NOT_FOUND, 'GRANT_NOT_PUBLIC', `No approved grant ${grantId}`);
    const definition = this.registry.get(instance.workflow, instance.version);
    const entries = await this.store.listAudit(grantId);
    return Promise.all(entries.map((entry) => this.disclose(definition, instance, entry)));
  }

  private async disclose(definition: RuntimeDefinition, instance: InstanceRecord, entry: AuditRecord): Promise<DisclosedEntryDto> {
    const step = entry.fromState === null ? START_EVENT : entry.event;
    // The same projection as a signed-in reader's, for someone who is nobody: hidden steps (a vote) stay hidden.
    const { access, data } = submissionFor(definition, instance, step, entry.actor.id, entry.data, PUBLIC_READER);
    const form = access ? await this.stepForms.recordedForm(definition, instance, step) : null;
    const shown = (form ? redact(form.document.schema, data) : undefined) as Record<string, unknown> | undefined;
    const labels = form?.document.labels;
    return {
      revision: entry.revision,
      event: entry.event,
      title: entry.fromState === null ? definition.title : (definition.events[entry.event]?.title ?? { zh: entry.event, en: entry.event }),
      toState: entry.toState,
      at: entry.at.toISOString(),
      actorRoles: entry.actor.system ? ['system'] : [...entry.actor.roles],
      data: shown ?? {},
      labels: Object.fromEntries(
        Object.keys(shown ?? {}).map((field) => [field, { zh: labels?.zh[field] ?? field, en: labels?.en[field] ?? field }]),
      ),
    };
  }
}
