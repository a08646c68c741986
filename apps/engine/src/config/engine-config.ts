import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type DatabaseDriver = 'sqlite' | 'mysql';
export type ProcessRole = 'all' | 'api' | 'worker';

export interface EngineConfig {
  port: number;
  host: string;
  dataDir: string;
  /** `queryTimeoutMs`: how long one statement may wait for the server before the request gets 503. */
  database: { driver: 'sqlite'; file: string } | { driver: 'mysql'; url: string; queryTimeoutMs?: number };
  redisUrl: string | null;
  /** Prefix of every Bull key, so separate deployments (and test runs) sharing a Redis never mix. */
  queuePrefix: string;
  jwtSecret: string;
  jwtTtlSeconds: number;
  /** Demo users on a first start. */
  seedDemo: boolean;
  /** Demo funds, programmes and instances on a first start (after the demo users). */
  seedDemoData: boolean;
  role: ProcessRole;
  /** Attempts per minute per address on sign-in (per username too) and on public feedback. */
  rateLimitPerMinute: number;
  /** First retry delay of a failed outbox message; later retries double it. */
  outboxBackoffMs: number;
  webDist: string;
  logLevel: 'silent' | 'normal';
  /** A clock admins can move (demos, acceptance tests); never with NODE_ENV=production. */
  manualClock: boolean;
  /**
   * Proxies whose `X-Forwarded-For` is believed (addresses, subnets or `loopback`/`uniquelocal`), or false: then
   * the connecting address is the client's, whatever headers say.
   */
  trustProxy: string[] | false;
  /** The deployment serves HTTPS: only then are HSTS and `upgrade-insecure-requests` sent. */
  servesHttps: boolean;
  /** A token a metrics scraper may send as `Authorization: Bearer …` for /api/metrics (admins always may). */
  metricsToken: string | null;
}

export const ENGINE_CONFIG = Symbol('ENGINE_CONFIG');
export const CLOCK = Symbol('CLOCK');

/** Reads configuration from the environment; everything has a zero-setup default. */
export function loadEngineConfig(env: NodeJS.ProcessEnv = process.env): EngineConfig {
  const dataDir = resolve(env.DATA_DIR ?? 'data');
  const databaseUrl = env.DATABASE_URL?.trim();
  if (databaseUrl && !/^(mysql|mariadb):\/\//.test(databaseUrl)) {
    throw new Error(`DATABASE_URL must start with mysql:// or mariadb:// (got "${databaseUrl.split(':')[0]}:")`);
  }
  const manualClock = env.MANUAL_CLOCK === 'true';
  if (manualClock && env.NODE_ENV === 'production') {
    throw new Error('MANUAL_CLOCK=true moves time for every deadline: it is refused with NODE_ENV=production');
  }
  const role = (env.ENGINE_ROLE ?? 'all') as ProcessRole;
  if (!['all', 'api', 'worker'].includes(role)) throw new Error('ENGINE_ROLE must be all, api or worker');
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    database: databaseUrl
      ? {
          driver: 'mysql',
          url: databaseUrl.replace(/^mariadb:/, 'mysql:'),
          ...(env.DATABASE_QUERY_TIMEOUT_MS ? { queryTimeoutMs: Number(env.DATABASE_QUERY_TIMEOUT_MS) } : {}),
        }
      : { driver: 'sqlite', file: env.SQLITE_FILE ?? join(dataDir, 'yilin.sqlite') },
    redisUrl: env.REDIS_URL?.trim() || null,
    queuePrefix: env.QUEUE_PREFIX ?? 'yilin',
    jwtSecret: env.JWT_SECRET ?? localSecret(dataDir, Boolean(databaseUrl)),
    jwtTtlSeconds: Number(env.JWT_TTL_SECONDS ?? 8 * 3600),
    seedDemo: env.SEED_DEMO ? env.SEED_DEMO === 'true' : !databaseUrl,
    seedDemoData: env.SEED_DEMO_DATA ? env.SEED_DEMO_DATA === 'true' : env.SEED_DEMO ? env.SEED_DEMO === 'true' : !databaseUrl,
    role,
    outboxBackoffMs: Number(env.OUTBOX_BACKOFF_MS ?? 1000),
    rateLimitPerMinute: Number(env.RATE_LIMIT_PER_MINUTE ?? 10),
    webDist: resolve(env.WEB_DIST ?? 'dist/apps/web'),
    logLevel: env.LOG_LEVEL === 'silent' ? 'silent' : 'normal',
    manualClock,
    trustProxy: trustedProxies(env.TRUST_PROXY),
    servesHttps: env.SERVE_HTTPS === 'true' || /^https:\/\//i.test(env.PUBLIC_URL ?? ''),
    metricsToken: env.METRICS_TOKEN?.trim() || null,
  };
}

function trustedProxies(value: string | undefined): string[] | false {
  const proxies = (value ?? '').split(',').map((proxy) => proxy.trim()).filter(Boolean);
  return proxies.length && !(proxies.length === 1 && proxies[0] === 'false') ? proxies : false;
}

/**
 * The embedded default keeps a generated secret in its data folder so tokens survive restarts. A shared
 * database means several processes: they must be given the same JWT_SECRET.
 */
function localSecret(dataDir: string, sharedDatabase: boolean): string {
  if (sharedDatabase) throw new Error('JWT_SECRET must be set when DATABASE_URL is set');
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
