import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { ReviewContact } from '@yilin/workflow-supervisory-review';
import { jsonTransformer } from '@engine/database/json.transformer';

/**
 * How to reach whoever filed a public feedback. Kept here, never in the review's context: the subject of
 * a review sees that context, and must not learn who reported them.
 */
@Entity('public_feedback')
export class PublicFeedbackEntity {
  @PrimaryColumn({ name: 'review_id', type: 'varchar', length: 26 })
  reviewId!: string;

  @Column({ type: 'text', nullable: true, transformer: jsonTransformer })
  contact!: ReviewContact | null;

  @Column({ name: 'filer_user_id', type: 'varchar', length: 64, nullable: true })
  filerUserId!: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}
