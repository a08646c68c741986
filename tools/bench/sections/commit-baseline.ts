import { DatabaseTransactions } from '@engine/database/database-transactions';

import { runLoad } from '../measure.util';

const TABLE = 'bench_commits';

/**
 * The database's own durable commit, through the engine's transaction path (pool, group commit), with
 * the same concurrency as the persisted transitions: one small row written per transaction. What a
 * transition costs beyond this is the engine's overhead.
 */
export async function commitBaseline(transactions: DatabaseTransactions, workers: number, durationMs: number) {
  const query = (sql: string) => transactions.exclusive(() => transactions.dataSource.query(sql));
  await query(`CREATE TABLE ${TABLE} (id VARCHAR(40) PRIMARY KEY, worker INT NOT NULL, payload TEXT NOT NULL)`);
  const payload = JSON.stringify({ type: 'COMMENT', data: { text: '居民反映路灯不亮，已登记。' } });
  let next = 0;
  try {
    return await runLoad(workers, durationMs, (worker) =>
      transactions.run((manager) => manager.query(`INSERT INTO ${TABLE} (id, worker, payload) VALUES (?, ?, ?)`, [`c${next++}`, worker, payload])),
    );
  } finally {
    await query(`DROP TABLE ${TABLE}`);
  }
}
