import type { LocalizedText } from '@yilin/contracts';

import type { FundEntity, FundKind } from './fund.entity';
import type { FundLedgerEntryEntity, LedgerEntryKind } from './fund-ledger-entry.entity';
import type { FundReservationEntity, ReservationStatus } from './fund-reservation.entity';

/** Every amount in integer fen. */
export interface FundBalancesDto {
  /** Donations in. */
  received: number;
  /** Held for grants, disbursed or not, net of releases. */
  granted: number;
  reserved: number;
  released: number;
  disbursed: number;
  /** received − reserved + released; never negative. */
  available: number;
}

export interface FundDto {
  id: string;
  code: string;
  kind: FundKind;
  name: LocalizedText;
  balances: FundBalancesDto;
  createdAt: string;
}

export interface LedgerEntryDto {
  id: string;
  fundId: string;
  kind: LedgerEntryKind;
  amount: number;
  grantId: string | null;
  reservationId: string | null;
  tranche: number | null;
  note: string | null;
  /** The fund's available balance right after this entry. */
  availableAfter: number;
  at: string;
}

export interface ReservationDto {
  id: string;
  grantId: string;
  fundId: string;
  programmeId: string | null;
  programmeTitle: string;
  organisation: string;
  title: string;
  status: ReservationStatus;
  requested: number;
  amount: number;
  disbursed: number;
  released: number;
  refusalReason: string | null;
  createdAt: string;
}

/** A fund with the first page of its ledger and of its grants; the rest through their own paginated lists. */
export interface FundDetailDto extends FundDto {
  ledger: LedgerEntryDto[];
  ledgerNextCursor: string | null;
  reservations: ReservationDto[];
  reservationsNextCursor: string | null;
}

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
