import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

import { fenTransformer } from './fen.transformer';

export type LedgerEntryKind = 'donation' | 'reservation' | 'release' | 'disbursement';

/** One line of a fund's append-only ledger; amounts are positive integer fen, the kind gives the sign. */
@Entity('fund_ledger_entries')
@Unique('uq_ledger_entry_key', ['entryKey'])
@Index('idx_ledger_fund', ['fundId', 'id'])
export class FundLedgerEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 26 })
  id!: string;

  @Column({ name: 'fund_id', type: 'varchar', length: 26 })
  fundId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: LedgerEntryKind;

  @Column({ type: 'bigint', transformer: fenTransformer })
  amount!: number;

  @Column({ name: 'grant_id', type: 'varchar', length: 26, nullable: true })
  grantId!: string | null;

  @Column({ name: 'reservation_id', type: 'varchar', length: 26, nullable: true })
  reservationId!: string | null;

  @Column({ type: 'int', nullable: true })
  tranche!: number | null;

  /** What makes the entry unique (`reservation:<grant>`, `disbursement:<reservation>:<tranche>`…): a redelivery adds nothing. */
  @Column({ name: 'entry_key', type: 'varchar', length: 191 })
  entryKey!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ name: 'actor_id', type: 'varchar', length: 64, nullable: true })
  actorId!: string | null;

  /** The fund's available balance right after this entry, kept as it is written. */
  @Column({ name: 'available_after', type: 'bigint', transformer: fenTransformer, default: 0 })
  availableAfter!: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}
