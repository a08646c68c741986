import type { EngineConfig } from '@engine/config/engine-config';
import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { startTestEngine, type TestEngine } from '@test/support/test-engine';

describe.each(ENGINE_STACKS)('sign-in throttling on $name', (stack) => {
  const open = async (overrides: Partial<EngineConfig> = {}) => {
    const { config, database } = await stack.open();
    const engine = await startTestEngine({ ...config, rateLimitPerMinute: 5, ...overrides });
    return { engine, close: async () => (await engine.close(), await database.drop()) };
  };
  const signIn = (engine: TestEngine, username: string, password = 'guess', forwardedFor?: string) => {
    const request = engine.http.post('/api/auth/login');
    if (forwardedFor) request.set('X-Forwarded-For', forwardedFor);
    return request.send({ username, password });
  };

  it('limits attempts per address and username, answering 429 with Retry-After', async () => {
    const { engine, close } = await open();
    try {
      // One typist's attempts count against their own username from their address.
      for (let attempt = 0; attempt < 4; attempt++) await signIn(engine, 'council1').expect(401);
      await signIn(engine, 'council1', 'yilin-demo').expect(200);
      const blocked = await signIn(engine, 'council1', 'yilin-demo').expect(429);
      expect(blocked.body).toEqual({ statusCode: 429, error: 'Too Many Requests', message: 'Too many attempts; please wait a minute and try again' });
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      await signIn(engine, 'council2', 'yilin-demo').expect(200);
    } finally {
      await close();
    }
  });

  it('stops one password tried against many usernames from one address', async () => {
    const { engine, close } = await open();
    try {
      const usernames = ['admin', 'staff', 'window', 'applicant', 'applicant2', 'founder', 'reviewer', 'reviewer2', 'director', 'council1', 'council2', 'council3'];
      const statuses: number[] = [];
      for (const username of usernames) statuses.push((await signIn(engine, username, 'password123')).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429, 429, 429]);
      const refused = await signIn(engine, 'supervisor', 'yilin-demo').expect(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });

  it('believes X-Forwarded-For only from the proxies configured', async () => {
    const direct = await open();
    try {
      // Not configured: a client cannot pose as many addresses by writing the header itself.
      for (let i = 0; i < 5; i++) await signIn(direct.engine, `nobody${i}`, 'x', `203.0.113.${i}`).expect(401);
      await signIn(direct.engine, 'nobody9', 'x', '203.0.113.99').expect(429);
    } finally {
      await direct.close();
    }
    const proxied = await open({ trustProxy: ['loopback'] });
    try {
      // Behind a configured proxy each client's own address is counted.
      for (let i = 0; i < 5; i++) await signIn(proxied.engine, `nobody${i}`, 'x', '203.0.113.7').expect(401);
      await signIn(proxied.engine, 'nobody9', 'x', '203.0.113.7').expect(429);
      await signIn(proxied.engine, 'council1', 'yilin-demo', '198.51.100.1').expect(200);
    } finally {
      await proxied.close();
    }
    // Two engines start in this one test, each seeding the demo data.
  }, 90_000);
});

const onRedis = ENGINE_STACKS.find((stack) => stack.name.includes('Redis'));

(onRedis ? describe : describe.skip)('sign-in limits shared by engine processes through Redis', () => {
  it('counts a failure in one process against the address in another', async () => {
    const { config, database } = await (onRedis as (typeof ENGINE_STACKS)[number]).open();
    const first = await startTestEngine({ ...config, rateLimitPerMinute: 3, seedDemo: true });
    const second = await startTestEngine({ ...config, rateLimitPerMinute: 3, seedDemo: false });
    try {
      for (let i = 0; i < 3; i++) await first.http.post('/api/auth/login').send({ username: `nobody${i}`, password: 'x' }).expect(401);
      await second.http.post('/api/auth/login').send({ username: 'council1', password: 'yilin-demo' }).expect(429);
    } finally {
      await first.close();
      await second.close();
      await database.drop();
    }
  });
});

describe('protection against sniffing', () => {
  let engine: TestEngine;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const { config, database } = await ENGINE_STACKS[0].open();
    drop = database.drop;
    engine = await startTestEngine(config);
  });
  afterAll(async () => {
    await engine.close();
    await drop();
  });

  it('sends security headers on every response, HSTS only when the deployment serves HTTPS', async () => {
    const response = await engine.http.get('/api/health').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(response.headers['x-powered-by']).toBeUndefined();
    // A plain-HTTP LAN install: the browser must not be told to insist on HTTPS.
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(response.headers['content-security-policy']).not.toMatch(/upgrade-insecure-requests/);

    const { config, database } = await ENGINE_STACKS[0].open();
    const https = await startTestEngine({ ...config, servesHttps: true });
    try {
      const secured = await https.http.get('/api/health').expect(200);
      expect(secured.headers['strict-transport-security']).toMatch(/max-age=/);
      expect(secured.headers['content-security-policy']).toMatch(/upgrade-insecure-requests/);
    } finally {
      await https.close();
      await database.drop();
    }
  });

  it('keeps signed-in answers out of every cache', async () => {
    const token = await engine.tokenOf('staff');
    const signedIn = await engine.http.get('/api/instances').set('Authorization', `Bearer ${token}`).expect(200);
    expect(signedIn.headers['cache-control']).toBe('no-store');
    const refused = await engine.http.get('/api/users').set('Authorization', `Bearer ${token}`).expect(403);
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  it('shows metrics to admins and to a scraper holding the metrics token, nobody else', async () => {
    const { config, database } = await ENGINE_STACKS[0].open();
    const scraped = await startTestEngine({ ...config, metricsToken: 'scraper-secret-0123456789' });
    try {
      await scraped.http.get('/api/metrics').expect(401);
      await scraped.http.get('/api/metrics').set('Authorization', 'Bearer wrong-secret-0123456789').expect(401);
      await scraped.http.get('/api/metrics').set('Authorization', `Bearer ${await scraped.tokenOf('supervisor')}`).expect(403);
      const metrics = await scraped.http.get('/api/metrics').set('Authorization', 'Bearer scraper-secret-0123456789').expect(200);
      expect(metrics.text).toContain('yilin_http_requests_total');
    } finally {
      await scraped.close();
      await database.drop();
    }
  });
});

describe('public feedback is rate limited per address', () => {
  it('accepts a few reports a minute, then asks to wait', async () => {
    const { config, database } = await ENGINE_STACKS[0].open();
    const engine = await startTestEngine({ ...config, rateLimitPerMinute: 3 });
    const report = () =>
      engine.http.post('/api/public/feedback').send({ description: '社区活动经费使用情况不清楚，希望公开明细。' });
    for (let i = 0; i < 3; i++) expect((await report()).status).toBe(201);
    const blocked = await report().expect(429);
    expect(blocked.body).toMatchObject({ statusCode: 429, message: 'Too many attempts; please wait a minute and try again' });
    await engine.close();
    await database.drop();
  });
});
