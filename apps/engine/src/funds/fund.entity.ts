import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

import { fenTransformer } from './fen.transformer';

export type FundKind = 'special' | 'micro';

/**
 * A fund (基金) with running totals kept in the same transaction as each ledger entry, so the available
 * balance is read from one locked row instead of summed.
 */
@Entity('funds')
@Unique('uq_funds_code', ['code'])
export class FundEntity {
  @PrimaryColumn({ type: 'varchar', length: 26 })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: FundKind;

  @Column({ name: 'name_zh', type: 'varchar', length: 200 })
  nameZh!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn!: string;

  @Column({ type: 'bigint', transformer: fenTransformer })
  received!: number;

  @Column({ type: 'bigint', transformer: fenTransformer })
  reserved!: number;

  @Column({ type: 'bigint', transformer: fenTransformer })
  released!: number;

  @Column({ type: 'bigint', transformer: fenTransformer })
  disbursed!: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}
