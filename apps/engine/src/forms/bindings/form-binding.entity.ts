import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One change of the form bound to a step slot, kept forever: the latest row at or before an instant is
 * the binding in force then, so a running instance keeps the form it started with and the rows are the
 * audit trail of who bound what. `scope` is '' for the workflow-wide binding, else a programme id.
 */
@Entity('form_bindings')
@Index('idx_form_bindings_slot', ['workflow', 'slot', 'scope', 'boundAt'])
export class FormBindingEntity {
  @PrimaryColumn({ type: 'varchar', length: 26 })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  workflow!: string;

  @Column({ type: 'varchar', length: 100 })
  slot!: string;

  @Column({ type: 'varchar', length: 100 })
  scope!: string;

  @Column({ name: 'form_key', type: 'varchar', length: 64 })
  formKey!: string;

  @Column({ name: 'bound_by', type: 'varchar', length: 64 })
  boundBy!: string;

  @Column({ name: 'bound_at', type: 'datetime', precision: 3 })
  boundAt!: Date;
}
