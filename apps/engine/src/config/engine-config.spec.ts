import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { loadEngineConfig } from './engine-config';
import { ConfigurationError, ENVIRONMENT } from './environment';

const WORKSPACE = join(__dirname, '..', '..', '..', '..');
const base = () => ({ DATA_DIR: mkdtempSync(join(tmpdir(), 'yilin-config-')) });

function refusal(env: NodeJS.ProcessEnv): string {
  try {
    loadEngineConfig({ ...base(), ...env });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
}

describe('engine configuration', () => {
  it('starts with zero setup on defaults', () => {
    const config = loadEngineConfig(base());
    expect(config).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      database: { driver: 'sqlite' },
      redisUrl: null,
      role: 'all',
      rateLimitPerMinute: 10,
      seedDemo: true,
      seedDemoData: true,
      logFormat: 'text',
    });
  });

  it('parses every value it is given into its type', () => {
    const config = loadEngineConfig({
      ...base(),
      PORT: '8080',
      DATABASE_URL: 'mariadb://yilin:secret@db:3306/yilin',
      DATABASE_QUERY_TIMEOUT_MS: '5000',
      REDIS_URL: 'redis://redis:6379',
      JWT_SECRET: 'a-secret-of-enough-length',
      ENGINE_ROLE: 'worker',
      RATE_LIMIT_PER_MINUTE: '30',
      SEED_DEMO: 'true',
      LOG_FORMAT: 'json',
    });
    expect(config).toMatchObject({
      port: 8080,
      database: { driver: 'mysql', url: 'mysql://yilin:secret@db:3306/yilin', queryTimeoutMs: 5000 },
      redisUrl: 'redis://redis:6379',
      role: 'worker',
      rateLimitPerMinute: 30,
      seedDemo: true,
      seedDemoData: true,
      logFormat: 'json',
    });
  });

  it('refuses a bad value with one line naming the variable, the value and what is allowed', () => {
    expect(refusal({ RATE_LIMIT_PER_MINUTE: 'ten' })).toBe(
      'Configuration: RATE_LIMIT_PER_MINUTE="ten" is not allowed — RATE_LIMIT_PER_MINUTE must be a whole number from 1 to 1,000,000',
    );
    expect(refusal({ PORT: '' })).toBe(
      'Configuration: PORT="" is not allowed — PORT must be a whole number from 1 to 65,535',
    );
    expect(refusal({ PORT: '70000' })).toContain('PORT="70000"');
    expect(refusal({ ENGINE_ROLE: 'API' })).toContain('must be one of all, api, worker');
    expect(refusal({ SEED_DEMO: 'yes' })).toContain('must be true or false');
    expect(refusal({ DATABASE_URL: 'postgres://db/yilin' })).toContain(
      'must be a URL starting with mysql:// or mariadb://',
    );
    expect(refusal({ OUTBOX_BACKOFF_MS: '1.5' })).toContain('OUTBOX_BACKOFF_MS="1.5"');
    expect(refusal({ LOG_FORMAT: 'yaml' })).toContain('must be one of text, json');
    for (const message of [refusal({ JWT_TTL_SECONDS: '-1' }), refusal({ ATTACHMENT_MAX_BYTES: '10MB' })]) {
      expect(message.split('\n')).toHaveLength(1);
    }
  });

  it('asks for a shared JWT secret when several processes share a database', () => {
    expect(refusal({ DATABASE_URL: 'mysql://root@127.0.0.1:3306/yilin' })).toContain('JWT_SECRET');
    expect(refusal({ DATABASE_URL: 'mysql://root@db/yilin', JWT_SECRET: 'short' })).toContain('at least 16 characters');
  });

  it('reads an empty DATABASE_URL or REDIS_URL as unset, as deployment templates write them', () => {
    expect(loadEngineConfig({ ...base(), DATABASE_URL: '', REDIS_URL: ' ' })).toMatchObject({
      database: { driver: 'sqlite' },
      redisUrl: null,
    });
  });

  it('lists every variable it reads in .env.example, and nothing else', () => {
    const listed = [...readFileSync(join(WORKSPACE, '.env.example'), 'utf8').matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map(
      ([, name]) => name,
    );
    expect(listed.sort()).toEqual(Object.keys(ENVIRONMENT).sort());
  });
});

describe('security settings', () => {
  const load = (env: Record<string, string>) => loadEngineConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'yilin-config-')), ...env });

  it('believes no proxy unless told, and names the ones it is told', () => {
    expect(load({}).trustProxy).toBe(false);
    expect(load({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(load({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toEqual(['loopback', '10.0.0.0/8']);
    expect(() => load({ TRUST_PROXY: 'every one!' })).toThrow(/TRUST_PROXY/);
  });

  it('serves HTTPS headers only when the deployment says so', () => {
    expect(load({}).servesHttps).toBe(false);
    expect(load({ PUBLIC_URL: 'http://192.168.1.10:3000' }).servesHttps).toBe(false);
    expect(load({ PUBLIC_URL: 'https://yilin.example.org' }).servesHttps).toBe(true);
    expect(load({ PUBLIC_URL: 'https://yilin.example.org', SERVE_HTTPS: 'false' }).servesHttps).toBe(false);
    expect(load({ SERVE_HTTPS: 'true' }).servesHttps).toBe(true);
  });
});
