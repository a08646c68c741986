import { QueryResult, type QueryRunner } from 'typeorm';

interface FormattingConnection {
  format(sql: string, values: unknown[]): string;
}

type Query = (sql: string, parameters?: unknown[], structured?: boolean) => Promise<unknown>;

const TRANSACTION_CONTROL = /^\s*(SET SESSION TRANSACTION|START TRANSACTION)\b/i;
const ROLLBACK = /^\s*ROLLBACK\s*$/i;

/**
 * Statements a MariaDB transaction holds back and sends ahead of its next statement, in the same round trip
 * (the connection takes several statements in one query): its START TRANSACTION goes with its first lock,
 * and the rows its group holds back go with its COMMIT. Every statement is a round trip and a write to the
 * socket on the engine's one thread; a step alone sends 2 instead of 5.
 *
 * Only statements whose answers nobody reads may be held. The server stops at the first statement it
 * refuses and runs none after it: when a held row is refused, the COMMIT sent behind it did not run.
 * Each statement is formatted on its own before they are joined, so a `?` inside one's values is never
 * taken for a placeholder of the next.
 */
export class HeldStatements {
  private held: string[] = [];
  private holding = false;

  constructor(private readonly runner: QueryRunner) {
    const send = runner.query.bind(runner) as Query;
    runner.query = ((sql: string, parameters?: unknown[], structured?: boolean) =>
      this.query(send, sql, parameters, structured ?? false)) as QueryRunner['query'];
  }

  /** Runs `work`, holding every statement it sends until the next one sent after it. */
  async hold(work: () => Promise<void>): Promise<void> {
    this.holding = true;
    try {
      await work();
    } finally {
      this.holding = false;
    }
  }

  /** Whether rows (more than opening the transaction) wait to go out with the next statement. */
  get holdsWrites(): boolean {
    return this.held.some((sql) => !TRANSACTION_CONTROL.test(sql));
  }

  private async query(
    send: Query,
    sql: string,
    parameters: unknown[] | undefined,
    structured: boolean,
  ): Promise<unknown> {
    if (this.holding) {
      if (structured) throw new Error('A held statement has no answer to read yet');
      this.held.push(await this.format(sql, parameters));
      return [];
    }
    // Rolling back undoes what is held as well; sent ahead, a refused row would keep the ROLLBACK from running.
    if (ROLLBACK.test(sql)) this.held = [];
    if (!this.held.length) return send(sql, parameters, structured);
    const statements = [...this.held.splice(0), await this.format(sql, parameters)];
    const answers = (await send(statements.join(';\n'), undefined, false)) as unknown[];
    return structured ? structuredAnswer(answers[answers.length - 1]) : answers[answers.length - 1];
  }

  private async format(sql: string, parameters: unknown[] | undefined): Promise<string> {
    const connection = (await this.runner.connect()) as FormattingConnection;
    return parameters?.length ? connection.format(sql, parameters) : sql;
  }
}

/** The answer of one statement, as TypeORM gives it when asked for a structured result. */
function structuredAnswer(raw: unknown): QueryResult {
  const result = new QueryResult();
  result.raw = raw;
  if (Array.isArray(raw)) result.records = raw;
  const affected = (raw as { affectedRows?: number } | null)?.affectedRows;
  if (affected !== undefined) result.affected = affected;
  return result;
}
