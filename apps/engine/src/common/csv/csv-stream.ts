import { Readable } from 'node:stream';

import { StreamableFile } from '@nestjs/common';

import { csvLines, toCsv } from './csv.util';

type Row = ReadonlyArray<string | number | null>;

/**
 * A CSV file sent page by page as `pages` yields them, so an export of a million rows never sits in
 * memory whole; the stream asks for the next page only when the client has read the last one.
 */
export function csvFile(filename: string, header: readonly string[], pages: AsyncIterable<Row[]>): StreamableFile {
  async function* chunks() {
    yield toCsv(header, []);
    for await (const rows of pages) if (rows.length) yield csvLines(rows);
  }
  return new StreamableFile(Readable.from(chunks()), {
    type: 'text/csv; charset=utf-8',
    disposition: `attachment; filename="${filename}"`,
  });
}

/** Every page of a keyset-paginated list, one query each, until the list says there is no more. */
export async function* allPages<T>(page: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>) {
  let cursor: string | undefined;
  do {
    const next = await page(cursor);
    yield next.items;
    cursor = next.nextCursor ?? undefined;
  } while (cursor);
}

/** Each page's items turned into CSV cells. */
export async function* mapPages<T>(pages: AsyncIterable<T[]>, cells: (item: T) => Row): AsyncIterable<Row[]> {
  for await (const items of pages) yield items.map(cells);
}
