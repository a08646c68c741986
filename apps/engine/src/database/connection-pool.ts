import type { DataSource } from 'typeorm';

/** mysql2's code for a statement that outlived its `timeout`. */
const STATEMENT_TIMED_OUT = 'PROTOCOL_SEQUENCE_TIMEOUT';

type QueryCallback = (error: { code?: string } | null, ...results: unknown[]) => void;

interface PooledConnection {
  query(...args: unknown[]): unknown;
  promise(): unknown;
  destroy(): void;
  stream?: { destroy(): void };
}

interface ConnectionPool {
  on(event: 'acquire', listener: (connection: PooledConnection) => void): void;
}

/**
 * Fits MariaDB's pooled connections to how the engine uses them, as each is first lent out:
 *
 * - A statement that timed out stays its connection's current command until the server answers, and the
 *   statements after it on that connection queue behind it with no timer of their own running: the
 *   ROLLBACK that follows the timeout, or the next request the pool lends the connection to, would wait as
 *   long as the server stays frozen. So a connection whose statement timed out is closed and leaves the
 *   pool at once; later statements on it fail at once, and the server rolls back what it held when it sees
 *   it go.
 * - TypeORM asks for a connection's promise wrapper on every statement, and mysql2 builds a new one each
 *   time (a `require` and an event emitter: a few percent of a transition). The wrapper holds nothing but
 *   the connection, so each connection keeps one.
 */
export function fitPooledConnections(dataSource: DataSource): DataSource {
  const pool = (dataSource.driver as { pool?: ConnectionPool }).pool;
  if (!pool) return dataSource;
  const fitted = new WeakSet<PooledConnection>();
  pool.on('acquire', (connection) => {
    if (fitted.has(connection)) return;
    fitted.add(connection);
    discardWhenTimedOut(connection);
    const promised = connection.promise();
    connection.promise = () => promised;
  });
  return dataSource;
}

function discardWhenTimedOut(connection: PooledConnection): void {
  const query = connection.query.bind(connection);
  connection.query = (...args: unknown[]) => {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback !== 'function') return query(...args);
    args[last] = ((error, ...results) => {
      if (error?.code === STATEMENT_TIMED_OUT) {
        connection.destroy();
        connection.stream?.destroy();
      }
      (callback as QueryCallback)(error, ...results);
    }) satisfies QueryCallback;
    return query(...args);
  };
}
