import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { engineOnStack } from '@test/support/test-engine';
import { E2E_DEFINITIONS } from '@test/engine/workflow-fixtures';

describe.each(ENGINE_STACKS)('claiming tasks on $name', (stack) => {
  const block = engineOnStack(stack, { definitions: E2E_DEFINITIONS });
  const { auth } = block;

  const openTicket = async (subject = 'Broken street lamp') =>
    (await block.engine.http.post('/api/instances').set(await auth('applicant')).send({ workflow: 'ticket', data: { subject } }).expect(201)).body as { id: string };
  const claimsOf = async (username: string, ...ids: string[]) =>
    (await block.engine.http.get(`/api/claims?ids=${ids.join(',')}`).set(await auth(username)).expect(200)).body as Array<{ instanceId: string; username: string }>;

  it('lets one person hold a task at a time and tells the others who has it', async () => {
    const ticket = await openTicket();
    const claimed = await block.engine.http.post(`/api/instances/${ticket.id}/claim`).set(await auth('staff')).expect(200);
    expect(claimed.body).toEqual({
      instanceId: ticket.id,
      userId: expect.any(String),
      username: 'staff',
      displayName: '秘书处 李娜',
      claimedAt: expect.any(String),
    });
    const again = await block.engine.http.post(`/api/instances/${ticket.id}/claim`).set(await auth('staff')).expect(200);
    expect(again.body.claimedAt).toBe(claimed.body.claimedAt);

    const refused = await block.engine.http.post(`/api/instances/${ticket.id}/claim`).set(await auth('window')).expect(409);
    expect(refused.body).toMatchObject({ code: 'CLAIMED_BY_OTHER', message: expect.stringContaining('秘书处 李娜 has been handling this task') });
    await block.engine.http.delete(`/api/instances/${ticket.id}/claim`).set(await auth('window')).expect(409);

    expect(await claimsOf('window', ticket.id)).toEqual([claimed.body]);
    await block.engine.http.delete(`/api/instances/${ticket.id}/claim`).set(await auth('staff')).expect(204);
    expect(await claimsOf('window', ticket.id)).toEqual([]);
    await block.engine.http.post(`/api/instances/${ticket.id}/claim`).set(await auth('window')).expect(200);
    expect((await claimsOf('staff', ticket.id)).map((c) => c.username)).toEqual(['window']);
  });

  it('lets an administrator release anyone’s claim', async () => {
    const ticket = await openTicket('admin releases');
    await block.engine.http.post(`/api/instances/${ticket.id}/claim`).set(await auth('staff')).expect(200);
    await block.engine.http.delete(`/api/instances/${ticket.id}/claim`).set(await auth('admin')).expect(204);
    expect(await claimsOf('staff', ticket.id)).toEqual([]);
  });

  it('lets a claim lapse once the instance moves to another step', async () => {
    const ticket = await openTicket('moves on');
    await block.engine.http.post(`/api/instances/${ticket.id}/claim`).set(await auth('staff')).expect(200);
    await block.engine.http.post(`/api/instances/${ticket.id}/events`).set(await auth('staff')).send({ type: 'ASSIGN', data: { assignee: 'x' } }).expect(200);
    expect(await claimsOf('staff', ticket.id)).toEqual([]);
    await block.engine.http.post(`/api/instances/${ticket.id}/claim`).set(await auth('window')).expect(200);
  });

  it('refuses claims from people with nothing to do, and hides claims on what they cannot see', async () => {
    const ticket = await openTicket('finished');
    await block.engine.http.post(`/api/instances/${ticket.id}/claim`).set(await auth('staff')).expect(200);
    await block.engine.http.post(`/api/instances/${ticket.id}/events`).set(await auth('staff')).send({ type: 'ASSIGN', data: { assignee: 'x' } }).expect(200);
    await block.engine.http.post(`/api/instances/${ticket.id}/events`).set(await auth('staff')).send({ type: 'RESOLVE' }).expect(200);
    const nothing = await block.engine.http.post(`/api/instances/${ticket.id}/claim`).set(await auth('window')).expect(403);
    expect(nothing.body).toMatchObject({ code: 'NOTHING_TO_CLAIM', message: expect.stringContaining('nothing to do') });

    const other = await openTicket('not yours');
    await block.engine.http.post(`/api/instances/${other.id}/claim`).set(await auth('staff')).expect(200);
    expect(await claimsOf('applicant2', other.id)).toEqual([]);
    const hidden = await block.engine.http.post(`/api/instances/${other.id}/claim`).set(await auth('applicant2'));
    expect([403, 404]).toContain(hidden.status);

    await block.engine.http.post(`/api/instances/${other.id}/claim`).expect(401);
    await block.engine.http.get('/api/claims').set(await auth('staff')).expect(400);
    await block.engine.http.get('/api/claims?ids=a;drop').set(await auth('staff')).expect(400);
  });
});
