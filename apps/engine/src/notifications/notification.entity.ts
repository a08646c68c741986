import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { OnMariaDb } from '@engine/database/driver-columns';
import { jsonTransformer } from '@engine/database/json.transformer';

/** One notice for one recipient (`user:<id>` or `role:<role>`). */
@Entity('notifications')
@Index('idx_notifications_recipient', ['recipient', 'createdAt', 'id'])
export class NotificationEntity {
  /** `<outbox message id>:<recipient index>`, so a redelivered message adds nothing. */
  @PrimaryColumn({ type: 'varchar', length: 40 })
  id!: string;

  @Column({ type: 'varchar', length: 80 })
  recipient!: string;

  @Column({ name: 'instance_id', type: 'varchar', length: 26 })
  instanceId!: string;

  @Column({ type: 'varchar', length: 64 })
  workflow!: string;

  @Column({ type: 'varchar', length: 64 })
  template!: string;

  @OnMariaDb({ type: 'longtext' })
  @Column({ type: 'text', transformer: jsonTransformer })
  data!: Record<string, unknown>;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}
