import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type EntityManager } from 'typeorm';

import { type OutboxRecord, OutboxProcessor } from '@yilin/runtime';
import type { PublishOutcomeParams, TrackReviewParams } from '@yilin/workflow-supervisory-review';
import type { PageDto } from '@yilin/contracts';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { newestByTime, timePage } from '@engine/database/keyset.util';
import { partialRow } from '@engine/database/partial-row.util';
import { isUniqueViolation } from '@engine/enterprises/unique-violation.util';

import type { PublicOutcomeDto } from './supervision.dto';
import { ReviewRecordEntity } from './review-record.entity';

/**
 * The engine's index of supervisory reviews: tracking code → review, and the outcomes published on the
 * transparency pages. Fed by the review machine's `trackReview` and `publishOutcome` effects.
 */
@Injectable()
export class ReviewRecordsService implements OnModuleInit {
  constructor(
    private readonly db: DatabaseTransactions,
    private readonly outbox: OutboxProcessor,
  ) {}

  onModuleInit(): void {
    this.outbox
      .register<TrackReviewParams>('trackReview', (message, params) => this.track(params, message.createdAt))
      .register<PublishOutcomeParams>('publishOutcome', (message, params) => this.publishFromOutbox(message, params));
  }

  /** Records a review once; the feedback form and the outbox may both report the same one. */
  async track(params: TrackReviewParams, at: Date): Promise<void> {
    await this.upsert(params.reviewId, async (m, existing) => {
      if (existing) return;
      await m.insert(ReviewRecordEntity, {
        reviewId: params.reviewId,
        trackingCode: params.trackingCode,
        source: params.source,
        raisedAt: at,
        disclosure: null,
        publishedAt: null,
      });
    });
  }

  async findReviewId(trackingCode: string): Promise<string | null> {
    const row = await this.db.exclusive(() => this.db.dataSource.manager.findOneBy(ReviewRecordEntity, { trackingCode }));
    return row?.reviewId ?? null;
  }

  /** A page of published outcomes, the most recent first. */
  async listOutcomes(page: { cursor?: string; limit: number }): Promise<PageDto<PublicOutcomeDto>> {
    const read = await this.db.exclusive(() =>
      newestByTime(
        this.db.dataSource.manager.createQueryBuilder(ReviewRecordEntity, 'r').where('r.publishedAt IS NOT NULL'),
        { time: 'r.publishedAt', id: 'r.reviewId' },
        page,
      ).getMany(),
    );
    const { rows, nextCursor } = timePage(read, page.limit, (row) => ({ at: row.publishedAt as Date, id: row.reviewId }));
    const items = rows
      .filter((row): row is ReviewRecordEntity & { disclosure: NonNullable<ReviewRecordEntity['disclosure']> } => row.disclosure !== null)
      .map(({ disclosure }) => ({
        summary: disclosure.summary,
        outcome: disclosure.outcome,
        riskLevel: disclosure.riskLevel,
        publishedAt: disclosure.publishedAt,
      }));
    return { items, nextCursor };
  }

  // Deliveries may arrive out of order (Bull runs jobs in parallel): an outcome can be the first news of a review.
  private async publishFromOutbox(message: OutboxRecord, { reviewId, trackingCode, disclosure }: PublishOutcomeParams): Promise<void> {
    const published = { disclosure, publishedAt: new Date(disclosure.publishedAt) };
    await this.upsert(reviewId, async (m, existing) => {
      if (existing) {
        await m.update(ReviewRecordEntity, { reviewId }, partialRow<ReviewRecordEntity>(published));
      } else {
        await m.insert(ReviewRecordEntity, { reviewId, trackingCode, source: 'unknown', raisedAt: message.createdAt, ...published });
      }
    });
  }

  private async upsert(
    reviewId: string,
    write: (m: EntityManager, existing: ReviewRecordEntity | null) => Promise<void>,
  ): Promise<void> {
    const attempt = () => this.db.run(async (m) => write(m, await m.findOneBy(ReviewRecordEntity, { reviewId })));
    try {
      await attempt();
    } catch (error) {
      // A concurrent delivery inserted the row first: write again over it.
      if (!isUniqueViolation(error)) throw error;
      await attempt();
    }
  }
}
