/**
 * Every environment variable the engine reads: how its text becomes a value, what is allowed, its default
 * and what it means. `loadEngineConfig` parses each one at boot and the first bad value stops the start;
 * `.env.example` lists them all (a test keeps the two in step).
 */

/** A value the engine refuses; its message is the one line an operator reads before the process exits. */
export class ConfigurationError extends Error {
  constructor(
    readonly variable: string,
    readonly value: string,
    readonly allowed: string,
  ) {
    super(`Configuration: ${variable}=${JSON.stringify(value)} is not allowed — ${variable} must be ${allowed}`);
    this.name = 'ConfigurationError';
  }
}

/** Turns a variable's text into its value; returns `undefined` when the text is not allowed. */
export interface Parser<T> {
  allowed: string;
  parse(text: string): T | undefined;
}

export const integer = (min: number, max: number): Parser<number> => ({
  allowed: `a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}`,
  parse: (text) => {
    if (!/^\d+$/.test(text.trim())) return undefined;
    const value = Number(text.trim());
    return value >= min && value <= max ? value : undefined;
  },
});

export const oneOf = <T extends string>(...choices: T[]): Parser<T> => ({
  allowed: `one of ${choices.join(', ')}`,
  parse: (text) => choices.find((choice) => choice === text.trim()),
});

export const boolean: Parser<boolean> = {
  allowed: 'true or false',
  parse: (text) => ({ true: true, false: false })[text.trim()],
};

export const text = (allowed = 'a non-empty text'): Parser<string> => ({
  allowed,
  parse: (value) => (value.trim() ? value.trim() : undefined),
});

export const url = (...protocols: string[]): Parser<string> => ({
  allowed: `a URL starting with ${protocols.map((protocol) => `${protocol}//`).join(' or ')}`,
  parse: (value) => {
    try {
      return protocols.includes(new URL(value.trim()).protocol) ? value.trim() : undefined;
    } catch {
      return undefined;
    }
  },
});

/** Taken as written: spaces may be part of a secret. */
export const secret: Parser<string> = {
  allowed: 'a non-empty text',
  parse: (value) => (value.length ? value : undefined),
};

export interface VariableSpec {
  parser: Parser<unknown>;
  /** The default as `.env.example` shows it, or how it is derived. */
  fallback: string;
  meaning: string;
}

/** Several processes sharing a database share a secret an operator chose: it must not be guessable. */
export const SHARED_SECRET_MIN_LENGTH = 16;
const MINUTE_MS = 60_000;
const DAY_SECONDS = 86_400;

export const ENVIRONMENT = {
  PORT: { parser: integer(1, 65_535), fallback: '3000', meaning: 'port the engine listens on' },
  HOST: { parser: text('an address to listen on'), fallback: '0.0.0.0', meaning: 'address the engine listens on' },
  DATA_DIR: {
    parser: text('a folder'),
    fallback: './data',
    meaning: 'SQLite file and the generated JWT secret (attachments are in the database)',
  },
  DATABASE_URL: {
    parser: url('mysql:', 'mariadb:'),
    fallback: '(unset: SQLite)',
    meaning: 'MariaDB/MySQL, e.g. mysql://user:pass@host:3306/yilin',
  },
  DATABASE_QUERY_TIMEOUT_MS: {
    parser: integer(100, 10 * MINUTE_MS),
    fallback: '20000',
    meaning: 'with DATABASE_URL: a statement waiting longer fails and the request gets 503',
  },
  SQLITE_FILE: {
    parser: text('a file path'),
    fallback: '$DATA_DIR/yilin.sqlite',
    meaning: 'the embedded database file',
  },
  REDIS_URL: {
    parser: url('redis:', 'rediss:'),
    fallback: '(unset: in-process queue)',
    meaning: 'Redis for Bull queues, e.g. redis://host:6379',
  },
  QUEUE_PREFIX: {
    parser: {
      allowed: 'letters, digits, -, _ and braces for a Redis Cluster hash tag (1 to 64)',
      parse: (value: string) => (/^[\w{}-]{1,64}$/.test(value) ? value : undefined),
    },
    fallback: 'yilin',
    meaning: 'Redis key prefix, one per deployment',
  },
  JWT_SECRET: {
    parser: secret,
    fallback: '(generated into DATA_DIR; required with DATABASE_URL)',
    meaning: `signs sessions; the same on every process, at least ${SHARED_SECRET_MIN_LENGTH} characters with DATABASE_URL`,
  },
  JWT_TTL_SECONDS: { parser: integer(60, 30 * DAY_SECONDS), fallback: '28800', meaning: 'session length' },
  ENGINE_ROLE: {
    parser: oneOf('all', 'api', 'worker'),
    fallback: 'all',
    meaning: 'api: HTTP only; worker: timers and side effects only; all: both',
  },
  SEED_DEMO: {
    parser: boolean,
    fallback: 'true on SQLite, false with DATABASE_URL',
    meaning: 'demo users on first start',
  },
  SEED_DEMO_DATA: {
    parser: boolean,
    fallback: 'as SEED_DEMO',
    meaning: 'demo funds, programmes and instances on first start',
  },
  RATE_LIMIT_PER_MINUTE: {
    parser: integer(1, 1_000_000),
    fallback: '10',
    meaning: 'sign-in attempts per address and username, failed sign-ins per address, and public feedback per address',
  },
  OUTBOX_BACKOFF_MS: {
    parser: integer(1, 10 * MINUTE_MS),
    fallback: '1000',
    meaning: 'first retry delay of a failed side effect (doubles, 5 attempts)',
  },
  WEB_DIST: { parser: text('a folder'), fallback: 'dist/apps/web', meaning: 'the built web app served at /' },
  FORMS_DIR: {
    parser: text('a folder'),
    fallback: './forms',
    meaning: 'seed forms, published as version 1 on first start',
  },
  ATTACHMENT_MAX_BYTES: {
    parser: integer(1024, 1024 ** 3),
    fallback: '10485760',
    meaning: 'largest attachment accepted (413 above)',
  },
  LOG_LEVEL: { parser: oneOf('normal', 'silent'), fallback: 'normal', meaning: 'silent for tests and benchmarks' },
  LOG_FORMAT: {
    parser: oneOf('text', 'json'),
    fallback: 'text',
    meaning: 'json: one JSON object per line, each request with its id',
  },
  MANUAL_CLOCK: {
    parser: boolean,
    fallback: 'false',
    meaning: 'a clock admins can move at /api/admin/clock (demos, acceptance tests); refused with NODE_ENV=production',
  },
  TRUST_PROXY: {
    parser: {
      allowed: 'false, or proxies separated by commas: addresses, subnets (10.0.0.0/8) or loopback, linklocal, uniquelocal',
      parse: (value: string) => {
        const proxies = value.split(',').map((proxy) => proxy.trim()).filter(Boolean);
        if (proxies.length === 1 && proxies[0] === 'false') return false;
        return proxies.length && proxies.every((proxy) => /^[\w.:/]+$/.test(proxy)) ? proxies : undefined;
      },
    } satisfies Parser<string[] | false>,
    fallback: 'false',
    meaning: 'proxies whose X-Forwarded-For is believed (sign-in limits count by the client address it gives)',
  },
  PUBLIC_URL: {
    parser: url('http:', 'https:'),
    fallback: '(unset)',
    meaning: 'the address people open; https://… turns on HSTS and upgrade-insecure-requests',
  },
  SERVE_HTTPS: {
    parser: boolean,
    fallback: 'true when PUBLIC_URL starts with https://',
    meaning: 'the deployment serves HTTPS (HSTS and upgrade-insecure-requests are sent only then)',
  },
  METRICS_TOKEN: {
    parser: secret,
    fallback: '(unset: admins only)',
    meaning: 'a scraper may read /api/metrics with Authorization: Bearer <this>; admins always may',
  },
  NODE_ENV: { parser: text('a non-empty text'), fallback: '(unset)', meaning: 'production refuses MANUAL_CLOCK' },
} satisfies Record<string, VariableSpec>;

export type VariableName = keyof typeof ENVIRONMENT;
type ValueOf<N extends VariableName> = (typeof ENVIRONMENT)[N]['parser'] extends Parser<infer T> ? T : never;

const EMPTY_MEANS_UNSET = new Set<VariableName>(['DATABASE_URL', 'REDIS_URL', 'NODE_ENV']);

/**
 * The parsed value of `name`, or `undefined` when it is unset. The URLs and NODE_ENV count an empty text as
 * unset (deployment templates often write `REDIS_URL=`); for every other variable an empty text is refused.
 */
export function readVariable<N extends VariableName>(env: NodeJS.ProcessEnv, name: N): ValueOf<N> | undefined {
  const raw = env[name];
  if (raw === undefined) return undefined;
  if (raw.trim() === '' && EMPTY_MEANS_UNSET.has(name)) return undefined;
  const { parser } = ENVIRONMENT[name] as VariableSpec;
  const value = parser.parse(raw);
  if (value === undefined) throw new ConfigurationError(name, raw, parser.allowed);
  return value as ValueOf<N>;
}
