import { Column, Entity, PrimaryColumn } from 'typeorm';

import { jsonTransformer } from '@engine/database/json.transformer';

/** The council's rules, one row: quorum, majority, and optionally a fixed list of members. */
@Entity('council_settings')
export class CouncilSettingsEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  id!: string;

  @Column({ name: 'quorum_numerator', type: 'int' })
  quorumNumerator!: number;

  @Column({ name: 'quorum_denominator', type: 'int' })
  quorumDenominator!: number;

  @Column({ name: 'approval_share_above', type: 'double' })
  approvalShareAbove!: number;

  /** Null: the members are whoever holds the council role when a grant starts. */
  @Column({ name: 'member_ids', type: 'text', nullable: true, transformer: jsonTransformer })
  memberIds!: string[] | null;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}
