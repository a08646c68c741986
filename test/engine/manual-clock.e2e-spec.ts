import { loadEngineConfig } from '@engine/config/engine-config';
import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { eventually, startTestEngine, type TestEngine } from '@test/support/test-engine';

const MATERIALS = ['登记申请书', '公司章程', '法定代表人身份证明', '住所使用证明'];
const FILED = '2027-02-09T01:00:00.000Z'; // Tuesday 09:00 in Chengdu, the eve of the holiday week

/**
 * Holidays an admin enters once a year's notice is out. These are made up for the test, shaped like a
 * Spring Festival week (春节): seven days off, a Saturday worked in exchange (调休). Not an official calendar.
 */
const FESTIVAL_WEEK = ['2027-02-10', '2027-02-11', '2027-02-12', '2027-02-13', '2027-02-14', '2027-02-15', '2027-02-16'];
const SWAPPED_SATURDAY = '2027-02-20';

describe('the manual clock', () => {
  it('is off unless MANUAL_CLOCK=true, and refused with a production configuration', () => {
    expect(loadEngineConfig({ DATA_DIR: '/tmp/yilin-clock-config', JWT_SECRET: 'x' }).manualClock).toBe(false);
    expect(loadEngineConfig({ DATA_DIR: '/tmp/yilin-clock-config', JWT_SECRET: 'x', MANUAL_CLOCK: 'true' }).manualClock).toBe(true);
    expect(() => loadEngineConfig({ DATA_DIR: '/tmp/yilin-clock-config', JWT_SECRET: 'x', MANUAL_CLOCK: 'true', NODE_ENV: 'production' })).toThrow(
      /MANUAL_CLOCK/,
    );
  });
});

describe.each(ENGINE_STACKS)('time moved by an admin on $name', (stack) => {
  let engine: TestEngine;
  let drop: () => Promise<void>;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await engine.tokenOf(username)}` });
  const moveClock = async (body: Record<string, unknown>, status = 201) =>
    (await engine.http.post('/api/admin/clock').set(await auth('admin')).send(body).expect(status)).body;
  const send = async (username: string, id: string, type: string, data: Record<string, unknown> = {}) =>
    (await engine.http.post(`/api/instances/${id}/events`).set(await auth(username)).send({ type, data }).expect(200)).body;
  const deadline = async (id: string) =>
    (await engine.http.get(`/api/registrations/${id}/deadline`).set(await auth('founder')).expect(200)).body;

  beforeAll(async () => {
    const { config, database } = await stack.open();
    drop = database.drop;
    engine = await startTestEngine({ ...config, manualClock: true });
  });
  afterAll(async () => {
    await engine.close();
    await drop();
  });

  it('lets only an admin move it, and only forward', async () => {
    await engine.http.get('/api/admin/clock').set(await auth('staff')).expect(403);
    await engine.http.post('/api/admin/clock').set(await auth('staff')).send({ days: 1 }).expect(403);
    const clock = (await engine.http.get('/api/admin/clock').set(await auth('admin')).expect(200)).body;
    expect(clock).toMatchObject({ manual: true, offsetMs: 0 });
    const back = await moveClock({ at: '2020-01-01T00:00:00.000Z' }, 409);
    expect(back).toMatchObject({ code: 'CLOCK_BACKWARDS' });
    await moveClock({ weeks: 1 }, 400);
  });

  it('shows a green-channel deadline across the festival with its swapped Saturday, paused during 补正, and a breach escalated', async () => {
    const admin = await auth('admin');
    const settings = (await engine.http.get('/api/registrations/settings').set(admin).expect(200)).body;
    const { updatedAt: _at, updatedBy: _by, calendarCoverage, ...editable } = settings;
    // Today (30 November 2026 or later) the coming year has no holidays yet: the console and health say so.
    expect(calendarCoverage).toMatchObject({ nextYear: 2027, covered: false, warn: true });
    const health = (await engine.http.get('/api/health').expect(200)).body;
    expect(health.warnings).toEqual([expect.objectContaining({ code: 'HOLIDAYS_MISSING', details: { year: 2027 } })]);
    await engine.http
      .put('/api/registrations/settings')
      .set(admin)
      .send({ ...editable, deadlineWorkingDays: 5, holidays: [...editable.holidays, ...FESTIVAL_WEEK], makeUpWorkingDays: [...editable.makeUpWorkingDays, SWAPPED_SATURDAY] })
      .expect(200);
    expect((await engine.http.get('/api/health').expect(200)).body.warnings).toEqual([]);
    expect((await moveClock({ at: FILED })).now).toMatch(/^2027-02-09T01:00/);

    const filed = (
      await engine.http
        .post('/api/instances')
        .set(await auth('founder'))
        .send({
          workflow: 'enterprise-registration',
          data: {
            enterpriseName: '成都宜邻时钟演示服务有限公司',
            founder: { name: '陈静' },
            addresses: [{ address: '成都市武侯区玉林南路8号附3号', kind: 'registered' }],
            businessScope: '社区居民服务',
            materials: MATERIALS.slice(0, 3),
          },
        })
        .expect(201)
    ).body;
    // The festival week is skipped and the swapped Saturday counts: 17, 18, 19, 20 (Sat), 22 February.
    expect(await deadline(filed.id)).toMatchObject({ deadlineAt: '2027-02-22T16:00:00.000Z', workingDaysLeft: 5, clockStopped: false });

    await moveClock({ days: 8 }); // Wednesday 17th: one working day spent
    await send('staff', filed.id, 'NOTIFY_MISSING', { items: [MATERIALS[3]] });
    expect(await deadline(filed.id)).toMatchObject({ clockStopped: true, deadlineAt: null, workingDaysLeft: 4 });
    await moveClock({ days: 10 }); // Saturday 27th: the clock stood still during 补正
    expect(await deadline(filed.id)).toMatchObject({ clockStopped: true, workingDaysLeft: 4 });
    await send('founder', filed.id, 'SUPPLY_MATERIALS', { materials: [MATERIALS[3]] });
    expect(await deadline(filed.id)).toMatchObject({ clockStopped: false, deadlineAt: '2027-03-04T16:00:00.000Z', workingDaysLeft: 4 });

    await moveClock({ at: '2027-03-05T02:00:00.000Z' });
    await eventually(async () => expect(await deadline(filed.id)).toMatchObject({ breached: true }));
    await eventually(async () => {
      const page = await engine.http.get('/api/instances?workflow=supervisory-review&limit=200').set(await auth('supervisor')).expect(200);
      const reviews = await Promise.all(
        page.body.items.map(async (item: { id: string }) =>
          (await engine.http.get(`/api/instances/${item.id}`).set(await auth('supervisor')).expect(200)).body,
        ),
      );
      expect(reviews.filter((review) => review.view.subject?.instanceId === filed.id)).toEqual([
        expect.objectContaining({ state: 'triage', view: expect.objectContaining({ rule: 'green-channel-deadline' }) }),
      ]);
    });
  });
});

describe.each(ENGINE_STACKS)('a grant report falling overdue by the moved clock on $name', (stack) => {
  let engine: TestEngine;
  let drop: () => Promise<void>;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await engine.tokenOf(username)}` });

  beforeAll(async () => {
    const { config, database } = await stack.open();
    drop = database.drop;
    engine = await startTestEngine({ ...config, manualClock: true, seedDemoData: true });
  });
  afterAll(async () => {
    await engine.close();
    await drop();
  });

  it('marks the demo grant’s mid-term report overdue, then raises one supervisory review two weeks on', async () => {
    const list = await engine.http.get('/api/instances?workflow=grant-approval&limit=50').set(await auth('staff')).expect(200);
    const delivering = list.body.items.find((item: { state: string }) => item.state.includes('reports.midterm.upcoming'));
    expect(delivering).toBeDefined();
    const grant = async () => (await engine.http.get(`/api/instances/${delivering.id}`).set(await auth('staff')).expect(200)).body;
    const dueAt = Date.parse((await grant()).view.reports.midterm.dueAt);

    await engine.http.post('/api/admin/clock').set(await auth('admin')).send({ at: new Date(dueAt + 60_000).toISOString() }).expect(201);
    await eventually(async () => expect((await grant()).state).toContain('reports.midterm.overdue'));
    await engine.http.post('/api/admin/clock').set(await auth('admin')).send({ days: 15 }).expect(201);
    await eventually(async () => {
      const reviews = await engine.http.get('/api/instances?workflow=supervisory-review&limit=200').set(await auth('supervisor')).expect(200);
      const about = await Promise.all(
        reviews.body.items.map(async (item: { id: string }) =>
          (await engine.http.get(`/api/instances/${item.id}`).set(await auth('supervisor')).expect(200)).body,
        ),
      );
      expect(about.filter((review) => review.view.subject?.instanceId === delivering.id)).toEqual([
        expect.objectContaining({ view: expect.objectContaining({ rule: 'report-overdue' }) }),
      ]);
    });
  });
});
