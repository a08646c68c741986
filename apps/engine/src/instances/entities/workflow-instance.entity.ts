import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { OnMariaDb } from '@engine/database/driver-columns';
import { jsonTransformer } from '@engine/database/json.transformer';

@Entity('workflow_instances')
@Index('idx_instances_workflow_state', ['workflow', 'state', 'id'])
@Index('idx_instances_owner', ['ownerId', 'id'])
@Index('idx_instances_workflow_id', ['workflow', 'id'])
@Index('idx_instances_workflow_status_id', ['workflow', 'status', 'id'])
@Index('idx_instances_status_id', ['status', 'id'])
@Index('idx_instances_status_updated', ['status', 'updatedAt'])
export class WorkflowInstanceEntity {
  @PrimaryColumn({ type: 'varchar', length: 26 })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  workflow!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'varchar', length: 255 })
  state!: string;

  @OnMariaDb({ type: 'longtext' })
  @Column({ type: 'text', transformer: jsonTransformer })
  snapshot!: unknown;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ type: 'int' })
  revision!: number;

  @Column({ name: 'owner_id', type: 'varchar', length: 64 })
  ownerId!: string;

  @Column({ type: 'text', transformer: jsonTransformer })
  participants!: string[];

  @Column({ name: 'form_pins', type: 'text', transformer: jsonTransformer })
  formPins!: Record<string, number>;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;

  /** When it entered its current state: the time in state it adds up when it leaves. */
  @Column({ name: 'state_entered_at', type: 'datetime', precision: 3, nullable: true })
  stateEnteredAt!: Date | null;

  /** Who may find it on their task list (see `instance_tasks`); null until worked out. */
  @Column({ name: 'task_audiences', type: 'text', nullable: true, transformer: jsonTransformer })
  taskAudiences!: string[] | null;
}
