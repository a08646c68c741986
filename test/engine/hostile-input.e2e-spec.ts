import fc from 'fast-check';

import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { startTestEngine, type TestEngine } from '@test/support/test-engine';

import { E2E_DEFINITIONS } from './workflow-fixtures';

// Whatever arrives, the engine answers with a status it means and the common error body — never a 500,
// never an echo of markup it was sent, never a changed instance after a refusal.

const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<script>alert(1)</script>',
    "'; DROP TABLE workflow_instances; --",
    '{{7*7}}',
    '../../etc/passwd',
    '\u0000\u202e',
    '𠜎𠜱𠝹',
    'x'.repeat(5000),
  ),
);

const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileString, tie('value'), { maxKeys: 4 }),
  ),
})).value;

function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { next: value };
  return value;
}

describe('hostile input', () => {
  let engine: TestEngine;
  let drop: () => Promise<void>;
  let staff: Record<string, string>;
  let ticketId: string;

  beforeAll(async () => {
    const { config, database } = await ENGINE_STACKS[0].open();
    drop = database.drop;
    engine = await startTestEngine({ ...config, rateLimitPerMinute: 10_000 }, { definitions: E2E_DEFINITIONS });
    staff = { Authorization: `Bearer ${await engine.tokenOf('staff')}` };
    ticketId = (await engine.http.post('/api/instances').set(staff).send({ workflow: 'ticket', data: { subject: 's' } }).expect(201)).body.id;
  });
  afterAll(async () => {
    await engine.close();
    await drop();
  });

  const expectRefusalBody = (body: Record<string, unknown>, status: number) => {
    expect(body).toMatchObject({ statusCode: status, error: expect.any(String), message: expect.any(String) });
  };

  it('answers arbitrary JSON to every write endpoint with 2xx or a clear 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(jsonValue, fc.constantFrom('/api/instances', `/api/instances/__ID__/events`, '/api/auth/login', '/api/users'), async (body, route) => {
        const response = await engine.http
          .post(route.replace('__ID__', ticketId))
          .set(staff)
          .set('Content-Type', 'application/json')
          .send(JSON.stringify(body));
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) expectRefusalBody(response.body, response.status);
      }),
      { numRuns: 120 },
    );
  });

  it('keeps an instance unchanged by every refused event', async () => {
    const fresh = (await engine.http.post('/api/instances').set(staff).send({ workflow: 'ticket', data: { subject: 'p' } }).expect(201)).body;
    let applied = 0;
    await fc.assert(
      fc.asyncProperty(fc.record({ type: hostileString, data: jsonValue }, { requiredKeys: [] }), async (body) => {
        const response = await engine.http
          .post(`/api/instances/${fresh.id}/events`)
          .set(staff)
          .set('Content-Type', 'application/json')
          .send(JSON.stringify(body));
        expect([200, 400, 403, 409, 422]).toContain(response.status);
        if (response.status === 200) applied += 1;
      }),
      { numRuns: 60 },
    );
    const after = (await engine.http.get(`/api/instances/${fresh.id}`).set(staff).expect(200)).body;
    expect(after.revision).toBe(1 + applied);
  });

  it('treats markup and injection strings as plain data', async () => {
    const subject = `<img src=x onerror=alert(1)>'; DROP TABLE users; --`;
    const created = await engine.http.post('/api/instances').set(staff).send({ workflow: 'ticket', data: { subject } }).expect(201);
    expect(created.body.view.headline).toBe(subject);
    expect(created.headers['content-type']).toMatch(/application\/json/);
    await engine.http.post('/api/auth/login').send({ username: "admin' OR '1'='1", password: "' OR '1'='1" }).expect(401);
  });

  it('refuses deep nesting, unknown fields and wrong types with field paths', async () => {
    const deep = await engine.http.post('/api/instances').set(staff).send({ workflow: 'ticket', data: deeplyNested(2000) });
    expect([400, 413, 422]).toContain(deep.status);
    const unknown = await engine.http.post('/api/instances').set(staff).send({ workflow: 'ticket', data: { subject: 's' }, owner: 'me' }).expect(400);
    expect(unknown.body.details).toEqual([expect.objectContaining({ keyword: 'additionalProperties' })]);
    const wrongType = await engine.http.post(`/api/instances/${ticketId}/events`).set(staff).send({ type: 'COMMENT', data: { text: 42 } }).expect(422);
    expect(wrongType.body.details).toEqual([expect.objectContaining({ path: '/text', keyword: 'type' })]);
  });

  it('answers JSON nested 10,000 deep with 400 on every route, before any handler walks it', async () => {
    const deep = (inner: string) => `{"workflow":"ticket","data":${'{"n":'.repeat(10_000)}${inner}${'}'.repeat(10_000)}}`;
    for (const [path, headers] of [['/api/instances', staff], ['/api/auth/login', {}], [`/api/instances/${ticketId}/events`, staff]] as const) {
      const refused = await engine.http.post(path).set(headers).set('Content-Type', 'application/json').send(deep('1')).expect(400);
      expect(refused.body).toMatchObject({ code: 'JSON_TOO_DEEP', message: 'The request body nests more than 64 levels deep' });
    }
    // Brackets inside strings are text, not nesting.
    await engine.http.post('/api/instances').set(staff).send({ workflow: 'ticket', data: { subject: '['.repeat(150) } }).expect(201);
  });

  it('lists at most 20 issues in an error, saying how many more there were', async () => {
    const extraFields = Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`f${i}`, 1]));
    const signIn = await engine.http.post('/api/auth/login').send({ username: 'staff', password: 'x', ...extraFields }).expect(400);
    expect(signIn.body.details).toHaveLength(20);
    expect(signIn.body.detailsOmitted).toBe(30_000 - 20);
    expect(signIn.body.message).toMatch(/29980 more not listed/);
    expect(JSON.stringify(signIn.body).length).toBeLessThan(10_000);

    const rows = await engine.http.post('/api/instances').set(staff).send({ workflow: 'ticket', data: { subject: 's', budget: Array.from({ length: 50_000 }, () => ({})) } }).expect(422);
    expect(rows.body.details).toEqual([expect.objectContaining({ keyword: 'maxValues' })]);
    expect(JSON.stringify(rows.body).length).toBeLessThan(10_000);
  });

  it('refuses the event that would grow an instance past its size limit, and keeps it as it was', async () => {
    const id = (await engine.http.post('/api/instances').set(staff).send({ workflow: 'ticket', data: { subject: 's' } }).expect(201)).body.id;
    const watch = (i: number) =>
      engine.http.post(`/api/instances/${id}/events`).set(staff).send({ type: 'WATCH', data: { userId: `${i}${'u'.repeat(100_000)}` } });
    expect((await watch(1)).status).toBe(200);
    expect((await watch(2)).status).toBe(200);
    const refused = await watch(3);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'INSTANCE_TOO_LARGE', message: expect.stringMatching(/at most 256 KiB may be stored/) });
    const kept = await engine.http.get(`/api/instances/${id}`).set(staff).expect(200);
    expect(kept.body.revision).toBe(3);
  });
});
