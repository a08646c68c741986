import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { startTestEngine, type TestEngine } from '@test/support/test-engine';

interface FieldIssue {
  path: string;
  message: string;
}

describe('a grant application saved as a draft while it is typed', () => {
  let engine: TestEngine;
  let drop: () => Promise<void>;
  let programmeId: string;
  const as = async (username: string) => ({ Authorization: `Bearer ${await engine.tokenOf(username)}` });
  const start = async (data: Record<string, unknown>) =>
    engine.http.post('/api/instances').set(await as('applicant')).send({ workflow: 'grant-approval', data: { programmeId, ...data } });
  const send = async (id: string, type: string, data: Record<string, unknown> = {}) =>
    engine.http.post(`/api/instances/${id}/events`).set(await as('applicant')).send({ type, data });
  const paths = (body: { details?: FieldIssue[] }) => (body.details ?? []).map((issue) => issue.path).sort();

  beforeAll(async () => {
    const { config, database } = await ENGINE_STACKS[0].open();
    drop = database.drop;
    engine = await startTestEngine({ ...config, seedDemoData: true });
    programmeId = (await engine.http.get('/api/programmes').set(await as('applicant')).expect(200)).body[0].id;
  });
  afterAll(async () => {
    await engine.close();
    await drop();
  });

  it('starts with whatever was typed first, a title alone or nothing but the programme', async () => {
    const titled = await start({ title: '邻里书屋' });
    expect(titled.status).toBe(201);
    expect(titled.body).toMatchObject({ state: 'draft', subject: '邻里书屋' });
    expect((await start({})).status).toBe(201);
  });

  it('still checks every field that is there, with its path, in words', async () => {
    const fractional = await start({ title: '邻里书屋', amount: 1234.567 });
    expect(fractional.status).toBe(422);
    expect(paths(fractional.body)).toEqual(['/amount']);
    const blank = await start({ title: '' });
    expect(blank.status).toBe(422);
    expect(paths(blank.body)).toEqual(['/title']);
    const tooMuch = await start({ amount: 999_999_999_00 });
    expect(tooMuch.body).toMatchObject({ error: 'EVENT_REJECTED', code: 'EVENT_REJECTED', reason: 'AMOUNT_ABOVE_PROGRAMME_MAX' });
  });

  it('checks the whole form on submission, naming each field still missing, then takes it once complete', async () => {
    const draft = (await start({ title: '邻里书屋扩建' })).body as { id: string };
    const early = await send(draft.id, 'SUBMIT');
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ statusCode: 422, code: 'INVALID_DATA' });
    expect(paths(early.body)).toEqual(expect.arrayContaining(['/amount', '/organisation']));
    expect(paths(early.body)).not.toContain('/title');

    await send(draft.id, 'UPDATE_DRAFT', { organisation: '黉门街社区居委会' }).then((r) => expect(r.status).toBe(200));
    await send(draft.id, 'UPDATE_DRAFT', { amount: 800_000 }).then((r) => expect(r.status).toBe(200));
    const submitted = await send(draft.id, 'SUBMIT');
    expect(submitted.status).toBe(200);
    expect(submitted.body.state).not.toBe('draft');
  });
});
