import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/** TypeORM's deep-partial type cannot express JSON columns; their transformers serialise them. */
export function partialRow<T>(value: object): QueryDeepPartialEntity<T> {
  return value as QueryDeepPartialEntity<T>;
}
