import { rmSync } from 'node:fs';
import { join } from 'node:path';

import { deployment, type Deployment } from '@test/faults/support/engine-process';
import { MariadbServer } from '@test/faults/support/mariadb-server';
import { RedisServer } from '@test/faults/support/redis-server';
import { mariadbProbe, sqliteProbe, type StoreProbe } from '@test/faults/support/store-probe';

/** A deployment's shared pieces, started by the test and torn down by it. */
export interface OpenStack {
  deployment: Deployment;
  probe: StoreProbe;
  mariadb: MariadbServer | null;
  redis: RedisServer | null;
  close(): Promise<void>;
}

export interface FaultStack {
  name: string;
  open(): Promise<OpenStack>;
}

export const sqliteStack: FaultStack = {
  name: 'SQLite + in-process queue',
  async open() {
    const target = deployment();
    return {
      deployment: target,
      probe: sqliteProbe(join(target.dataDir, 'yilin.sqlite')),
      mariadb: null,
      redis: null,
      close: async () => rmSync(target.dataDir, { recursive: true, force: true }),
    };
  },
};

export const mariadbRedisStack: FaultStack = {
  name: 'MariaDB + Bull on Redis',
  async open() {
    const [mariadb, redis] = await Promise.all([MariadbServer.start(), RedisServer.start()]);
    const databaseUrl = await mariadb.database('yilin');
    const target = deployment({ databaseUrl, redisUrl: redis.url });
    return {
      deployment: target,
      probe: mariadbProbe(databaseUrl),
      mariadb,
      redis,
      close: async () => {
        await Promise.all([mariadb.destroy(), redis.stop()]);
        rmSync(target.dataDir, { recursive: true, force: true });
      },
    };
  },
};
