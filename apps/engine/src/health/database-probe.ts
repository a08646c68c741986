import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createPool, type Pool, type PoolConnection } from 'mysql2/promise';

import { ENGINE_CONFIG, type EngineConfig } from '@engine/config/engine-config';
import { DatabaseTransactions } from '@engine/database/database-transactions';

/** How long the database has to answer a probe before it reads as down. */
export const PROBE_TIMEOUT_MS = 2000;

/**
 * Asks the database whether it answers, for `/api/health`. On MariaDB the question goes over connections
 * of its own, never the engine's pool: when every pooled connection is busy with a page's reads, a probe
 * taking its turn among them would report how long the pool's queue is, not whether the database is there.
 * Each probe is a real round trip (`SELECT 1`), so a stopped or frozen server reads as down within
 * `PROBE_TIMEOUT_MS`.
 */
@Injectable()
export class DatabaseProbe implements OnModuleDestroy {
  private pool: Pool | null = null;

  constructor(
    private readonly db: DatabaseTransactions,
    @Inject(ENGINE_CONFIG) private readonly config: EngineConfig,
  ) {}

  async answers(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('The database did not answer the probe in time')), PROBE_TIMEOUT_MS);
      timer.unref();
    });
    try {
      await Promise.race([this.ask(), timeout]);
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  private async ask(): Promise<void> {
    const database = this.config.database;
    // SQLite: one connection in this process, asked without queueing behind other units of work.
    if (database.driver !== 'mysql') return this.db.probe();
    // Two connections, so probes sent together need not wait for each other.
    this.pool ??= createPool({ uri: database.url.replace(/^mariadb:/, 'mysql:'), connectionLimit: 2, maxIdle: 2, connectTimeout: 5000 });
    const connection: PoolConnection = await this.pool.getConnection();
    try {
      await connection.query({ sql: 'SELECT 1', timeout: PROBE_TIMEOUT_MS });
      connection.release();
    } catch (error) {
      // A connection that did not answer (or lost its server) is not lent again: the next probe connects anew.
      connection.destroy();
      throw error;
    }
  }

  async onModuleDestroy(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.end().catch(() => undefined);
  }
}
