import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Time instances of a workflow spent in a state they have left, added up as transitions commit. Like the
 * state counts, a state's figures are spread over slots (an instance always adds to the one its id picks),
 * so transitions of different instances rarely wait on the same row.
 */
@Entity('state_durations')
export class StateDurationEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  workflow!: string;

  @PrimaryColumn({ type: 'varchar', length: 255 })
  state!: string;

  @PrimaryColumn({ type: 'int' })
  slot!: number;

  /** Stays that ended. */
  @Column({ type: 'int' })
  visits!: number;

  @Column({ name: 'total_ms', type: 'bigint' })
  totalMs!: string | number;

  @Column({ name: 'longest_ms', type: 'bigint' })
  longestMs!: string | number;
}
