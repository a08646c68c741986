import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

import { OnMariaDb } from '@engine/database/driver-columns';

import type { Disclosure } from '@yilin/workflow-supervisory-review';
import { jsonTransformer } from '@engine/database/json.transformer';

/** Every supervisory review by tracking code, and its outcome once published; nothing personal. */
@Entity('supervisory_reviews')
@Unique('uq_supervisory_reviews_tracking_code', ['trackingCode'])
@Index('idx_supervisory_reviews_published', ['publishedAt', 'reviewId'])
export class ReviewRecordEntity {
  @PrimaryColumn({ name: 'review_id', type: 'varchar', length: 26 })
  reviewId!: string;

  @OnMariaDb({ collation: 'utf8mb4_bin' })
  @Column({ name: 'tracking_code', type: 'varchar', length: 16 })
  trackingCode!: string;

  @Column({ type: 'varchar', length: 16 })
  source!: string;

  @Column({ name: 'raised_at', type: 'datetime', precision: 3 })
  raisedAt!: Date;

  @Column({ type: 'text', nullable: true, transformer: jsonTransformer })
  disclosure!: Disclosure | null;

  @Column({ name: 'published_at', type: 'datetime', precision: 3, nullable: true })
  publishedAt!: Date | null;
}
