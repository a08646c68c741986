import { ManualClock } from '@yilin/runtime/testing';
import { EffectSweeper } from '@engine/jobs/effect-sweeper.service';

import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { startTestEngine, type TestEngine } from '@test/support/test-engine';
import { E2E_DEFINITIONS } from '@test/engine/workflow-fixtures';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe.each(ENGINE_STACKS)('what needs attention, and time in each state, on $name', (stack) => {
  let engine: TestEngine;
  let drop: () => Promise<void>;
  const clock = new ManualClock(new Date());
  const auth = async (username: string) => ({ Authorization: `Bearer ${await engine.tokenOf(username)}` });

  beforeAll(async () => {
    const { config, database } = await stack.open();
    drop = database.drop;
    engine = await startTestEngine(config, { definitions: E2E_DEFINITIONS, clock });
    // The sweeper would fire the overdue timer within seconds of the clock jumping; these tests look at it first.
    engine.app.get(EffectSweeper).stop();
  });
  afterAll(async () => {
    await engine.close();
    await drop();
  });

  it('lists overdue timers and instances nobody has moved, and measures the time spent in each state', async () => {
    const staff = await auth('staff');
    const ticket = (await engine.http.post('/api/instances').set(staff).send({ workflow: 'ticket', data: { subject: 'lamp' } }).expect(201)).body;
    clock.advance(3 * HOUR);
    await engine.http.post(`/api/instances/${ticket.id}/events`).set(staff).send({ type: 'ASSIGN', data: { assignee: 'x' } }).expect(200);

    const before = await engine.http.get('/api/admin/attention').set(staff).expect(200);
    expect(before.body).toEqual({ stuckDays: 7, overdueTimers: [], stuckInstances: [] });

    clock.advance(2 * HOUR);
    const overdue = await engine.http.get('/api/admin/attention').set(await auth('supervisor')).expect(200);
    expect(overdue.body.overdueTimers).toEqual([
      { timerId: expect.any(String), name: 'sla', dueAt: expect.any(String), instanceId: ticket.id, workflow: 'ticket', state: 'live.assigned' },
    ]);
    expect(new Date(overdue.body.overdueTimers[0].dueAt).getTime()).toBeLessThan(clock.now().getTime());

    clock.advance(8 * DAY);
    const stuck = await engine.http.get('/api/admin/attention').set(await auth('admin')).expect(200);
    expect(stuck.body.stuckInstances).toEqual([
      { instanceId: ticket.id, workflow: 'ticket', state: 'live.assigned', updatedAt: expect.any(String), idleDays: 8 },
    ]);
    const patient = await engine.http.get('/api/admin/attention?stuckDays=30').set(staff).expect(200);
    expect(patient.body).toMatchObject({ stuckDays: 30, stuckInstances: [] });

    const times = await engine.http.get('/api/workflows/ticket/time-in-state').set(staff).expect(200);
    expect(times.body).toEqual([{ state: 'live.open', visits: 1, averageMs: 3 * HOUR, longestMs: 3 * HOUR }]);
  });

  it('is for the secretariat, supervisors and administrators, with sensible inputs', async () => {
    await engine.http.get('/api/admin/attention').set(await auth('applicant')).expect(403);
    await engine.http.get('/api/workflows/ticket/time-in-state').set(await auth('reviewer')).expect(403);
    await engine.http.get('/api/admin/attention').expect(401);
    await engine.http.get('/api/admin/attention?stuckDays=0').set(await auth('staff')).expect(400);
    await engine.http.get('/api/admin/attention?stuckDays=abc').set(await auth('staff')).expect(400);
    const unknown = await engine.http.get('/api/workflows/nope/time-in-state').set(await auth('staff')).expect(404);
    expect(unknown.body.message).toEqual(expect.any(String));
  });
});
