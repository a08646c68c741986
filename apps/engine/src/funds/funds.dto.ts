import type { FundDto, LedgerEntryDto, ReservationDto } from '@yilin/contracts';

import type { FundEntity } from './fund.entity';
import type { FundLedgerEntryEntity } from './fund-ledger-entry.entity';
import type { FundReservationEntity } from './fund-reservation.entity';

export type { FundBalancesDto, FundDetailDto, FundDto, LedgerEntryDto, ReservationDto } from '@yilin/contracts';

/** The fund's answer to a grant's request for money. */
export type ReservationOutcome =
  | { outcome: 'reserved'; reservationId: string; amount: number }
  | { outcome: 'refused'; reason: string; available: number };

export const availableOf = (fund: Pick<FundEntity, 'received' | 'reserved' | 'released'>): number =>
  fund.received - fund.reserved + fund.released;

export const toFundDto = (fund: FundEntity): FundDto => ({
  id: fund.id,
  code: fund.code,
  kind: fund.kind,
  name: { zh: fund.nameZh, en: fund.nameEn },
  balances: {
    received: fund.received,
    granted: fund.reserved - fund.released,
    reserved: fund.reserved,
    released: fund.released,
    disbursed: fund.disbursed,
    available: availableOf(fund),
  },
  createdAt: fund.createdAt.toISOString(),
});

export const toLedgerEntryDto = (entry: FundLedgerEntryEntity): LedgerEntryDto => ({
  id: entry.id,
  fundId: entry.fundId,
  kind: entry.kind,
  amount: entry.amount,
  grantId: entry.grantId,
  reservationId: entry.reservationId,
  tranche: entry.tranche,
  note: entry.note,
  availableAfter: entry.availableAfter,
  at: entry.createdAt.toISOString(),
});

export const toReservationDto = (row: FundReservationEntity): ReservationDto => ({
  id: row.id,
  grantId: row.grantId,
  fundId: row.fundId,
  programmeId: row.programmeId,
  programmeTitle: row.programmeTitle,
  organisation: row.organisation,
  title: row.title,
  status: row.status,
  requested: row.requested,
  amount: row.amount,
  disbursed: row.disbursed,
  released: row.released,
  refusalReason: row.refusalReason,
  createdAt: row.createdAt.toISOString(),
});
