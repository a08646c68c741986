import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { type FindOptionsOrder, type FindOptionsWhere, LessThan } from 'typeorm';

import type { CreateFundRequest, PageDto } from '@yilin/contracts';
import { type Clock, ulid } from '@yilin/runtime';
import { DomainError } from '@engine/common/errors/domain.error';
import { CLOCK } from '@engine/config/engine-config';
import { DatabaseTransactions } from '@engine/database/database-transactions';

import { FundEntity, type FundKind } from './fund.entity';
import { FundLedgerEntryEntity } from './fund-ledger-entry.entity';
import { FundReservationEntity } from './fund-reservation.entity';
import {
  type FundDetailDto,
  type FundDto,
  type LedgerEntryDto,
  type ReservationDto,
  toFundDto,
  toLedgerEntryDto,
  toReservationDto,
} from './funds.dto';


const FIRST_PAGE = 50;

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

  /** The fund, its balances and the first page of its ledger and of its grants. */
  async get(id: string): Promise<FundDetailDto> {
    const fund = await this.db.exclusive(() => this.db.dataSource.manager.findOneBy(FundEntity, { id }));
    if (!fund) throw new DomainError(HttpStatus.NOT_FOUND, 'FUND_NOT_FOUND', `No fund ${id}`);
    const ledger = await this.ledger(id, { limit: FIRST_PAGE });
    const reservations = await this.reservations(id, { limit: FIRST_PAGE });
    return {
      ...toFundDto(fund),
      ledger: ledger.items,
      ledgerNextCursor: ledger.nextCursor,
      reservations: reservations.items,
      reservationsNextCursor: reservations.nextCursor,
    };
  }

  /** A page of the fund's ledger, newest first, each entry with the balance it left. */
  async ledger(fundId: string, page: { cursor?: string; limit: number }): Promise<PageDto<LedgerEntryDto>> {
    const rows = await this.newestOfFund(FundLedgerEntryEntity, fundId, page);
    return idPage(rows.map(toLedgerEntryDto), page.limit);
  }

  /** A page of the grants the fund answered, newest first. */
  async reservations(fundId: string, page: { cursor?: string; limit: number }): Promise<PageDto<ReservationDto>> {
    const rows = await this.newestOfFund(FundReservationEntity, fundId, page);
    return idPage(rows.map(toReservationDto), page.limit);
  }

  private newestOfFund<T extends FundLedgerEntryEntity | FundReservationEntity>(
    entity: new () => T,
    fundId: string,
    page: { cursor?: string; limit: number },
  ): Promise<T[]> {
    return this.db.exclusive(() =>
      this.db.dataSource.manager.find(entity, {
        where: { fundId, ...(page.cursor ? { id: LessThan(page.cursor) } : {}) } as FindOptionsWhere<T>,
        order: { id: 'DESC' } as FindOptionsOrder<T>,
        take: page.limit + 1,
      }),
    );
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

/** The first `limit` of rows read one past it, and the id to continue from when there was one more. */
function idPage<T extends { id: string }>(rows: T[], limit: number): PageDto<T> {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? items[items.length - 1].id : null };
}
