import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { startTestEngine, type TestEngine } from '@test/support/test-engine';

describe('protection against hammering and sniffing', () => {
  let engine: TestEngine;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const { config, database } = await ENGINE_STACKS[0].open();
    drop = database.drop;
    engine = await startTestEngine({ ...config, rateLimitPerMinute: 5 });
  });
  afterAll(async () => {
    await engine.close();
    await drop();
  });

  it('limits sign-in attempts per address and username, with a sentence to wait', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      await engine.http.post('/api/auth/login').send({ username: 'council1', password: 'guess' }).expect(401);
    }
    const blocked = await engine.http.post('/api/auth/login').send({ username: 'council1', password: 'guess' }).expect(429);
    expect(blocked.body).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      message: 'Too many attempts; please wait a minute and try again',
    });
    expect(blocked.headers['retry-after-sensitive'] ?? blocked.headers['retry-after']).toBeDefined();
    await engine.http.post('/api/auth/login').send({ username: 'council2', password: 'yilin-demo' }).expect(200);
  });

  it('sends security headers on every response', async () => {
    const response = await engine.http.get('/api/health').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['strict-transport-security']).toMatch(/max-age=/);
    expect(response.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(response.headers['x-powered-by']).toBeUndefined();
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
