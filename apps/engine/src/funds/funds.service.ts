import { HttpStatus, Inject, Injectable } from '@nestjs/common';

import type { LocalizedText } from '@yilin/contracts';
import { type Clock, ulid } from '@yilin/runtime';
import { DomainError } from '@engine/common/errors/domain.error';
import { CLOCK } from '@engine/config/engine-config';
import { DatabaseTransactions } from '@engine/database/database-transactions';

import { FundEntity, type FundKind } from './fund.entity';
import { FundLedgerEntryEntity } from './fund-ledger-entry.entity';
import { FundReservationEntity } from './fund-reservation.entity';
import { type FundDetailDto, type FundDto, toFundDto, toLedgerEntryDto, toReservationDto } from './funds.dto';

export interface CreateFundRequest {
  code: string;
  kind: FundKind;
  name: LocalizedText;
}

const LEDGER_PAGE = 500;

/** Funds as admins and staff see them: balances, the ledger, the grants each one holds. */
@Injectable()
export class FundsService {
  constructor(
    private readonly db: DatabaseTransactions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(request: CreateFundRequest): Promise<FundDto> {
    const now = this.clock.now();
    const fund: FundEntity = {
      id: ulid(now.getTime()),
      code: request.code,
      kind: request.kind,
      nameZh: request.name.zh,
      nameEn: request.name.en,
      received: 0,
      reserved: 0,
      released: 0,
      disbursed: 0,
      createdAt: now,
      updatedAt: now,
    };
    await this.db.run(async (m) => {
      if (await m.findOneBy(FundEntity, { code: fund.code })) {
        throw new DomainError(HttpStatus.CONFLICT, 'FUND_CODE_TAKEN', `A fund with the code "${fund.code}" exists already`);
      }
      await m.insert(FundEntity, fund);
    });
    return toFundDto(fund);
  }

  async list(): Promise<FundDto[]> {
    const funds = await this.db.exclusive(() =>
      this.db.dataSource.manager.find(FundEntity, { order: { kind: 'ASC', code: 'ASC' } }),
    );
    // The special fund first, then the micro-funds.
    return funds.sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind)).map(toFundDto);
  }

  async get(id: string): Promise<FundDetailDto> {
    return this.db.exclusive(async () => {
      const m = this.db.dataSource.manager;
      const fund = await m.findOneBy(FundEntity, { id });
      if (!fund) throw new DomainError(HttpStatus.NOT_FOUND, 'FUND_NOT_FOUND', `No fund ${id}`);
      const ledger = await m.find(FundLedgerEntryEntity, { where: { fundId: id }, order: { id: 'DESC' }, take: LEDGER_PAGE });
      const reservations = await m.find(FundReservationEntity, { where: { fundId: id }, order: { id: 'DESC' } });
      return { ...toFundDto(fund), ledger: ledger.map(toLedgerEntryDto), reservations: reservations.map(toReservationDto) };
    });
  }

  async exists(id: string): Promise<boolean> {
    return (await this.db.exclusive(() => this.db.dataSource.manager.countBy(FundEntity, { id }))) > 0;
  }

  async findByCode(code: string): Promise<FundDto | null> {
    const fund = await this.db.exclusive(() => this.db.dataSource.manager.findOneBy(FundEntity, { code }));
    return fund && toFundDto(fund);
  }
}

const kindOrder = (kind: FundKind) => (kind === 'special' ? 0 : 1);
