import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How many instances of a workflow are in a state, kept as transitions commit. A state's count is the sum
 * over its slots: each instance always counts in the slot its id picks, so transitions of different
 * instances rarely wait on the same row.
 */
@Entity('instance_state_counts')
export class InstanceStateCountEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  workflow!: string;

  @PrimaryColumn({ type: 'varchar', length: 255 })
  state!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  status!: string;

  @PrimaryColumn({ type: 'int' })
  slot!: number;

  @Column({ type: 'int' })
  count!: number;
}
