import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { DEMO_PASSWORD } from '@engine/demo/demo-users';
import { OwnedProcess } from '@test/faults/support/child-process';
import { sparePort } from '@test/faults/support/ports';

const REPO_ROOT = resolve(__dirname, '..', '..', '..');
/** Built by the fault suite's global setup (`nx build engine`). */
const COMPILED_ENGINE = join(REPO_ROOT, 'dist', 'out', 'apps', 'engine', 'src', 'main.js');

/** What the processes of one deployment share: database, Redis, JWT secret, queue prefix, data folder. */
export interface Deployment {
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  jwtSecret: string;
  queuePrefix: string;
}

export function deployment(shared: { databaseUrl?: string; redisUrl?: string } = {}): Deployment {
  return {
    ...shared,
    dataDir: mkdtempSync(join(tmpdir(), 'yilin-faults-data-')),
    jwtSecret: randomBytes(16).toString('hex'),
    queuePrefix: `yilin-faults-${randomBytes(4).toString('hex')}`,
  };
}

/** A response as the tests read it; bodies are the engine's JSON, typed by the caller. */
export interface HttpAnswer<T = Record<string, unknown>> {
  status: number;
  body: T;
  ms: number;
}

/** One engine as a real child process: the compiled build, as production runs it (`node dist/out/apps/engine/src/main.js`). */
export class EngineProcess {
  private constructor(
    readonly port: number,
    readonly process: OwnedProcess,
  ) {}

  static async start(
    target: Deployment,
    options: { role?: 'all' | 'api' | 'worker'; seedDemo?: boolean; port?: number; env?: NodeJS.ProcessEnv } = {},
  ): Promise<EngineProcess> {
    const port = options.port ?? (await sparePort());
    // Built from scratch: the CI exports DATABASE_URL and REDIS_URL of the shared servers, never to be used here.
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: target.dataDir,
      JWT_SECRET: target.jwtSecret,
      QUEUE_PREFIX: target.queuePrefix,
      ENGINE_ROLE: options.role ?? 'all',
      SEED_DEMO: String(options.seedDemo ?? false),
      SEED_DEMO_DATA: 'false',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PER_MINUTE: '100000',
      OUTBOX_BACKOFF_MS: '200',
      WEB_DIST: join(target.dataDir, 'no-web-build'),
      ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}),
      ...(target.redisUrl ? { REDIS_URL: target.redisUrl } : {}),
      ...options.env,
    };
    const child = OwnedProcess.start(`engine :${port}`, process.execPath, ['--enable-source-maps', COMPILED_ENGINE], {
      cwd: REPO_ROOT,
      env,
    });
    const engine = new EngineProcess(port, child);
    await child.waitUntil(async () => (await engine.request('GET', '/api/health', undefined, undefined, 2000)).status === 200, 60_000);
    return engine;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async request<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    token?: string,
    timeoutMs = 20_000,
  ): Promise<HttpAnswer<T>> {
    const started = Date.now();
    const response = await fetch(this.url + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON: kept as text for the failure message.
    }
    return { status: response.status, body: parsed as T, ms: Date.now() - started };
  }

  kill(): Promise<void> {
    return this.process.stop('SIGKILL');
  }

  stop(): Promise<void> {
    return this.process.stop('SIGTERM', 5000);
  }
}

/** Demo users' tokens, valid on every process of a deployment (they share the JWT secret). */
export class Sessions {
  private readonly tokens = new Map<string, string>();

  async tokenOf(engine: EngineProcess, username: string): Promise<string> {
    const cached = this.tokens.get(username);
    if (cached) return cached;
    const login = await engine.request<{ accessToken: string }>('POST', '/api/auth/login', { username, password: DEMO_PASSWORD });
    if (login.status !== 200) throw new Error(`sign-in of ${username}: ${login.status} ${JSON.stringify(login.body)}`);
    this.tokens.set(username, login.body.accessToken);
    return login.body.accessToken;
  }
}
