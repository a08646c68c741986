import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

import { DataSource } from 'typeorm';

import type { EngineConfig } from '@engine/config/engine-config';
import { dataSourceOptions } from '@engine/database/data-source-options';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '@engine/testing/test-database';

import { DatabaseProbe, PROBE_TIMEOUT_MS } from './database-probe';

const timed = async <T>(work: () => Promise<T>) => {
  const t0 = performance.now();
  const value = await work();
  return { value, ms: performance.now() - t0 };
};

describe.each(TEST_DRIVERS)('the health probe on %s', (driver) => {
  let testDb: TestDatabase;
  let dataSource: DataSource;
  let db: DatabaseTransactions;
  const probes: DatabaseProbe[] = [];
  const probeOn = (database: EngineConfig['database']) => {
    const probe = new DatabaseProbe(db, { database } as EngineConfig);
    probes.push(probe);
    return probe;
  };

  beforeAll(async () => {
    testDb = await openTestDatabase(driver);
    dataSource = await new DataSource(dataSourceOptions(testDb.database)).initialize();
    db = new DatabaseTransactions(dataSource);
  });
  afterAll(async () => {
    for (const probe of probes) await probe.onModuleDestroy();
    await dataSource.destroy();
    await testDb.drop();
  });

  it('reads a database that answers as up', async () => {
    expect(await probeOn(testDb.database).answers()).toBe(true);
  });

  if (driver !== 'mysql') return;

  it("answers at once while every connection of the engine's pool is busy with slow reads", async () => {
    const probe = probeOn(testDb.database);
    expect(await probe.answers()).toBe(true);
    // Every pooled connection (24) held for a second and a half, and more waiting for one.
    const busy = Array.from({ length: 30 }, () => dataSource.query('SELECT SLEEP(1.5)'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const [pooled, probed] = await Promise.all([timed(() => dataSource.query('SELECT 1')), timed(() => probe.answers())]);
    await Promise.all(busy);
    expect(probed.value).toBe(true);
    // The pool's own turn waits for a connection to come back; the probe does not.
    expect(pooled.ms).toBeGreaterThan(1000);
    expect(probed.ms).toBeLessThan(500);
  });

  it('reads a server that refuses connections as down', async () => {
    const url = new URL((testDb.database as { url: string }).url);
    url.port = '1';
    const { value, ms } = await timed(() => probeOn({ driver: 'mysql', url: url.toString() }).answers());
    expect(value).toBe(false);
    expect(ms).toBeLessThan(PROBE_TIMEOUT_MS + 500);
  });

  it('reads a server that accepts connections but never answers as down, within the probe timeout, every time', async () => {
    const sockets: Socket[] = [];
    const frozen: Server = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => frozen.listen(0, '127.0.0.1', resolve));
    try {
      const url = new URL((testDb.database as { url: string }).url);
      url.hostname = '127.0.0.1';
      url.port = String((frozen.address() as AddressInfo).port);
      const probe = probeOn({ driver: 'mysql', url: url.toString() });
      for (let i = 0; i < 3; i++) {
        const { value, ms } = await timed(() => probe.answers());
        expect(value).toBe(false);
        expect(ms).toBeGreaterThanOrEqual(PROBE_TIMEOUT_MS - 50);
        expect(ms).toBeLessThan(PROBE_TIMEOUT_MS + 500);
      }
    } finally {
      sockets.forEach((socket) => socket.destroy());
      await new Promise((resolve) => frozen.close(resolve));
    }
  }, 20_000);
});
