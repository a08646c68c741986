import { Column, Entity, PrimaryColumn } from 'typeorm';

import { OnMariaDb } from '@engine/database/driver-columns';
import { jsonTransformer } from '@engine/database/json.transformer';

@Entity('idempotency_keys')
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'actor_id', type: 'varchar', length: 64 })
  actorId!: string;

  @PrimaryColumn({ type: 'varchar', length: 128 })
  key!: string;

  @Column({ type: 'varchar', length: 64 })
  fingerprint!: string;

  @Column({ name: 'instance_id', type: 'varchar', length: 26 })
  instanceId!: string;

  @OnMariaDb({ type: 'longtext' })
  @Column({ type: 'text', transformer: jsonTransformer })
  response!: unknown;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}
