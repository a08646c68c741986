import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { type Clock, ulid } from '@yilin/runtime';
import { DomainError } from '@engine/common/errors/domain.error';
import { CLOCK } from '@engine/config/engine-config';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { partialRow } from '@engine/database/partial-row.util';
import { BindingsService } from '@engine/forms/bindings/bindings.service';
import { FundEntity } from '@engine/funds/fund.entity';
import { FundReservationEntity } from '@engine/funds/fund-reservation.entity';

import { programmeProblems } from './configuration-problems.util';
import { ProgrammeEntity } from './programme.entity';
import { type ProgrammeDto, type ProgrammeRequest, toProgrammeConfig, toProgrammeDto } from './programmes.dto';

/** Grant programmes: configuration admins change, checked by the grant workflow's own rules. */
@Injectable()
export class ProgrammesService {
  constructor(
    private readonly db: DatabaseTransactions,
    private readonly bindings: BindingsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(options: { openOnly: boolean }): Promise<ProgrammeDto[]> {
    const rows = await this.db.exclusive(() =>
      this.db.dataSource.manager.find(ProgrammeEntity, {
        where: options.openOnly ? { open: true } : {},
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
    );
    return rows.map(toProgrammeDto);
  }

  async get(id: string, options: { openOnly: boolean } = { openOnly: false }): Promise<ProgrammeDto> {
    const row = await this.db.exclusive(() => this.db.dataSource.manager.findOneBy(ProgrammeEntity, { id }));
    if (!row || (options.openOnly && !row.open)) throw notFound(id);
    return toProgrammeDto(row);
  }

  /** `by` is who configures it: the application form's binding is recorded in their name. */
  async create(request: ProgrammeRequest, by: string): Promise<ProgrammeDto> {
    const now = this.clock.now();
    const row = toRow(ulid(now.getTime()), request, now, now);
    await this.bindings.assertApplicationForm(request.formKey);
    await this.db.run(async (m) => {
      await assertFundExists(m, request.fundId);
      await m.insert(ProgrammeEntity, row);
    });
    await this.bindings.bindApplicationForm(row.id, row.formKey, by);
    return toProgrammeDto(row);
  }

  /** A new application form applies to applications started from now on; those under way keep theirs. */
  async update(id: string, request: ProgrammeRequest, by: string): Promise<ProgrammeDto> {
    await this.bindings.assertApplicationForm(request.formKey);
    const updated = await this.db.run(async (m) => {
      const existing = await m.findOneBy(ProgrammeEntity, { id });
      if (!existing) throw notFound(id);
      const row = toRow(id, request, existing.createdAt, this.clock.now());
      if (row.fundId !== existing.fundId) await assertFundExists(m, row.fundId);
      await m.update(ProgrammeEntity, { id }, partialRow<ProgrammeEntity>(row));
      return toProgrammeDto(row);
    });
    await this.bindings.bindApplicationForm(id, updated.formKey, by);
    return updated;
  }

  /** Only a programme no grant has drawn money under; others are closed instead, keeping their history. */
  async remove(id: string): Promise<void> {
    await this.db.run(async (m) => {
      if (!(await m.findOneBy(ProgrammeEntity, { id }))) throw notFound(id);
      if (await m.countBy(FundReservationEntity, { programmeId: id })) {
        throw new DomainError(
          HttpStatus.CONFLICT,
          'PROGRAMME_IN_USE',
          'Grants have been approved under this programme; close it to new applications instead of deleting it',
        );
      }
      await m.delete(ProgrammeEntity, { id });
    });
  }
}

function toRow(id: string, request: ProgrammeRequest, createdAt: Date, updatedAt: Date): ProgrammeEntity {
  const problems = programmeProblems(toProgrammeConfig({ ...request, id }));
  if (problems.length) {
    throw new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, 'INVALID_PROGRAMME', 'The programme configuration cannot be used as it stands', problems);
  }
  return {
    id,
    fundId: request.fundId,
    formKey: request.formKey,
    titleZh: request.title.zh,
    titleEn: request.title.en,
    maxAmount: request.maxAmount,
    smallAmountLimit: request.smallAmountLimit,
    trancheSplit: [...request.trancheSplit],
    midtermReportDays: request.reportDueDays.midterm,
    finalReportDays: request.reportDueDays.final,
    reminderDays: request.reminderDaysBeforeDue,
    overdueEscalationDays: request.overdueEscalationDays,
    directorSlaHours: request.directorSlaHours,
    reviewersRequired: request.reviewersRequired,
    reviewAboveAmount: request.reviewAboveAmount ?? null,
    open: request.open,
    createdAt,
    updatedAt,
  };
}

async function assertFundExists(m: EntityManager, fundId: string): Promise<void> {
  if (!(await m.countBy(FundEntity, { id: fundId }))) {
    throw new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, 'UNKNOWN_FUND', `There is no fund ${fundId} for this programme to draw on`);
  }
}

const notFound = (id: string) => new DomainError(HttpStatus.NOT_FOUND, 'PROGRAMME_NOT_FOUND', `No programme ${id}`);
