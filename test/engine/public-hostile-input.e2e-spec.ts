import fc from 'fast-check';

import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { startTestEngine, type TestEngine } from '@test/support/test-engine';

// The public endpoints take anything from anyone: every answer is a success or a clear 4xx in the common
// error shape, and what the public reads back never carries what they did not publish.

const text = fc.oneof(
  fc.string(),
  fc.constantFrom('<script>alert(1)</script>', "' OR 1=1 --", '\u0000', '%00', '../../etc/passwd', 'x'.repeat(3000)),
);
const anyJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('description', 'category', 'contact', 'enterprise', 'name', 'phone', 'x'), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;

describe('public endpoints under hostile input', () => {
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

  it('answers any feedback body with 201 or a clear 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(anyJson, async (body) => {
        const response = await engine.http
          .post('/api/public/feedback')
          .set('Content-Type', 'application/json')
          .send(JSON.stringify(body));
        expect([201, 400, 404, 413, 422]).toContain(response.status);
        if (response.status >= 400) {
          expect(response.body).toMatchObject({ statusCode: response.status, error: expect.any(String), message: expect.any(String) });
        }
      }),
      { numRuns: 80 },
    );
  });

  it('answers any tracking code with the progress or 404, and every public list with 200', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (code) => {
        const response = await engine.http.get(`/api/public/feedback/${encodeURIComponent(code)}`);
        expect([200, 400, 404]).toContain(response.status);
      }),
      { numRuns: 60 },
    );
    for (const list of ['funds', 'grants', 'enterprises', 'outcomes']) {
      await engine.http.get(`/api/public/${list}`).expect(200);
    }
  });

  it('never shows a filer’s contact on the tracking page', async () => {
    const receipt = await engine.http
      .post('/api/public/feedback')
      .send({ description: '活动经费去向不明', contact: { name: '王小明', phone: '13812345678', email: 'wxm@example.cn' } })
      .expect(201);
    const progress = await engine.http.get(`/api/public/feedback/${receipt.body.trackingCode}`).expect(200);
    const shown = JSON.stringify(progress.body);
    for (const personal of ['王小明', '13812345678', 'wxm@example.cn']) expect(shown).not.toContain(personal);
  });
});
