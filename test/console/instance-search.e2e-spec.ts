import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { startTestEngine, type TestEngine } from '@test/support/test-engine';

interface Row {
  id: string;
  workflow: string;
  subject?: string;
  applicant?: string;
  amount?: number;
  state: string;
  stateEnteredAt: string;
}

describe.each(ENGINE_STACKS)('finding instances by business key on $name', (stack) => {
  let engine: TestEngine;
  let drop: () => Promise<void>;
  let programmeId: string;
  const as = async (username: string) => ({ Authorization: `Bearer ${await engine.tokenOf(username)}` });
  const find = async (username: string, q: string, workflow?: string): Promise<Row[]> => {
    const query = new URLSearchParams({ q, limit: '50', ...(workflow ? { workflow } : {}) });
    return (await engine.http.get(`/api/instances?${query}`).set(await as(username)).expect(200)).body.items;
  };
  const ids = (rows: Row[]) => rows.map((row) => row.id);

  beforeAll(async () => {
    const { config, database } = await stack.open();
    drop = database.drop;
    engine = await startTestEngine({ ...config, seedDemoData: true });
    programmeId = (await engine.http.get('/api/programmes').set(await as('applicant')).expect(200)).body[0].id;
  });
  afterAll(async () => {
    await engine.close();
    await drop();
  });

  const draft = async (username: string, title: string, organisation: string) =>
    (
      await engine.http
        .post('/api/instances')
        .set(await as(username))
        .send({ workflow: 'grant-approval', data: { programmeId, title, organisation, amount: 1_234_500 } })
        .expect(201)
    ).body as Row & { revision: number };

  it('finds a grant by any part of its project title or organisation, as a row in words', async () => {
    const grant = await draft('applicant', '青苗四点半课堂扩容计划', '黉门街青苗互助社');
    for (const typed of ['四点半课堂', '青苗四点半', '扩容计划', '黉门街青苗', '互助社']) {
      expect(ids(await find('staff', typed))).toContain(grant.id);
    }
    const [row] = await find('staff', '四点半课堂扩容');
    expect(row).toMatchObject({
      id: grant.id,
      subject: '青苗四点半课堂扩容计划',
      applicant: '黉门街青苗互助社',
      amount: 1_234_500,
      state: 'draft',
      stateEnteredAt: expect.any(String),
    });
    expect(await find('staff', '从未有人起过这个名字')).toEqual([]);
  });

  it('finds a draft only for its applicant and the secretariat, and a submitted grant for everyone who sees it', async () => {
    const grant = await draft('applicant', '玉林片区口袋公园认养', '玉林口袋公园志愿队');
    expect(ids(await find('applicant', '口袋公园认养'))).toEqual([grant.id]);
    expect(ids(await find('staff', '口袋公园认养'))).toEqual([grant.id]);
    expect(await find('director', '口袋公园认养')).toEqual([]);
    expect(await find('admin', '口袋公园志愿队')).toEqual([]);
    expect(await find('applicant2', '口袋公园认养')).toEqual([]);

    await engine.http.post(`/api/instances/${grant.id}/events`).set(await as('applicant')).send({ type: 'SUBMIT' }).expect(200);
    expect(ids(await find('director', '口袋公园认养'))).toEqual([grant.id]);
    expect(ids(await find('admin', '口袋公园志愿队'))).toEqual([grant.id]);
    expect(await find('applicant2', '口袋公园认养')).toEqual([]);
  });

  it('follows a title edited in the draft: the old words no longer find it, the new ones do', async () => {
    const grant = await draft('applicant', '旧名字社区菜园', '菜园互助组');
    await engine.http
      .post(`/api/instances/${grant.id}/events`)
      .set(await as('applicant'))
      .send({ type: 'UPDATE_DRAFT', data: { title: '屋顶农场与社区菜园' } })
      .expect(200);
    expect(ids(await find('staff', '屋顶农场'))).toEqual([grant.id]);
    expect(await find('staff', '旧名字社区')).toEqual([]);
    expect(ids(await find('staff', '菜园互助组'))).toEqual([grant.id]);
  });

  it('finds a registration by its enterprise name and by its registration number however it is typed', async () => {
    const registered = (await engine.http.get('/api/public/enterprises').expect(200)).body.items[0] as { name: string; registrationNo: string };
    const byName = await find('admin', registered.name.slice(2, 8), 'enterprise-registration');
    expect(byName.map((row) => row.subject)).toContain(registered.name);
    const no = registered.registrationNo;
    const typed = `${no.slice(0, 6).toLowerCase()} ${no.slice(6, 12)}`;
    const byNumber = await find('admin', typed, 'enterprise-registration');
    expect(byNumber.map((row) => row.subject)).toEqual([registered.name]);
    expect(await find('applicant2', no)).toEqual([]);
  });

  it('finds feedback by its tracking code for supervisors, by the whole code for administrators, never for the side it is about or other roles', async () => {
    const receipt = await engine.http
      .post('/api/public/feedback')
      .send({ description: '社区活动室周末总是锁着，希望公开开放时间', category: 'other' })
      .expect(201);
    const code: string = receipt.body.trackingCode;
    const rows = await find('supervisor', code.slice(0, 8).toLowerCase());
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ workflow: 'supervisory-review', subject: expect.stringContaining(code) });
    // An administrator who is read the whole code finds the review, and is still not shown the code.
    const byWholeCode = await find('admin', code.toLowerCase());
    expect(byWholeCode).toHaveLength(1);
    expect(byWholeCode[0].subject ?? '').not.toContain(code);
    expect(await find('admin', code.slice(0, 8))).toEqual([]);
    expect(await find('staff', code)).toEqual([]);
  });

  it('refuses a search that is empty or longer than anything worth typing, saying so', async () => {
    const tooLong = await engine.http.get(`/api/instances?q=${'长'.repeat(101)}`).set(await as('staff')).expect(400);
    expect(tooLong.body).toMatchObject({ statusCode: 400, message: expect.stringContaining('q') });
    await engine.http.get('/api/instances?q=').set(await as('staff')).expect(400);
  });
});
