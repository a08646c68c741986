import { Entity, Index, PrimaryColumn } from 'typeorm';

/** Who takes part in an instance besides its owner, one row each, so lists can find theirs by index. */
@Entity('instance_participants')
@Index('idx_participants_user', ['userId', 'instanceId'])
export class InstanceParticipantEntity {
  @PrimaryColumn({ name: 'instance_id', type: 'varchar', length: 26 })
  instanceId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 64 })
  userId!: string;
}
