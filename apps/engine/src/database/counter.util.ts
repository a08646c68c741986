import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Adds `delta` to a counter row inside the caller's transaction, creating the row the first time. The
 * usual case is one UPDATE by primary key (a row lock at most); only a missing row takes the upsert,
 * since another transaction may be creating the same row at the same moment.
 */
export async function addToCounter<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  key: Record<string, string | number>,
  column: string,
  delta: number,
): Promise<void> {
  if (!Number.isInteger(delta)) throw new Error(`A counter moves by whole numbers, not ${delta}`);
  const escape = (name: string) => m.connection.driver.escape(name);
  const counted = escape(column);
  const updated = await m
    .createQueryBuilder()
    .update(entity)
    .set({ [column]: () => `${counted} + ${delta}` } as never)
    .where(key)
    .execute();
  if (updated.affected) return;
  const metadata = m.connection.getMetadata(entity);
  const columns = Object.keys(key).map((property) => metadata.findColumnWithPropertyName(property)?.databaseName ?? property);
  const upsert =
    m.connection.driver.options.type === 'mysql'
      ? `ON DUPLICATE KEY UPDATE ${counted} = ${counted} + VALUES(${counted})`
      : `ON CONFLICT (${columns.map(escape).join(', ')}) DO UPDATE SET ${counted} = ${counted} + excluded.${counted}`;
  await m.query(
    `INSERT INTO ${escape(metadata.tableName)} (${[...columns, column].map(escape).join(', ')}) VALUES (${[...columns, column].map(() => '?').join(', ')}) ${upsert}`,
    [...Object.values(key), delta],
  );
}
