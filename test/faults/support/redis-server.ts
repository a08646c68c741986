import { Socket } from 'node:net';

import { OwnedProcess } from '@test/faults/support/child-process';
import { sparePort } from '@test/faults/support/ports';

/** A Redis of the test's own on a spare port, without persistence: a restart comes back empty. */
export class RedisServer {
  private process: OwnedProcess | null = null;

  private constructor(readonly port: number) {}

  static async start(): Promise<RedisServer> {
    const server = new RedisServer(await sparePort());
    await server.start();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.process = OwnedProcess.start('redis-server', 'redis-server', [
      '--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no',
    ]);
    await this.process.waitUntil(() => ping(this.port), 10_000);
  }

  async stop(): Promise<void> {
    await this.process?.stop('SIGKILL');
    this.process = null;
  }
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.setTimeout(1000, () => socket.destroy());
    socket.once('error', () => resolve(false));
    socket.once('close', () => resolve(false));
    socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      resolve(data.toString().startsWith('+PONG'));
      socket.destroy();
    });
  });
}
