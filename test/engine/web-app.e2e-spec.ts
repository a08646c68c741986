import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { startTestEngine, type TestEngine } from '@test/support/test-engine';

describe('the engine serves the web app beside the API', () => {
  let engine: TestEngine;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const { config, database } = await ENGINE_STACKS[0].open();
    drop = database.drop;
    const webDist = join(config.dataDir, 'web');
    mkdirSync(join(webDist, 'assets'), { recursive: true });
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>宜邻</title><div id="root"></div>');
    writeFileSync(join(webDist, 'assets', 'app.js'), 'console.log("宜邻")');
    engine = await startTestEngine({ ...config, webDist });
  });
  afterAll(async () => {
    await engine.close();
    await drop();
  });

  it('serves the page, its assets, and client-side routes', async () => {
    const page = await engine.http.get('/').expect(200);
    expect(page.text).toContain('<div id="root">');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    await engine.http.get('/assets/app.js').expect(200).expect('Content-Type', /javascript/);
    const deepLink = await engine.http.get('/inbox/01ABC').expect(200);
    expect(deepLink.text).toContain('<div id="root">');
  });

  it('keeps unknown API routes as JSON 404s', async () => {
    const missing = await engine.http.get('/api/nowhere').expect(404);
    expect(missing.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});
