import { isCreditCode } from '@yilin/form-validation';
import { InstanceStore, WorkflowRuntime } from '@yilin/runtime';
import { ManualClock } from '@yilin/runtime/testing';

import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { eventually, startTestEngine, type TestEngine } from '@test/support/test-engine';

// Monday 2 November 2026, 09:00 in Chengdu.
const T0 = '2026-11-02T01:00:00.000Z';
const DAY = 86_400_000;
const SHARED_ADDRESS = '成都市武侯区玉林街道黉门街12号';
const MATERIALS = ['登记申请书', '公司章程', '法定代表人身份证明', '住所使用证明'];

interface Instance {
  id: string;
  /** Present on error bodies. */
  code?: string;
  state: string;
  ownerId: string;
  workflow: string;
  view: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the typed view as JSON
  allowedEvents: Array<{ type: string }>;
}

describe.each(ENGINE_STACKS)('green-channel registration over HTTP on $name', (stack) => {
  let engine: TestEngine;
  let drop: () => Promise<void>;
  const clock = new ManualClock(T0);
  const auth = async (username: string) => ({ Authorization: `Bearer ${await engine.tokenOf(username)}` });
  const userId = async (username: string): Promise<string> =>
    (await engine.http.post('/api/auth/login').send({ username, password: 'yilin-demo' }).expect(200)).body.user.id;

  beforeAll(async () => {
    const { config, database } = await stack.open();
    drop = database.drop;
    engine = await startTestEngine(config, { clock });
  });
  afterAll(async () => {
    await engine.close();
    await drop();
  });

  const file = async (username: string, name: string, extra: Record<string, unknown> = {}, status = 201) =>
    (
      await engine.http
        .post('/api/instances')
        .set(await auth(username))
        .send({
          workflow: 'enterprise-registration',
          data: {
            enterpriseName: name,
            founder: { name: '陈静' },
            addresses: [{ address: '成都市武侯区玉林南路8号附2号', kind: 'registered' }],
            businessScope: '社区居民服务',
            materials: MATERIALS,
            ...extra,
          },
        })
        .expect(status)
    ).body as Instance;
  const send = async (username: string, id: string, type: string, data: Record<string, unknown> = {}, status = 200) =>
    (await engine.http.post(`/api/instances/${id}/events`).set(await auth(username)).send({ type, data }).expect(status)).body as Instance;
  const get = async (username: string, id: string) =>
    (await engine.http.get(`/api/instances/${id}`).set(await auth(username)).expect(200)).body as Instance;
  const reaches = async (id: string, state: string): Promise<Instance> => {
    let instance: Instance | undefined;
    await eventually(async () => {
      instance = await get('staff', id);
      expect(instance.state).toBe(state);
    });
    return instance as Instance;
  };
  const register = async (username: string, name: string, addresses: Array<{ address: string; kind?: string }>) => {
    const filed = await file(username, name, { addresses });
    await send('staff', filed.id, 'COMPLETE');
    await reaches(filed.id, 'processing.approval');
    await send('staff', filed.id, 'APPROVE');
    return reaches(filed.id, 'registered');
  };
  const deadline = async (username: string, id: string, status = 200) =>
    (await engine.http.get(`/api/registrations/${id}/deadline`).set(await auth(username)).expect(status)).body;

  it('lets admins configure the green channel, staff read it, and nobody else', async () => {
    const defaults = await engine.http.get('/api/registrations/settings').set(await auth('staff')).expect(200);
    expect(defaults.body).toMatchObject({ deadlineWorkingDays: 3, requiredMaterials: MATERIALS, updatedAt: null });
    await engine.http.get('/api/registrations/settings').set(await auth('founder')).expect(403);
    const settings = {
      deadlineWorkingDays: 5,
      requiredMaterials: MATERIALS,
      holidays: ['2026-11-11'],
      makeUpWorkingDays: ['2026-11-14'],
      certification: { distributionCapPercent: 35 },
    };
    await engine.http.put('/api/registrations/settings').set(await auth('staff')).send(settings).expect(403);
    const saved = await engine.http.put('/api/registrations/settings').set(await auth('admin')).send(settings).expect(200);
    expect(saved.body).toMatchObject({ ...settings, updatedBy: await userId('admin'), updatedAt: expect.any(String) });
    const onWeekday = await engine.http
      .put('/api/registrations/settings')
      .set(await auth('admin'))
      .send({ ...settings, makeUpWorkingDays: ['2026-11-12'] })
      .expect(422);
    expect(onWeekday.body).toMatchObject({ code: 'INCOHERENT_CALENDAR', details: { makeUpOnWeekday: ['2026-11-12'] } });
    await engine.http.put('/api/registrations/settings').set(await auth('admin')).send({ ...settings, deadlineWorkingDays: 0 }).expect(400);
  });

  it('registers a founder’s online filing after one correction round, sharing an address with an existing enterprise', async () => {
    const neighbour = await register('applicant2', '成都玉林邻里互助养老服务有限公司', [
      { address: '成都市武侯区玉林街道黉门街１２号', kind: 'registered' },
      { address: '成都市武侯区玉林北路3号附1号', kind: 'business' },
    ]);
    const filed = await file('founder', '成都宜邻家政服务有限公司', {
      addresses: [
        { address: `${SHARED_ADDRESS}`, kind: 'registered' },
        { address: '成都市武侯区玉林南路8号附2号', kind: 'business' },
      ],
      materials: MATERIALS.slice(0, 2),
    });
    expect(filed).toMatchObject({
      state: 'processing.precheck',
      view: { filedBy: 'founder', founder: { role: 'applicant', self: true }, deadlineWorkingDays: 5, requiredMaterials: MATERIALS },
    });
    // Five working days from Monday 2 November, Wednesday 11 November being a holiday: the end of Monday 9th.
    expect(await deadline('founder', filed.id)).toEqual({
      instanceId: filed.id,
      deadlineWorkingDays: 5,
      deadlineAt: '2026-11-09T16:00:00.000Z',
      workingDaysLeft: 5,
      clockStopped: false,
      breached: false,
    });

    await send('staff', filed.id, 'COMPLETE', {}, 409);
    const noticed = await send('staff', filed.id, 'NOTIFY_MISSING', { items: MATERIALS.slice(2), note: '请一次补齐' });
    expect(noticed.state).toBe('processing.correction');
    clock.advance(DAY);
    expect(await deadline('founder', filed.id)).toMatchObject({ clockStopped: true, deadlineAt: null, workingDaysLeft: 5 });
    await send('founder', filed.id, 'SUPPLY_MATERIALS', { materials: MATERIALS.slice(2) });
    expect(await deadline('founder', filed.id)).toMatchObject({ clockStopped: false, deadlineAt: '2026-11-10T16:00:00.000Z' });

    await send('staff', filed.id, 'COMPLETE');
    const inApproval = await reaches(filed.id, 'processing.approval');
    // 一址多照: the address is shared with the neighbour registered above (typed with full-width digits there).
    expect(inApproval.view.addressShares).toEqual([
      { address: SHARED_ADDRESS, enterprises: [neighbour.view.registrationNo] },
    ]);

    await send('window', filed.id, 'APPROVE', { comment: '符合登记条件' });
    const registered = await reaches(filed.id, 'registered');
    expect(isCreditCode(registered.view.registrationNo)).toBe(true);
    expect(await deadline('founder', filed.id)).toMatchObject({ clockStopped: true, breached: false });

    await send('founder', filed.id, 'APPLY_CERTIFICATION', { socialGoalFirst: true, profitReinvestedPercent: 70, distributionPercent: 30 });
    await send('council1', filed.id, 'ASSESS', { meetsCriteria: true });
    await send('council2', filed.id, 'ASSESS', { meetsCriteria: true });
    await send('council1', filed.id, 'CERTIFY', {});
    await reaches(filed.id, 'certified');
    await eventually(async () => {
      const certified = await engine.http.get('/api/public/enterprises').expect(200);
      expect(certified.body.items).toContainEqual({
        name: '成都宜邻家政服务有限公司',
        registrationNo: registered.view.registrationNo,
        certifiedAt: expect.any(String),
      });
      expect(Object.keys(certified.body.items[0]).sort()).toEqual(['certifiedAt', 'name', 'registrationNo']);
    });
    const csv = await engine.http.get('/api/public/enterprises/csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv; charset=utf-8/);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    expect(csv.text).toContain(`成都宜邻家政服务有限公司,${registered.view.registrationNo},2026-11-03`);
  });

  it('counts a filing made by the window only once the founder confirms it', async () => {
    const filed = await file('window', '成都玉林助老陪诊服务有限公司', { onBehalfOf: { founderUsername: 'applicant2' } });
    expect(filed).toMatchObject({
      state: 'awaitingConfirmation',
      ownerId: await userId('window'),
      view: { filedBy: 'staff', founder: { role: 'applicant', name: expect.any(String) }, confirmedAt: null },
    });
    const asFounder = await get('applicant2', filed.id);
    expect(asFounder.allowedEvents.map((event) => event.type).sort()).toEqual(['CONFIRM', 'WITHDRAW']);
    expect(await deadline('applicant2', filed.id)).toMatchObject({ clockStopped: true, workingDaysLeft: 5 });
    const mine = await engine.http.get('/api/instances?workflow=enterprise-registration').set(await auth('applicant2')).expect(200);
    expect(mine.body.items.map((item: { id: string }) => item.id)).toContain(filed.id);

    await engine.http.get(`/api/instances/${filed.id}`).set(await auth('founder')).expect(404);
    await send('founder', filed.id, 'CONFIRM', {}, 404);
    const notTheirs = await send('window', filed.id, 'CONFIRM', {}, 403);
    expect(notTheirs).toMatchObject({ code: 'FORBIDDEN' });
    const confirmed = await send('applicant2', filed.id, 'CONFIRM');
    expect(confirmed).toMatchObject({ state: 'processing.precheck', view: { confirmedAt: expect.any(String) } });
    // Whoever filed for the founder does not also decide on the filing.
    await send('staff', filed.id, 'COMPLETE');
    await reaches(filed.id, 'processing.approval');
    await send('window', filed.id, 'APPROVE', {}, 409);

    const unknown = await file('window', '成都某某服务有限公司', { onBehalfOf: { founderUsername: 'nobody' } }, 422);
    expect(unknown).toMatchObject({ code: 'FOUNDER_NOT_FOUND' });
    const notStaff = await file('founder', '成都某某服务有限公司', { onBehalfOf: { founderUsername: 'applicant2' } }, 403);
    expect(notStaff).toMatchObject({ code: 'FILING_ON_BEHALF_STAFF_ONLY' });
  });

  it('refuses a name a registered enterprise bears, however it is typed, until the founder renames', async () => {
    const existing = await register('applicant2', '四川黉门宜邻居民服务有限公司（Ａ座）', [{ address: '成都市武侯区玉林街道黉门街20号' }]);
    const filed = await file('founder', ' 四川黉门宜邻　居民服务有限公司(a座) ');
    await send('staff', filed.id, 'COMPLETE');
    const taken = await reaches(filed.id, 'processing.nameCheck.taken');
    expect(taken.view.nameConflicts).toEqual([
      { name: '四川黉门宜邻居民服务有限公司（Ａ座）', registrationNo: existing.view.registrationNo },
    ]);
    expect(await deadline('founder', filed.id)).toMatchObject({ clockStopped: true });
    await send('founder', filed.id, 'RENAME', { name: '四川黉门宜邻社区营造有限公司' });
    await reaches(filed.id, 'processing.approval');
    await send('staff', filed.id, 'APPROVE');
    const registered = await reaches(filed.id, 'registered');
    expect(registered.view.enterpriseName).toBe('四川黉门宜邻社区营造有限公司');
  });

  it('issues one licence when two filings race for one name; the other goes back to renaming', async () => {
    const first = await file('founder', '成都武侯邻里食堂有限公司');
    const second = await file('applicant2', '成都武侯邻里食堂有限公司');
    for (const filing of [first, second]) await send('staff', filing.id, 'COMPLETE');
    await reaches(first.id, 'processing.approval');
    await reaches(second.id, 'processing.approval');
    await Promise.all([send('staff', first.id, 'APPROVE'), send('window', second.id, 'APPROVE')]);
    await eventually(async () => {
      const states = [(await get('staff', first.id)).state, (await get('staff', second.id)).state].sort();
      expect(states).toEqual(['processing.nameCheck.taken', 'registered']);
    });
  });

  it('answers refusals: wrong role 403, wrong state 409, another founder’s filing 404', async () => {
    const filed = await file('founder', '成都宜邻社区花园有限公司');
    expect((await send('founder', filed.id, 'COMPLETE', {}, 403)).code).toBe('FORBIDDEN');
    expect((await send('founder', filed.id, 'RENAME', { name: '别的名字有限公司' }, 409)).code).toBe('EVENT_NOT_ALLOWED');
    await engine.http.get(`/api/instances/${filed.id}`).set(await auth('applicant2')).expect(404);
    await send('applicant2', filed.id, 'WITHDRAW', {}, 404);
    expect((await deadline('applicant2', filed.id, 404)).code).toBe('INSTANCE_NOT_FOUND');
    await engine.http.post('/api/instances').set(await auth('supervisor')).send({ workflow: 'enterprise-registration', data: {} }).expect(403);
  });

  it('raises a supervisory review when the deadline passes, which the founder can follow and answer', async () => {
    const filed = await file('founder', '成都宜邻便民维修服务有限公司');
    const store = engine.app.get(InstanceStore);
    const runtime = engine.app.get(WorkflowRuntime);
    const [timer] = (await store.listPendingTimers({ limit: 10_000 })).filter((t) => t.instanceId === filed.id);
    expect(timer).toMatchObject({ name: 'deadline' });
    clock.advance(timer.dueAt.getTime() - clock.now().getTime() + 1000);
    expect(await runtime.fireTimer(timer.id)).toBe('fired');
    expect(await deadline('founder', filed.id)).toMatchObject({ breached: true, workingDaysLeft: 0 });

    let review: Instance | undefined;
    await eventually(async () => {
      const page = await engine.http.get('/api/instances?workflow=supervisory-review&limit=200').set(await auth('supervisor')).expect(200);
      const reviews = await Promise.all(page.body.items.map((item: { id: string }) => get('supervisor', item.id)));
      review = reviews.find((candidate) => candidate.view.subject?.instanceId === filed.id);
      expect(review).toBeDefined();
    });
        expect(review?.view).toMatchObject({
      source: 'risk-rule',
      rule: 'green-channel-deadline',
      trackingCode: expect.stringMatching(/^[2-9A-HJ-NP-Z]{12}$/),
      subject: { workflow: 'enterprise-registration', instanceId: filed.id },
    });
    // The founder answers for the filing, so the review lists them and they see it — without its tracking code.
    expect((await get('founder', review!.id)).view).toMatchObject({ trackingCode: null, raisedBy: null, contact: null });
    await eventually(async () => {
      const progress = await engine.http.get(`/api/public/feedback/${review!.view.trackingCode}`).expect(200);
      expect(progress.body).toMatchObject({ source: 'risk-rule', entries: [{ state: 'triage' }] });
    });
  });
});
