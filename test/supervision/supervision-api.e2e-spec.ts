import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { eventually, startTestEngine, type TestEngine } from '@test/support/test-engine';

const MATERIALS = ['登记申请书', '公司章程', '法定代表人身份证明', '住所使用证明'];
const CANTEEN = '成都簇桥社区厨房餐饮管理有限公司';

interface Instance {
  id: string;
  state: string;
  workflow: string;
  ownerId: string | null;
  view: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the typed view as JSON
}

describe.each(ENGINE_STACKS)('supervisory review and public feedback over HTTP on $name', (stack) => {
  let engine: TestEngine;
  let drop: () => Promise<void>;
  let canteen: Instance;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await engine.tokenOf(username)}` });
  const userId = async (username: string): Promise<string> =>
    (await engine.http.post('/api/auth/login').send({ username, password: 'yilin-demo' }).expect(200)).body.user.id;
  const send = async (username: string, id: string, type: string, data: Record<string, unknown> = {}, status = 200) =>
    (await engine.http.post(`/api/instances/${id}/events`).set(await auth(username)).send({ type, data }).expect(status)).body;
  const get = async (username: string, id: string, status = 200) =>
    (await engine.http.get(`/api/instances/${id}`).set(await auth(username)).expect(status)).body as Instance;
  const reaches = async (id: string, state: string) =>
    eventually(async () => expect((await get('staff', id)).state).toBe(state));
  const reviewWithCode = async (trackingCode: string): Promise<Instance> => {
    const page = await engine.http.get('/api/instances?workflow=supervisory-review&limit=200').set(await auth('supervisor')).expect(200);
    const reviews = await Promise.all(page.body.items.map((item: { id: string }) => get('supervisor', item.id)));
    const review = reviews.find((candidate) => candidate.view.trackingCode === trackingCode);
    if (!review) throw new Error(`No review with tracking code ${trackingCode}`);
    return review;
  };

  beforeAll(async () => {
    const { config, database } = await stack.open();
    drop = database.drop;
    engine = await startTestEngine(config);
    const filed = (
      await engine.http
        .post('/api/instances')
        .set(await auth('founder'))
        .send({
          workflow: 'enterprise-registration',
          data: {
            enterpriseName: CANTEEN,
            founder: { name: '陈静' },
            addresses: [{ address: '成都市武侯区簇桥街道七里村社区5组18号' }],
            businessScope: '社区食堂、老年助餐',
            materials: MATERIALS,
          },
        })
        .expect(201)
    ).body as Instance;
    await send('staff', filed.id, 'COMPLETE');
    await reaches(filed.id, 'processing.approval');
    await send('staff', filed.id, 'APPROVE');
    await reaches(filed.id, 'registered');
    canteen = await get('staff', filed.id);
  });
  afterAll(async () => {
    await engine.close();
    await drop();
  });

  it('follows anonymous feedback from its tracking code to a published outcome without personal data', async () => {
    const filer = { name: '李四', phone: '13912345678' };
    const description = '我是李四，社区食堂饭菜涨价但没有公示，电话13912345678';
    const receipt = await engine.http
      .post('/api/public/feedback')
      .send({ description, category: 'enterprise', enterprise: CANTEEN, contact: filer })
      .expect(201);
    const code: string = receipt.body.trackingCode;
    expect(receipt.body).toEqual({ trackingCode: expect.stringMatching(/^[2-9A-HJ-NP-Z]{12}$/) });

    const typed = `${code.slice(0, 4).toLowerCase()}-${code.slice(4, 8)} ${code.slice(8)}`;
    const received = await engine.http.get(`/api/public/feedback/${encodeURIComponent(typed)}`).expect(200);
    expect(received.body).toMatchObject({ trackingCode: code, source: 'public', category: 'enterprise', entries: [{ state: 'triage' }], disclosure: null });
    await engine.http.get('/api/public/feedback/ZZZZZZZZZZZZ').expect(404);
    expect((await engine.http.get('/api/public/feedback/not-a-code').expect(404)).body.code).toBe('TRACKING_CODE_NOT_FOUND');

    const review = await reviewWithCode(code);
    expect(review.view).toMatchObject({
      source: 'public',
      contact: null,
      subject: { workflow: 'enterprise-registration', instanceId: canteen.id },
    });
    const filerView = await engine.http.get(`/api/supervision/reviews/${review.id}/filer`).set(await auth('supervisor')).expect(200);
    expect(filerView.body).toMatchObject({ reviewId: review.id, contact: filer, filerUserId: null });
    await engine.http.get(`/api/supervision/reviews/${review.id}/filer`).set(await auth('founder')).expect(403);

    expect((await send('founder', review.id, 'ACCEPT', {}, 403)).code).toBe('FORBIDDEN');
    await send('staff', review.id, 'ACCEPT', {}, 404);
    expect((await send('supervisor', review.id, 'PUBLISH', { publicSummary: 'x' }, 409)).code).toBe('EVENT_NOT_ALLOWED');
    await send('supervisor', review.id, 'ACCEPT', { note: '予以受理' });
    // The subject's owner cannot investigate their own case, nor can someone who is not a supervisor.
    const subjectAssigned = await send('supervisor', review.id, 'ASSIGN', { supervisorId: await userId('founder') }, 422);
    expect(subjectAssigned).toMatchObject({ code: 'INVALID_ASSIGNEE', details: [{ path: '/supervisorId', username: 'founder', reason: 'IS_PARTICIPANT' }] });
    const staffAssigned = await send('supervisor', review.id, 'ASSIGN', { supervisorId: await userId('staff') }, 422);
    expect(staffAssigned.details).toEqual([expect.objectContaining({ username: 'staff', reason: 'MISSING_ROLE' })]);
    await send('supervisor', review.id, 'ASSIGN', { supervisorId: await userId('supervisor') });
    await send('supervisor', review.id, 'REQUEST_INFO', { questions: ['请说明调价原因及公示情况'] });

    // The subject answers and sees the review, but never who reported it.
    const asSubject = await get('founder', review.id);
    expect(asSubject.view).toMatchObject({ contact: null, raisedBy: null, trackingCode: null });
    expect(asSubject.ownerId).toBeNull();
    await get('applicant2', review.id, 404);
    await send('applicant2', review.id, 'PROVIDE_INFO', { answer: '不是我' }, 404);
    await send('founder', review.id, 'PROVIDE_INFO', { answer: '食材涨价，调价通知漏贴' });
    await send('supervisor', review.id, 'FINDINGS', { outcome: 'issue', riskLevel: 'medium', summary: '调价未公示' });
    await send('supervisor', review.id, 'ORDER_RECTIFICATION', { requirements: '公示菜价及调价依据' });
    await send('founder', review.id, 'RECTIFY', { response: '已在门口公示' });
    await send('supervisor', review.id, 'VERIFY', { accepted: false, comment: '社区公众号未同步公示' });
    await send('founder', review.id, 'RECTIFY', { response: '公众号已同步公示' });
    const concluded = await send('supervisor', review.id, 'VERIFY', { accepted: true, comment: '核实无误' });
    expect(concluded.state).toBe('concluded');
    const leaky = await send('supervisor', review.id, 'PUBLISH', { publicSummary: '感谢李四（13912345678）的反映' }, 409);
    expect(leaky).toMatchObject({ code: 'EVENT_REJECTED', reason: 'SUMMARY_HAS_PERSONAL_DATA' });
    expect(leaky.message).toContain('个人信息');
    expect(leaky.messages.en).toContain('personal data');
    const summary = '经核查，社区食堂调价未及时公示，已责令整改并核实完成公示。';
    const closed = await send('supervisor', review.id, 'PUBLISH', { publicSummary: summary });
    expect(closed.state).toBe('closed');

    let outcome: Record<string, unknown> | undefined;
    await eventually(async () => {
      const outcomes = await engine.http.get('/api/public/outcomes').expect(200);
      outcome = outcomes.body.items.find((entry: { summary: string }) => entry.summary === summary);
      expect(outcome).toBeDefined();
    });
    expect(outcome).toEqual({ summary, outcome: 'issue', riskLevel: 'medium', publishedAt: closed.view.disclosure.publishedAt });
    const csv = await engine.http.get('/api/public/outcomes/csv').expect(200);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    expect(csv.text).toContain(`issue,medium,${summary}`);

    const progress = await engine.http.get(`/api/public/feedback/${code}`).expect(200);
    expect(progress.body.entries.map((entry: { state: string }) => entry.state)).toEqual([
      'triage',
      'investigation',
      'rectification',
      'concluded',
      'closed',
    ]);
    expect(progress.body.disclosure).toMatchObject({ summary, outcome: 'issue', riskLevel: 'medium' });
    const shown = JSON.stringify([progress.body, csv.text]);
    for (const secret of ['李四', '13912345678', await userId('founder'), canteen.id, review.id, description]) expect(shown).not.toContain(secret);
  });

  it('refuses feedback of the wrong shape or about an unknown enterprise', async () => {
    await engine.http.post('/api/public/feedback').send({}).expect(400);
    expect((await engine.http.post('/api/public/feedback').send({ description: '有问题需要反映', secret: 1 }).expect(422)).body.details).toEqual([
      expect.objectContaining({ path: '/secret', keyword: 'additionalProperties' }),
    ]);
    // The contact is checked by the public-feedback form's own fields, at the paths the request used.
    const badContact = await engine.http
      .post('/api/public/feedback')
      .send({ description: '有问题需要反映', contact: { name: '李四', phone: '12345', email: 'not-an-email' } })
      .expect(422);
    expect(badContact.body.details.map((issue: { path: string; keyword: string }) => `${issue.path} ${issue.keyword}`).sort()).toEqual([
      '/contact/email format',
      '/contact/phone format',
    ]);
    expect(badContact.body.details.find((issue: { path: string }) => issue.path === '/contact/phone').message).toBe('请输入11位中国大陆手机号码');
    await engine.http.post('/api/public/feedback').send({ description: '有问题需要反映', contact: { phone: 1 } }).expect(400);
    const unknown = await engine.http.post('/api/public/feedback').send({ description: '有问题需要反映', enterprise: '不存在的公司' }).expect(422);
    expect(unknown.body.code).toBe('ENTERPRISE_NOT_FOUND');
  });

  it('records who filed when they were signed in, still keeping it out of the review', async () => {
    const receipt = await engine.http
      .post('/api/public/feedback')
      .set(await auth('applicant2'))
      .send({ description: '项目公示栏信息长期未更新', category: 'other' })
      .expect(201);
    const review = await reviewWithCode(receipt.body.trackingCode);
    expect(review.view.contact).toBeNull();
    const filer = await engine.http.get(`/api/supervision/reviews/${review.id}/filer`).set(await auth('admin')).expect(200);
    expect(filer.body).toMatchObject({ filerUserId: await userId('applicant2'), contact: null });
  });

  it('lets a supervisor raise a review about an instance, with a tracking code and the subject’s owner looked up', async () => {
    const forgedCode = await engine.http
      .post('/api/instances')
      .set(await auth('supervisor'))
      .send({ workflow: 'supervisory-review', data: { trackingCode: 'AAAAAAAAAAAA', description: '抽查绿色通道登记材料' } })
      .expect(422);
    expect(forgedCode.body.details).toEqual([expect.objectContaining({ path: '/trackingCode', keyword: 'reserved' })]);
    const started = await engine.http
      .post('/api/instances')
      .set(await auth('supervisor'))
      .send({
        workflow: 'supervisory-review',
        data: {
          source: 'risk-rule',
          description: '抽查绿色通道登记材料',
          subject: { workflow: 'grant-approval', instanceId: canteen.id, ownerId: 'someone-else' },
        },
      })
      .expect(201);
    expect(started.body.view).toMatchObject({
      source: 'supervisor',
      subject: { workflow: 'enterprise-registration', instanceId: canteen.id },
    });
    // The owner named in the request is ignored: the founder of the filing answers for it, and sees the review.
    await get('founder', started.body.id);
    expect(started.body.view.trackingCode).toMatch(/^[2-9A-HJ-NP-Z]{12}$/);
    expect(started.body.view.trackingCode).not.toBe('AAAAAAAAAAAA');
    await eventually(async () => {
      await engine.http.get(`/api/public/feedback/${started.body.view.trackingCode}`).expect(200);
    });
    const missing = await engine.http
      .post('/api/instances')
      .set(await auth('supervisor'))
      .send({ workflow: 'supervisory-review', data: { source: 'supervisor', description: 'x', subject: { workflow: 'grant-approval', instanceId: 'nope' } } })
      .expect(422);
    expect(missing.body.code).toBe('SUBJECT_NOT_FOUND');
    await engine.http.post('/api/instances').set(await auth('founder')).send({ workflow: 'supervisory-review', data: { source: 'supervisor', description: 'x' } }).expect(403);
  });
});
