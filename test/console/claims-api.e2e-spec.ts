import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { startTestEngine, type TestEngine } from '@test/support/test-engine';
import { E2E_DEFINITIONS } from '@test/engine/workflow-fixtures';

describe.each(ENGINE_STACKS)('claiming tasks on $name', (stack) => {
  let engine: TestEngine;
  let drop: () => Promise<void>;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await engine.tokenOf(username)}` });

  beforeAll(async () => {
    const { config, database } = await stack.open();
    drop = database.drop;
    engine = await startTestEngine(config, { definitions: E2E_DEFINITIONS });
  });
  afterAll(async () => {
    await engine.close();
    await drop();
  });

  const openTicket = async (subject = 'Broken street lamp') =>
    (await engine.http.post('/api/instances').set(await auth('applicant')).send({ workflow: 'ticket', data: { subject } }).expect(201)).body as { id: string };
  const claimsOf = async (username: string, ...ids: string[]) =>
    (await engine.http.get(`/api/claims?ids=${ids.join(',')}`).set(await auth(username)).expect(200)).body as Array<{ instanceId: string; username: string }>;

  it('lets one person hold a task at a time and tells the others who has it', async () => {
    const ticket = await openTicket();
    const claimed = await engine.http.post(`/api/instances/${ticket.id}/claim`).set(await auth('staff')).expect(200);
    expect(claimed.body).toEqual({
      instanceId: ticket.id,
      userId: expect.any(String),
      username: 'staff',
      displayName: '秘书处 李娜',
      claimedAt: expect.any(String),
    });
    const again = await engine.http.post(`/api/instances/${ticket.id}/claim`).set(await auth('staff')).expect(200);
    expect(again.body.claimedAt).toBe(claimed.body.claimedAt);

    const refused = await engine.http.post(`/api/instances/${ticket.id}/claim`).set(await auth('window')).expect(409);
    expect(refused.body).toMatchObject({ code: 'CLAIMED_BY_OTHER', message: expect.stringContaining('秘书处 李娜 has been handling this task') });
    await engine.http.delete(`/api/instances/${ticket.id}/claim`).set(await auth('window')).expect(409);

    expect(await claimsOf('window', ticket.id)).toEqual([claimed.body]);
    await engine.http.delete(`/api/instances/${ticket.id}/claim`).set(await auth('staff')).expect(204);
    expect(await claimsOf('window', ticket.id)).toEqual([]);
    await engine.http.post(`/api/instances/${ticket.id}/claim`).set(await auth('window')).expect(200);
    expect((await claimsOf('staff', ticket.id)).map((c) => c.username)).toEqual(['window']);
  });

  it('lets an administrator release anyone’s claim', async () => {
    const ticket = await openTicket('admin releases');
    await engine.http.post(`/api/instances/${ticket.id}/claim`).set(await auth('staff')).expect(200);
    await engine.http.delete(`/api/instances/${ticket.id}/claim`).set(await auth('admin')).expect(204);
    expect(await claimsOf('staff', ticket.id)).toEqual([]);
  });

  it('lets a claim lapse once the instance moves to another step', async () => {
    const ticket = await openTicket('moves on');
    await engine.http.post(`/api/instances/${ticket.id}/claim`).set(await auth('staff')).expect(200);
    await engine.http.post(`/api/instances/${ticket.id}/events`).set(await auth('staff')).send({ type: 'ASSIGN', data: { assignee: 'x' } }).expect(200);
    expect(await claimsOf('staff', ticket.id)).toEqual([]);
    await engine.http.post(`/api/instances/${ticket.id}/claim`).set(await auth('window')).expect(200);
  });

  it('refuses claims from people with nothing to do, and hides claims on what they cannot see', async () => {
    const ticket = await openTicket('finished');
    await engine.http.post(`/api/instances/${ticket.id}/claim`).set(await auth('staff')).expect(200);
    await engine.http.post(`/api/instances/${ticket.id}/events`).set(await auth('staff')).send({ type: 'ASSIGN', data: { assignee: 'x' } }).expect(200);
    await engine.http.post(`/api/instances/${ticket.id}/events`).set(await auth('staff')).send({ type: 'RESOLVE' }).expect(200);
    const nothing = await engine.http.post(`/api/instances/${ticket.id}/claim`).set(await auth('window')).expect(403);
    expect(nothing.body).toMatchObject({ code: 'NOTHING_TO_CLAIM', message: expect.stringContaining('nothing to do') });

    const other = await openTicket('not yours');
    await engine.http.post(`/api/instances/${other.id}/claim`).set(await auth('staff')).expect(200);
    expect(await claimsOf('applicant2', other.id)).toEqual([]);
    const hidden = await engine.http.post(`/api/instances/${other.id}/claim`).set(await auth('applicant2'));
    expect([403, 404]).toContain(hidden.status);

    await engine.http.post(`/api/instances/${other.id}/claim`).expect(401);
    await engine.http.get('/api/claims').set(await auth('staff')).expect(400);
    await engine.http.get('/api/claims?ids=a;drop').set(await auth('staff')).expect(400);
  });
});
