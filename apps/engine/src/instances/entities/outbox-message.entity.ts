import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { OnMariaDb } from '@engine/database/driver-columns';
import { jsonTransformer } from '@engine/database/json.transformer';

@Entity('outbox_messages')
@Index('idx_outbox_status_created', ['status', 'createdAt'])
export class OutboxMessageEntity {
  @PrimaryColumn({ type: 'varchar', length: 26 })
  id!: string;

  @Column({ name: 'instance_id', type: 'varchar', length: 26 })
  instanceId!: string;

  @Column({ type: 'varchar', length: 64 })
  type!: string;

  @OnMariaDb({ type: 'longtext' })
  @Column({ type: 'text', transformer: jsonTransformer })
  payload!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ type: 'int' })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}
