import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { jsonTransformer } from '@engine/database/json.transformer';

@Entity('timers')
@Index('idx_timers_status_due', ['status', 'dueAt'])
@Index('idx_timers_instance', ['instanceId', 'status'])
export class TimerEntity {
  @PrimaryColumn({ type: 'varchar', length: 26 })
  id!: string;

  @Column({ name: 'instance_id', type: 'varchar', length: 26 })
  instanceId!: string;

  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'text', transformer: jsonTransformer })
  event!: { type: string; data?: Record<string, unknown> };

  @Column({ name: 'due_at', type: 'datetime', precision: 3 })
  dueAt!: Date;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'fired_at', type: 'datetime', precision: 3, nullable: true })
  firedAt!: Date | null;
}
