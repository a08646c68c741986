import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { createConnection } from 'mysql2/promise';

import { OwnedProcess } from '@test/faults/support/child-process';
import { sparePort } from '@test/faults/support/ports';

/**
 * A MariaDB server of the test's own: a fresh data directory in a temp folder, a spare port, root without
 * a password on loopback. The machine's shared server is never touched.
 */
export class MariadbServer {
  private process: OwnedProcess | null = null;

  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  static async start(): Promise<MariadbServer> {
    const dir = mkdtempSync(join(tmpdir(), 'yilin-faults-mariadb-'));
    await promisify(execFile)('mariadb-install-db', [
      '--no-defaults',
      `--datadir=${join(dir, 'data')}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      // Tests may run as root, which mariadbd refuses unless it is named.
      `--user=${userInfo().username}`,
    ]);
    const server = new MariadbServer(await sparePort(), dir);
    await server.start();
    return server;
  }

  /** A URL for `database` (created when missing). */
  async database(name: string): Promise<string> {
    const connection = await createConnection(this.connectionOptions());
    await connection.query(`CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await connection.end();
    return `mysql://root@127.0.0.1:${this.port}/${name}`;
  }

  async start(): Promise<void> {
    this.process = OwnedProcess.start('mariadbd', 'mariadbd', [
      '--no-defaults',
      `--datadir=${join(this.dir, 'data')}`,
      `--port=${this.port}`,
      `--socket=${join(this.dir, 's.sock')}`,
      '--bind-address=127.0.0.1',
      '--skip-log-bin',
      '--skip-name-resolve',
      '--innodb-buffer-pool-size=64M',
      '--max-connections=400',
      `--user=${userInfo().username}`,
    ]);
    await this.process.waitUntil(() => this.answers(), 30_000);
  }

  /** A clean shutdown: the server stops answering, its data stays for `start()`. */
  async stop(): Promise<void> {
    await this.process?.stop('SIGTERM', 20_000);
    this.process = null;
  }

  /** The server stops answering without closing a connection, as a hung host or a cut network does. */
  freeze(): void {
    this.process?.freeze(true);
  }

  thaw(): void {
    this.process?.freeze(false);
  }

  async destroy(): Promise<void> {
    this.process?.freeze(false);
    await this.process?.stop('SIGKILL');
    this.process = null;
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async answers(): Promise<boolean> {
    const connection = await createConnection({ ...this.connectionOptions(), connectTimeout: 1000 });
    await connection.query('SELECT 1');
    await connection.end();
    return true;
  }

  private connectionOptions() {
    return { host: '127.0.0.1', port: this.port, user: 'root' };
  }
}
