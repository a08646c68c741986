import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { decodeTimeKey, encodeTimeKey, type TimeKey } from '@engine/common/pagination/page-query';

/**
 * Newest first by (time, id), `limit + 1` rows from the cursor on: the index on (time, id) is walked
 * backwards from where the last page stopped, and the extra row says whether another page follows.
 * `time <= t` is the range the index seeks; `(time < t OR id < i)` only filters its first rows.
 */
export function newestByTime<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  columns: { time: string; id: string },
  page: { cursor?: string; limit: number },
): SelectQueryBuilder<T> {
  qb.orderBy(columns.time, 'DESC').addOrderBy(columns.id, 'DESC').take(page.limit + 1);
  if (page.cursor) {
    const after = decodeTimeKey(page.cursor);
    qb.andWhere(`${columns.time} <= :afterTime`, { afterTime: after.at }).andWhere(
      `(${columns.time} < :afterTime OR ${columns.id} < :afterId)`,
      { afterId: after.id },
    );
  }
  return qb;
}

/** The page and the cursor to the next one, from rows read by `newestByTime`. */
export function timePage<T>(rows: T[], limit: number, keyOf: (row: T) => TimeKey): { rows: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  return { rows: page, nextCursor: rows.length > limit ? encodeTimeKey(keyOf(page[page.length - 1])) : null };
}
