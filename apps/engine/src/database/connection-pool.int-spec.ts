import { createServer, type Server, type Socket, connect } from 'node:net';

import type { DataSource } from 'typeorm';

import { dataSourceOptions } from '@engine/database/data-source-options';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { openDataSource } from '@engine/database/driver-columns';
import { mariadbTestDatabase, TEST_DRIVERS, type TestDatabase } from '@engine/testing/test-database';

const STATEMENT_TIMEOUT_MS = 1000;

/** A way to MariaDB that can stop passing bytes either way, as a frozen server or a cut network does. */
class FreezableRoute {
  private frozen = false;
  private readonly sockets = new Set<Socket>();
  private constructor(private readonly server: Server) {}

  static async open(target: URL): Promise<FreezableRoute> {
    const server = createServer();
    const route = new FreezableRoute(server);
    server.on('connection', (client) => {
      const upstream = connect(Number(target.port || 3306), target.hostname);
      for (const socket of [client, upstream]) {
        route.sockets.add(socket);
        socket.on('close', () => route.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream);
      upstream.pipe(client);
      if (route.frozen) [client, upstream].forEach((socket) => socket.pause());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return route;
  }

  get port(): number {
    const address = this.server.address();
    if (!address || typeof address === 'string') throw new Error('the route is not listening');
    return address.port;
  }

  freeze(): void {
    this.frozen = true;
    this.sockets.forEach((socket) => socket.pause());
  }

  thaw(): void {
    this.frozen = false;
    this.sockets.forEach((socket) => socket.resume());
  }

  async close(): Promise<void> {
    this.sockets.forEach((socket) => socket.destroy());
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** How long a promise takes to settle, whichever way; null when it has not within `limitMs`. */
async function settlesWithin(promise: Promise<unknown>, limitMs: number): Promise<number | null> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const settled = promise.then(
    () => Date.now() - started,
    () => Date.now() - started,
  );
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), limitMs)));
  try {
    return await Promise.race([settled, late]);
  } finally {
    clearTimeout(timer);
  }
}

const onMariaDb = TEST_DRIVERS.includes('mysql') ? describe : describe.skip;

onMariaDb('a statement that times out on a frozen MariaDB', () => {
  let testDb: TestDatabase;
  let route: FreezableRoute;
  let dataSource: DataSource;

  beforeAll(async () => {
    const database = await mariadbTestDatabase();
    if (!database || database.database.driver !== 'mysql') throw new Error('DATABASE_URL names no MariaDB');
    testDb = database;
    route = await FreezableRoute.open(new URL(database.database.url));
    const url = new URL(database.database.url);
    url.hostname = '127.0.0.1';
    url.port = String(route.port);
    const options = dataSourceOptions({ driver: 'mysql', url: url.toString(), queryTimeoutMs: STATEMENT_TIMEOUT_MS });
    // One pooled connection, so every later statement is offered the connection whose statement timed out.
    dataSource = await openDataSource({ ...options, logging: false, poolSize: 1, extra: { ...(options as { extra: object }).extra, connectTimeout: 2000 } } as typeof options);
  });
  afterAll(async () => {
    route.thaw();
    await dataSource?.destroy();
    await route?.close();
    await testDb?.drop();
  });

  it('leaves nothing waiting behind it: the rollback, the next statement and the pool answer, and all is well once it thaws', async () => {
    const transactions = new DatabaseTransactions(dataSource);
    await expect(dataSource.query('SELECT 1 AS up')).resolves.toEqual([{ up: 1 }]);

    route.freeze();
    const unitOfWork = transactions.run((manager) => manager.query('SELECT 1'));
    const unitSettledInMs = await settlesWithin(unitOfWork, 8_000);
    const nextRead = dataSource.query('SELECT 2');
    const nextReadSettledInMs = await settlesWithin(nextRead, 8_000);
    route.thaw();

    expect({ unitSettledInMs }).toEqual({ unitSettledInMs: expect.any(Number) });
    expect(unitSettledInMs).toBeLessThan(3 * STATEMENT_TIMEOUT_MS + 500);
    await expect(unitOfWork).rejects.toMatchObject({ driverError: { code: 'PROTOCOL_SEQUENCE_TIMEOUT' } });
    expect({ nextReadSettledInMs }).toEqual({ nextReadSettledInMs: expect.any(Number) });
    await expect(nextRead).rejects.toThrow();

    await expect(dataSource.query('SELECT 3 AS up')).resolves.toEqual([{ up: 3 }]);
    await expect(transactions.run((manager) => manager.query('SELECT 4 AS up'))).resolves.toEqual([{ up: 4 }]);
  });

  it('keeps one promise wrapper per pooled connection', async () => {
    const runner = dataSource.createQueryRunner();
    try {
      const connection = (await runner.connect()) as { promise(): unknown };
      expect(connection.promise()).toBe(connection.promise());
      await expect(runner.query('SELECT 5 AS up')).resolves.toEqual([{ up: 5 }]);
    } finally {
      await runner.release();
    }
  });
});
