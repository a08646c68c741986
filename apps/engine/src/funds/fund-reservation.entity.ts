import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

import { fenTransformer } from './fen.transformer';

export type ReservationStatus = 'held' | 'refused' | 'closed';

/**
 * The fund's answer to one grant, kept so a redelivered request gets the same answer: a reservation held
 * (then disbursed and released), or a refusal with the balance that caused it. Also the public register
 * of approved grants.
 */
@Entity('fund_reservations')
@Unique('uq_reservations_grant', ['grantId'])
@Index('idx_reservations_status', ['status', 'id'])
@Index('idx_reservations_fund', ['fundId', 'id'])
export class FundReservationEntity {
  @PrimaryColumn({ type: 'varchar', length: 26 })
  id!: string;

  @Column({ name: 'grant_id', type: 'varchar', length: 26 })
  grantId!: string;

  @Column({ name: 'fund_id', type: 'varchar', length: 26 })
  fundId!: string;

  @Column({ name: 'programme_id', type: 'varchar', length: 64, nullable: true })
  programmeId!: string | null;

  @Column({ name: 'programme_title', type: 'varchar', length: 200 })
  programmeTitle!: string;

  @Column({ type: 'varchar', length: 200 })
  organisation!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: ReservationStatus;

  @Column({ type: 'bigint', transformer: fenTransformer })
  requested!: number;

  /** What is held; 0 when refused. */
  @Column({ type: 'bigint', transformer: fenTransformer })
  amount!: number;

  @Column({ type: 'bigint', transformer: fenTransformer })
  disbursed!: number;

  @Column({ type: 'bigint', transformer: fenTransformer })
  released!: number;

  @Column({ name: 'refusal_reason', type: 'varchar', length: 500, nullable: true })
  refusalReason!: string | null;

  @Column({ name: 'available_at_refusal', type: 'bigint', nullable: true, transformer: fenTransformer })
  availableAtRefusal!: number | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}
