import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { OnMariaDb } from '@engine/database/driver-columns';
import { jsonTransformer } from '@engine/database/json.transformer';

@Entity('audit_entries')
@Index('uq_audit_instance_revision', ['instanceId', 'revision'], { unique: true })
export class AuditEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 26 })
  id!: string;

  @Column({ name: 'instance_id', type: 'varchar', length: 26 })
  instanceId!: string;

  @Column({ type: 'int' })
  revision!: number;

  @Column({ type: 'varchar', length: 64 })
  event!: string;

  @OnMariaDb({ type: 'longtext' })
  @Column({ type: 'text', transformer: jsonTransformer })
  data!: Record<string, unknown>;

  @Column({ type: 'text', transformer: jsonTransformer })
  actor!: { id: string; username: string; roles: string[]; system?: boolean };

  @Column({ name: 'from_state', type: 'varchar', length: 255, nullable: true })
  fromState!: string | null;

  @Column({ name: 'to_state', type: 'varchar', length: 255 })
  toState!: string;

  @Column({ type: 'datetime', precision: 3 })
  at!: Date;
}
