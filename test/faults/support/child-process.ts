import { type ChildProcess, spawn, type SpawnOptions } from 'node:child_process';

/**
 * A server the tests start and own. Its output is kept (last few KB) so a failure to start says why;
 * nothing else on the machine is ever signalled.
 */
export class OwnedProcess {
  private output = '';
  private readonly exited: Promise<number | null>;

  private constructor(readonly name: string, readonly child: ChildProcess) {
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-8000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  static start(name: string, command: string, args: string[], options: SpawnOptions = {}): OwnedProcess {
    return new OwnedProcess(name, spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options }));
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  get log(): string {
    return this.output;
  }

  /** Stops the process in its tracks (SIGSTOP) or lets it go on (SIGCONT): alive, holding its sockets, silent. */
  freeze(frozen: boolean): void {
    if (this.running) this.child.kill(frozen ? 'SIGSTOP' : 'SIGCONT');
  }

  /** Sends `signal` and waits for the exit; escalates to SIGKILL when a graceful stop takes too long. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000): Promise<void> {
    if (!this.running) return;
    this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  /** Resolves when `ready` passes; fails fast with the process's output when it exits first. */
  async waitUntil(ready: () => Promise<boolean>, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`${this.name} exited while starting:\n${this.output}`);
      if (await ready().catch(() => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    throw new Error(`${this.name} did not become ready in ${timeoutMs} ms:\n${this.output}`);
  }
}
