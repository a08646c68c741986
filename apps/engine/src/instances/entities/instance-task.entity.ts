import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An active instance filed under someone who may have to act on it (`role:<role>` or `user:<id>`), written
 * with each step: a task list reads these by index, newest first, instead of filtering instances.
 */
@Entity('instance_tasks')
@Index('idx_instance_tasks_workflow', ['audience', 'workflow', 'instanceId'])
@Index('idx_instance_tasks_instance', ['instanceId'])
export class InstanceTaskEntity {
  @PrimaryColumn({ type: 'varchar', length: 80 })
  audience!: string;

  @PrimaryColumn({ name: 'instance_id', type: 'varchar', length: 26 })
  instanceId!: string;

  @Column({ type: 'varchar', length: 64 })
  workflow!: string;
}
