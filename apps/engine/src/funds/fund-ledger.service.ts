import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { type Clock, ulid } from '@yilin/runtime';
import { CLOCK } from '@engine/config/engine-config';
import { DomainError } from '@engine/common/errors/domain.error';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { partialRow } from '@engine/database/partial-row.util';

import { formatYuan } from './fen-format.util';
import { FundEntity } from './fund.entity';
import { FundLedgerEntryEntity, type LedgerEntryKind } from './fund-ledger-entry.entity';
import { FundReservationEntity } from './fund-reservation.entity';
import { availableOf, type LedgerEntryDto, type ReservationOutcome, toLedgerEntryDto } from './funds.dto';

/** What the public grant register shows about a grant, captured when its money is reserved. */
export interface GrantRegisterFacts {
  programmeId: string | null;
  programmeTitle: string;
  organisation: string;
  title: string;
}

export interface ReserveRequest extends GrantRegisterFacts {
  grantId: string;
  fundId: string;
  amount: number;
}

export interface DisburseRequest {
  reservationId: string;
  amount: number;
  tranche: number;
  actorId?: string | null;
}

export interface DonationRequest {
  amount: number;
  note?: string | null;
  actorId?: string | null;
  /** A caller's idempotency key: the same key donates once. */
  key?: string;
}

/** How each kind of entry moves the available balance; a disbursement pays out money already reserved. */
const AVAILABLE_CHANGE: Record<LedgerEntryKind, number> = { donation: 1, release: 1, reservation: -1, disbursement: 0 };

/**
 * Every movement of money. Each one locks its fund's row (MariaDB; SQLite runs units of work one at a
 * time), checks against the running totals read under that lock, and writes the ledger entry and the new
 * totals in the same transaction: the available balance cannot go negative however many run at once.
 */
@Injectable()
export class FundLedger {
  constructor(
    private readonly db: DatabaseTransactions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  donate(fundId: string, request: DonationRequest): Promise<LedgerEntryDto> {
    assertFen(request.amount, 1);
    return this.db.run(async (m) => {
      const fund = await this.lockFund(m, fundId);
      const entryKey = request.key ? `donation:${fundId}:${request.key}` : `donation:${ulid()}`;
      const earlier = await m.findOneBy(FundLedgerEntryEntity, { entryKey });
      if (earlier) return toLedgerEntryDto(earlier);
      const entry = await this.append(m, fund, 'donation', request.amount, {
        entryKey,
        note: request.note ?? null,
        actorId: request.actorId ?? null,
      });
      await this.saveTotals(m, fund, { received: fund.received + request.amount });
      return toLedgerEntryDto(entry);
    });
  }

  /** Reserves once per grant: a repeated request gets the first answer, reserved or refused. */
  reserve(request: ReserveRequest): Promise<ReservationOutcome> {
    assertFen(request.amount, 1);
    return this.db.run(async (m) => {
      const fund = await this.lockFund(m, request.fundId);
      // Read after the fund lock: a concurrent delivery for the same grant has committed by now.
      const earlier = await m.findOneBy(FundReservationEntity, { grantId: request.grantId });
      if (earlier) return outcomeOf(earlier);
      const now = this.clock.now();
      const available = availableOf(fund);
      const base = {
        id: ulid(now.getTime()),
        grantId: request.grantId,
        fundId: fund.id,
        programmeId: request.programmeId,
        programmeTitle: request.programmeTitle.slice(0, 200),
        organisation: request.organisation.slice(0, 200),
        title: request.title.slice(0, 200),
        requested: request.amount,
        disbursed: 0,
        released: 0,
        createdAt: now,
        updatedAt: now,
      };
      if (request.amount > available) {
        const reason =
          `「${fund.nameZh}」可用余额不足：可用 ${formatYuan(available)} 元，申请 ${formatYuan(request.amount)} 元 / ` +
          `${fund.nameEn} has ${formatYuan(available)} yuan available, less than the ${formatYuan(request.amount)} yuan requested`;
        const refused: FundReservationEntity = {
          ...base,
          status: 'refused',
          amount: 0,
          refusalReason: reason.slice(0, 500),
          availableAtRefusal: available,
        };
        await m.insert(FundReservationEntity, refused);
        return outcomeOf(refused);
      }
      const held: FundReservationEntity = { ...base, status: 'held', amount: request.amount, refusalReason: null, availableAtRefusal: null };
      await m.insert(FundReservationEntity, held);
      await this.append(m, fund, 'reservation', request.amount, {
        entryKey: `reservation:${request.grantId}`,
        grantId: request.grantId,
        reservationId: held.id,
      });
      await this.saveTotals(m, fund, { reserved: fund.reserved + request.amount });
      return outcomeOf(held);
    });
  }

  /** Pays one tranche out of a reservation, once; never more than the reservation holds. */
  disburse(request: DisburseRequest): Promise<LedgerEntryDto> {
    assertFen(request.amount, 1);
    return this.db.run(async (m) => {
      const { fund, reservation } = await this.lockReservation(m, request.reservationId);
      const entryKey = `disbursement:${reservation.id}:${request.tranche}`;
      const earlier = await m.findOneBy(FundLedgerEntryEntity, { entryKey });
      if (earlier) return toLedgerEntryDto(earlier);
      if (reservation.status !== 'held') {
        throw new DomainError(HttpStatus.CONFLICT, 'RESERVATION_NOT_HELD', `Reservation ${reservation.id} is ${reservation.status}; nothing can be paid out of it`);
      }
      const left = reservation.amount - reservation.disbursed - reservation.released;
      if (request.amount > left) {
        throw new DomainError(
          HttpStatus.CONFLICT,
          'DISBURSEMENT_EXCEEDS_RESERVATION',
          `Tranche ${request.tranche} of ${formatYuan(request.amount)} yuan exceeds the ${formatYuan(left)} yuan left in the reservation`,
          { left, requested: request.amount },
        );
      }
      const entry = await this.append(m, fund, 'disbursement', request.amount, {
        entryKey,
        grantId: reservation.grantId,
        reservationId: reservation.id,
        tranche: request.tranche,
        actorId: request.actorId ?? null,
      });
      await m.update(
        FundReservationEntity,
        { id: reservation.id },
        partialRow<FundReservationEntity>({ disbursed: reservation.disbursed + request.amount, updatedAt: entry.createdAt }),
      );
      await this.saveTotals(m, fund, { disbursed: fund.disbursed + request.amount });
      return toLedgerEntryDto(entry);
    });
  }

  /** Returns to the fund what the reservation holds beyond what was paid out, once; the reservation closes. */
  release(reservationId: string): Promise<{ released: number }> {
    return this.db.run(async (m) => {
      const { fund, reservation } = await this.lockReservation(m, reservationId);
      if (reservation.status === 'closed') return { released: reservation.released };
      if (reservation.status !== 'held') {
        throw new DomainError(HttpStatus.CONFLICT, 'RESERVATION_NOT_HELD', `Reservation ${reservation.id} was refused; there is nothing to release`);
      }
      const amount = reservation.amount - reservation.disbursed - reservation.released;
      const now = this.clock.now();
      if (amount > 0) {
        await this.append(m, fund, 'release', amount, {
          entryKey: `release:${reservation.id}`,
          grantId: reservation.grantId,
          reservationId: reservation.id,
        });
        await this.saveTotals(m, fund, { released: fund.released + amount });
      }
      await m.update(
        FundReservationEntity,
        { id: reservation.id },
        partialRow<FundReservationEntity>({ status: 'closed', released: reservation.released + amount, updatedAt: now }),
      );
      return { released: reservation.released + amount };
    });
  }

  private async lockFund(m: EntityManager, fundId: string): Promise<FundEntity> {
    const qb = m.createQueryBuilder(FundEntity, 'f').where('f.id = :fundId', { fundId });
    if (this.db.driver === 'mysql') qb.setLock('pessimistic_write');
    const fund = await qb.getOne();
    if (!fund) throw new DomainError(HttpStatus.NOT_FOUND, 'FUND_NOT_FOUND', `No fund ${fundId}`);
    return fund;
  }

  private async lockReservation(m: EntityManager, reservationId: string) {
    const unlocked = await m.findOneBy(FundReservationEntity, { id: reservationId });
    if (!unlocked) {
      throw new DomainError(HttpStatus.NOT_FOUND, 'RESERVATION_NOT_FOUND', `No reservation ${reservationId}`);
    }
    const fund = await this.lockFund(m, unlocked.fundId);
    // Re-read under the fund's lock, which every change to the reservation holds.
    const reservation = (await m.findOneBy(FundReservationEntity, { id: reservationId })) ?? unlocked;
    return { fund, reservation };
  }

  private async append(
    m: EntityManager,
    fund: FundEntity,
    kind: LedgerEntryKind,
    amount: number,
    rest: Partial<Pick<FundLedgerEntryEntity, 'grantId' | 'reservationId' | 'tranche' | 'note' | 'actorId'>> & { entryKey: string },
  ): Promise<FundLedgerEntryEntity> {
    const now = this.clock.now();
    const entry: FundLedgerEntryEntity = {
      id: ulid(now.getTime()),
      fundId: fund.id,
      kind,
      amount,
      grantId: rest.grantId ?? null,
      reservationId: rest.reservationId ?? null,
      tranche: rest.tranche ?? null,
      entryKey: rest.entryKey,
      note: rest.note ?? null,
      actorId: rest.actorId ?? null,
      availableAfter: availableOf(fund) + AVAILABLE_CHANGE[kind] * amount,
      createdAt: now,
    };
    await m.insert(FundLedgerEntryEntity, entry);
    return entry;
  }

  private async saveTotals(
    m: EntityManager,
    fund: FundEntity,
    totals: Partial<Pick<FundEntity, 'received' | 'reserved' | 'released' | 'disbursed'>>,
  ): Promise<void> {
    const next = { ...fund, ...totals };
    if (availableOf(next) < 0) {
      // Unreachable by construction; refuse rather than commit a negative balance.
      throw new DomainError(HttpStatus.CONFLICT, 'FUND_BALANCE_NEGATIVE', `The fund ${fund.code} cannot go below zero`);
    }
    await m.update(FundEntity, { id: fund.id }, partialRow<FundEntity>({ ...totals, updatedAt: this.clock.now() }));
    Object.assign(fund, totals);
  }
}

function outcomeOf(row: FundReservationEntity): ReservationOutcome {
  return row.status === 'refused'
    ? { outcome: 'refused', reason: row.refusalReason ?? 'The fund cannot cover the amount', available: row.availableAtRefusal ?? 0 }
    : { outcome: 'reserved', reservationId: row.id, amount: row.amount };
}

function assertFen(amount: number, minimum: number): void {
  if (!Number.isSafeInteger(amount) || amount < minimum) {
    throw new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, 'INVALID_AMOUNT', `Amounts are whole fen of at least ${minimum}, not ${amount}`);
  }
}
