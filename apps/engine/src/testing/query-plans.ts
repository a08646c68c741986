import type { DataSource } from 'typeorm';

export interface StatementPlan {
  sql: string;
  /** SQLite: `EXPLAIN QUERY PLAN` details; MariaDB: `EXPLAIN` rows as `table key=… type=… rows=… extra`. */
  plan: string[];
}

/**
 * Runs `work`, records every SELECT it sends through `dataSource`, then asks the database how it reads each
 * one (`EXPLAIN QUERY PLAN` on SQLite, `EXPLAIN` on MariaDB), with the same parameters.
 */
export async function plansOf(dataSource: DataSource, work: () => Promise<unknown>): Promise<StatementPlan[]> {
  const logger = dataSource.logger;
  const logQuery = logger.logQuery.bind(logger);
  const seen: Array<{ sql: string; parameters: unknown[] }> = [];
  logger.logQuery = (sql, parameters, runner) => {
    if (/^\s*SELECT\b/i.test(sql) && !/^\s*SELECT 1\s*$/i.test(sql)) seen.push({ sql, parameters: Array.isArray(parameters) ? parameters : [] });
    return logQuery(sql, parameters, runner);
  };
  try {
    await work();
  } finally {
    logger.logQuery = logQuery;
  }
  const sqlite = dataSource.options.type === 'better-sqlite3';
  const plans: StatementPlan[] = [];
  for (const { sql, parameters } of seen) {
    const rows: Array<Record<string, unknown>> = await dataSource.query(`${sqlite ? 'EXPLAIN QUERY PLAN' : 'EXPLAIN'} ${sql}`, parameters);
    plans.push({
      sql,
      plan: rows.map((row) =>
        sqlite ? String(row.detail) : `${String(row.table)} key=${String(row.key)} type=${String(row.type)} rows=${String(row.rows)} ${String(row.Extra ?? '')}`.trim(),
      ),
    });
  }
  return plans;
}
