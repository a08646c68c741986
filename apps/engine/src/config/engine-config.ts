import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import {
  ConfigurationError,
  ENVIRONMENT,
  readVariable,
  SHARED_SECRET_MIN_LENGTH,
  type VariableName,
} from './environment';

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
  /** Per minute: sign-in attempts per address and username, failed sign-ins per address, public feedback per address. */
  rateLimitPerMinute: number;
  /** First retry delay of a failed outbox message; later retries double it. */
  outboxBackoffMs: number;
  webDist: string;
  /** Seed forms, published as version 1 on a first start. */
  formsDir: string;
  /** Largest attachment accepted; a larger upload gets 413. */
  attachmentMaxBytes: number;
  logLevel: 'silent' | 'normal';
  /** `json`: one JSON object per line, with the id of the request it belongs to. */
  logFormat: 'text' | 'json';
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

/** 10 MiB: a phone photo or a scanned document with room to spare. */
export const DEFAULT_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

export const ENGINE_CONFIG = Symbol('ENGINE_CONFIG');
export const CLOCK = Symbol('CLOCK');

/**
 * Reads configuration from the environment; everything has a zero-setup default. Each variable is parsed
 * against `ENVIRONMENT` and the first value not allowed throws a `ConfigurationError` naming it.
 */
export function loadEngineConfig(env: NodeJS.ProcessEnv = process.env): EngineConfig {
  for (const name of Object.keys(ENVIRONMENT) as VariableName[]) readVariable(env, name);
  const read = <N extends VariableName>(name: N) => readVariable(env, name);
  const dataDir = resolve(read('DATA_DIR') ?? 'data');
  const databaseUrl = read('DATABASE_URL');
  const queryTimeoutMs = read('DATABASE_QUERY_TIMEOUT_MS');
  const seedDemo = read('SEED_DEMO') ?? !databaseUrl;
  const manualClock = read('MANUAL_CLOCK') ?? false;
  if (manualClock && read('NODE_ENV') === 'production') {
    throw new ConfigurationError(
      'MANUAL_CLOCK',
      'true',
      'false with NODE_ENV=production: it moves time for every deadline',
    );
  }
  return {
    port: read('PORT') ?? 3000,
    host: read('HOST') ?? '0.0.0.0',
    dataDir,
    database: databaseUrl
      ? {
          driver: 'mysql',
          url: databaseUrl.replace(/^mariadb:/, 'mysql:'),
          ...(queryTimeoutMs ? { queryTimeoutMs } : {}),
        }
      : { driver: 'sqlite', file: read('SQLITE_FILE') ?? join(dataDir, 'yilin.sqlite') },
    redisUrl: read('REDIS_URL') ?? null,
    queuePrefix: read('QUEUE_PREFIX') ?? 'yilin',
    jwtSecret: sharedSecret(read('JWT_SECRET'), Boolean(databaseUrl)) ?? localSecret(dataDir, Boolean(databaseUrl)),
    jwtTtlSeconds: read('JWT_TTL_SECONDS') ?? 8 * 3600,
    seedDemo,
    seedDemoData: read('SEED_DEMO_DATA') ?? seedDemo,
    role: read('ENGINE_ROLE') ?? 'all',
    outboxBackoffMs: read('OUTBOX_BACKOFF_MS') ?? 1000,
    rateLimitPerMinute: read('RATE_LIMIT_PER_MINUTE') ?? 10,
    webDist: resolve(read('WEB_DIST') ?? 'dist/apps/web'),
    formsDir: resolve(read('FORMS_DIR') ?? 'forms'),
    attachmentMaxBytes: read('ATTACHMENT_MAX_BYTES') ?? DEFAULT_ATTACHMENT_MAX_BYTES,
    logLevel: read('LOG_LEVEL') ?? 'normal',
    logFormat: read('LOG_FORMAT') ?? 'text',
    manualClock,
    trustProxy: read('TRUST_PROXY') ?? false,
    servesHttps: read('SERVE_HTTPS') ?? read('PUBLIC_URL')?.startsWith('https:') ?? false,
    metricsToken: read('METRICS_TOKEN') ?? null,
  };
}

/** The release step's configuration: the database settings matter, sessions are never signed. */
export function loadMigrationConfig(env: NodeJS.ProcessEnv = process.env): EngineConfig {
  return loadEngineConfig({ ...env, JWT_SECRET: env.JWT_SECRET ?? 'not-used-by-migrations' });
}

function sharedSecret(secret: string | undefined, sharedDatabase: boolean): string | undefined {
  if (secret !== undefined && sharedDatabase && secret.length < SHARED_SECRET_MIN_LENGTH) {
    throw new ConfigurationError(
      'JWT_SECRET',
      secret,
      `at least ${SHARED_SECRET_MIN_LENGTH} characters when DATABASE_URL is set`,
    );
  }
  return secret;
}

/**
 * The embedded default keeps a generated secret in its data folder so tokens survive restarts. A shared
 * database means several processes: they must be given the same JWT_SECRET.
 */
function localSecret(dataDir: string, sharedDatabase: boolean): string {
  if (sharedDatabase) {
    throw new ConfigurationError(
      'JWT_SECRET',
      '',
      'set when DATABASE_URL is set (every process signs with the same secret)',
    );
  }
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
