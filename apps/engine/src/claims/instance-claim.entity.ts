import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The person handling an instance's current step; one claim per instance. */
@Entity('instance_claims')
@Index('idx_instance_claims_user', ['userId'])
export class InstanceClaimEntity {
  @PrimaryColumn({ name: 'instance_id', type: 'varchar', length: 26 })
  instanceId!: string;

  @Column({ name: 'user_id', type: 'varchar', length: 64 })
  userId!: string;

  /** The state claimed in: once the instance moves on, the claim no longer holds. */
  @Column({ type: 'varchar', length: 255 })
  state!: string;

  @Column({ name: 'claimed_at', type: 'datetime', precision: 3 })
  claimedAt!: Date;
}
