import { HttpStatus } from '@nestjs/common';

import { DomainError } from '@engine/common/errors/domain.error';

export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 200;

export { ListPageQuerySchema, PageQuerySchema, type PageQuery } from '@yilin/contracts/schemas';

export const pageLimit = (query: { limit?: string }): number => Math.min(Number(query.limit ?? DEFAULT_PAGE), MAX_PAGE);

/** Where a page ordered by (time, id), newest first, stopped: the last row's pair. */
export interface TimeKey {
  at: Date;
  id: string;
}

export function encodeTimeKey(key: TimeKey): string {
  return Buffer.from(`${key.at.toISOString()}|${key.id}`).toString('base64url');
}

export function decodeTimeKey(cursor: string): TimeKey {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const time = new Date(at);
  if (!id || Number.isNaN(time.getTime())) throw invalidCursor();
  return { at: time, id };
}

/** A cursor that is an id itself (ULID), as most lists are ordered by id alone. */
export function checkIdCursor(cursor: string): string {
  if (!/^[0-9A-Z]{26}$/.test(cursor)) throw invalidCursor();
  return cursor;
}

const invalidCursor = () =>
  new DomainError(HttpStatus.BAD_REQUEST, 'INVALID_CURSOR', '翻页位置无效，请从第一页重新开始 The page cursor is not valid; start again from the first page');
