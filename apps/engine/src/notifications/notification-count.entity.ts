import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How many notices a recipient (`user:<id>` or `role:<role>`) has ever been sent, counted as they arrive. */
@Entity('notification_counts')
export class NotificationCountEntity {
  @PrimaryColumn({ type: 'varchar', length: 80 })
  recipient!: string;

  @Column({ type: 'int' })
  delivered!: number;
}

/** How many of a recipient's notices a person had been sent when they last read their list. */
@Entity('notification_reads')
export class NotificationReadEntity {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 64 })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 80 })
  recipient!: string;

  @Column({ type: 'int' })
  seen!: number;
}
