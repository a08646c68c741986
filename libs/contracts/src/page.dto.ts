/** One page of a list, newest first; pass `nextCursor` back as `cursor` for the next page (null: no more). */
export interface PageDto<T> {
  items: T[];
  nextCursor: string | null;
}
