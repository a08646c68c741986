import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import type { Disclosure } from '@yilin/workflow-supervisory-review';
import { jsonTransformer } from '@engine/database/json.transformer';

/** Every supervisory review by tracking code, and its outcome once published; nothing personal. */
@Entity('supervisory_reviews')
@Index('idx_supervisory_reviews_published', ['publishedAt', 'reviewId'])
export class ReviewRecordEntity {
  @PrimaryColumn({ name: 'review_id', type: 'varchar', length: 26 })
  reviewId!: string;

  @Column({ name: 'tracking_code', type: 'varchar', length: 16, unique: true })
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
