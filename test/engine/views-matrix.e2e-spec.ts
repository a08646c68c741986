import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { eventually, startTestEngine, type TestEngine } from '@test/support/test-engine';

const YUAN = 100;

// What each person typed that only some may read; each string is unique, so finding it anywhere in a response
// means it leaked.
const SECRET = {
  idNumber: '11010519491231002X',
  mobile: '13812345678',
  contactName: '王小明',
  comment1: '评审意见甲：预算偏高',
  comment2: '评审意见乙：执行力强',
  vote1: '表决意见：同意但需公示',
  vote2: '表决意见：反对',
  reporter: '李举报',
  reporterPhone: '13900001111',
  description: '举报内容：食堂账目不清',
};

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- responses read as JSON

describe.each(ENGINE_STACKS)('views per caller on $name', (stack) => {
  let engine: TestEngine;
  let drop: () => Promise<void>;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await engine.tokenOf(username)}` });
  const ids = new Map<string, string>();
  const idOf = async (username: string) => {
    if (!ids.size) {
      const users = await engine.http
        .get('/api/users')
        .set(await auth('admin'))
        .expect(200);
      for (const user of users.body as Array<{ username: string; id: string }>) ids.set(user.username, user.id);
    }
    return ids.get(username) ?? '';
  };
  const send = async (id: string, username: string, type: string, data: Json = {}) => {
    const response = await engine.http
      .post(`/api/instances/${id}/events`)
      .set(await auth(username))
      .send({ type, data });
    expect({ type, username, status: response.status }).toEqual({ type, username, status: 200 });
  };
  /** Everything one person can read about one instance: the instance, its history, their task list and its exports. */
  const seenBy = async (username: string, id: string) => {
    const instance = (
      await engine.http
        .get(`/api/instances/${id}`)
        .set(await auth(username))
        .expect(200)
    ).body as Json;
    const history = (
      await engine.http
        .get(`/api/instances/${id}/history`)
        .set(await auth(username))
        .expect(200)
    ).body as Json[];
    const tasks = (
      await engine.http
        .get('/api/tasks')
        .set(await auth(username))
        .expect(200)
    ).body.items as Json[];
    const task = tasks.find((item) => item.id === id) ?? null;
    const exported = (
      await engine.http
        .get(`/api/instances/${id}/export`)
        .set(await auth(username))
        .expect(200)
    ).body as Json;
    expect(exported).toMatchObject({ instance: { id, view: instance.view }, history });
    const csv = await engine.http
      .get(`/api/instances/${id}/export?format=csv`)
      .set(await auth(username))
      .expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(history.length + 1);
    return { instance, history, task, all: JSON.stringify([instance, history, task, exported]) + csv.text };
  };
  const expectHidden = (seen: { all: string }, secrets: string[]) => {
    for (const secret of secrets)
      expect({ secret, shown: seen.all.includes(secret) }).toEqual({ secret, shown: false });
  };
  const expectShown = (seen: { all: string }, secrets: string[]) => {
    for (const secret of secrets) expect({ secret, shown: seen.all.includes(secret) }).toEqual({ secret, shown: true });
  };

  beforeAll(async () => {
    const { config, database } = await stack.open();
    drop = database.drop;
    engine = await startTestEngine(config);
    const admin = await auth('admin');
    const fund = await engine.http
      .post('/api/funds')
      .set(admin)
      .send({ code: 'views-matrix', kind: 'special', name: { zh: '视图测试基金', en: 'Views fund' } })
      .expect(201);
    await engine.http
      .post(`/api/funds/${fund.body.id}/donations`)
      .set(admin)
      .send({ amount: 1_000_000 * YUAN })
      .expect(201);
    await engine.http
      .post('/api/programmes')
      .set(admin)
      .send({
        fundId: fund.body.id,
        formKey: 'grant-application',
        title: { zh: '视图测试创投', en: 'Views venture' },
        trancheSplit: [60, 40],
        reportDueDays: { midterm: 90, final: 180 },
        reminderDaysBeforeDue: 7,
        overdueEscalationDays: 14,
        directorSlaHours: 72,
        open: true,
        maxAmount: 300_000 * YUAN,
        smallAmountLimit: 50_000 * YUAN,
        reviewersRequired: 2,
        reviewAboveAmount: null,
      })
      .expect(201);
  });

  afterAll(async () => {
    await engine.close();
    await drop();
  });

  it('shows each role exactly what the grant forms disclose to it, at every step, in the view, history and tasks', async () => {
    const programmes = await engine.http
      .get('/api/programmes')
      .set(await auth('admin'))
      .expect(200);
    const programme = programmes.body.find((p: { title: { en: string } }) => p.title.en === 'Views venture');
    const started = await engine.http
      .post('/api/instances')
      .set(await auth('applicant'))
      .send({
        workflow: 'grant-approval',
        data: {
          programmeId: programme.id,
          title: '社区长者食堂',
          organisation: '黉门街社区居委会',
          amount: 80_000 * YUAN,
          summary: '为高龄老人提供午餐',
          contactName: SECRET.contactName,
          contactMobile: SECRET.mobile,
          contactIdNumber: SECRET.idNumber,
        },
      })
      .expect(201);
    const id = started.body.id as string;

    // A draft: its owner and staff read it; nobody else reads a word of it, not even its title.
    for (const reader of ['applicant', 'staff']) {
      const seen = await seenBy(reader, id);
      expect(seen.instance.view.application.values).toMatchObject({
        title: '社区长者食堂',
        contactIdNumber: SECRET.idNumber,
      });
      expectShown(seen, [SECRET.idNumber, SECRET.mobile]);
    }
    for (const outsider of ['director', 'council1', 'supervisor', 'admin']) {
      const seen = await seenBy(outsider, id);
      expect(seen.instance.view.application).toBeNull();
      expectHidden(seen, [SECRET.idNumber, SECRET.mobile, SECRET.contactName, '为高龄老人提供午餐']);
    }
    for (const stranger of ['applicant2', 'reviewer']) {
      await engine.http
        .get(`/api/instances/${id}`)
        .set(await auth(stranger))
        .expect(404);
      await engine.http
        .get(`/api/instances/${id}/history`)
        .set(await auth(stranger))
        .expect(404);
      await engine.http
        .get(`/api/instances/${id}/export?format=csv`)
        .set(await auth(stranger))
        .expect(404);
    }

    await send(id, 'applicant', 'SUBMIT');
    await send(id, 'staff', 'ACCEPT', { reviewerIds: [await idOf('reviewer'), await idOf('reviewer2')] });

    // Submitted: everyone who sees the grant reads its public fields and the contact's name masked.
    for (const colleague of ['director', 'council1', 'supervisor', 'admin', 'reviewer']) {
      const seen = await seenBy(colleague, id);
      expect(seen.instance.view.application.values).toMatchObject({
        title: '社区长者食堂',
        summary: '为高龄老人提供午餐',
        contactName: '王**',
      });
      expect(Object.keys(seen.instance.view.application.values)).not.toEqual(
        expect.arrayContaining(['contactIdNumber']),
      );
      expectHidden(seen, [SECRET.idNumber, SECRET.mobile, SECRET.contactName]);
    }

    await send(id, 'reviewer', 'SCORE', { score: 81, comment: SECRET.comment1 });

    // The second reviewer, before scoring, sees no score at all — not in the view, the history or their task.
    const beforeScoring = await seenBy('reviewer2', id);
    expect(beforeScoring.instance.view.review).toMatchObject({ scored: 1, scores: [] });
    expect(beforeScoring.task?.view.review.scores).toEqual([]);
    expect(beforeScoring.history.find((entry) => entry.event === 'SCORE')?.data).toEqual({});
    expectHidden(beforeScoring, [SECRET.comment1]);

    await send(id, 'reviewer2', 'SCORE', { score: 77, comment: SECRET.comment2 });

    // Staff and the director read the comments; the applicant, the council, supervisors and the other reviewer
    // read the scores only, and the applicant reads "评审专家" where colleagues read a name.
    for (const insider of ['staff', 'director']) {
      const seen = await seenBy(insider, id);
      expect(seen.instance.view.review.scores.map((s: Json) => s.submitted.values)).toEqual([
        { score: 81, comment: SECRET.comment1 },
        { score: 77, comment: SECRET.comment2 },
      ]);
      expect(seen.instance.view.review.scores[0].reviewer).toEqual({ role: 'reviewer', name: '评审专家 周涛' });
    }
    for (const outsider of ['applicant', 'council1', 'supervisor', 'admin']) {
      const seen = await seenBy(outsider, id);
      expect(seen.instance.view.review.scores.map((s: Json) => s.submitted.values)).toEqual([
        { score: 81 },
        { score: 77 },
      ]);
      expectHidden(seen, [SECRET.comment1, SECRET.comment2]);
    }
    const afterScoring = await seenBy('reviewer2', id);
    expect(afterScoring.instance.view.review.scores.map((s: Json) => s.submitted.values)).toEqual([
      { score: 81 },
      { score: 77, comment: SECRET.comment2 },
    ]);
    const asApplicant = await seenBy('applicant', id);
    expect(asApplicant.instance.view.review.scores.map((s: Json) => s.reviewer)).toEqual([
      { role: 'reviewer', name: null },
      { role: 'reviewer', name: null },
    ]);
    expectHidden(asApplicant, ['评审专家 周涛', '评审专家 吴芳', await idOf('reviewer'), await idOf('reviewer2')]);
    expect(asApplicant.history.filter((entry) => entry.event === 'SCORE').map((entry) => entry.actor)).toEqual([
      { role: 'reviewer', name: null },
      { role: 'reviewer', name: null },
    ]);

    // Council: members and staff read each vote; the applicant and everyone else read the tally.
    expect((await seenBy('staff', id)).instance.state).toBe('decision.council.voting');
    await send(id, 'council1', 'VOTE', { choice: 'approve', comment: SECRET.vote1 });
    await send(id, 'council2', 'VOTE', { choice: 'reject', comment: SECRET.vote2 });
    for (const insider of ['staff', 'council2', 'council3']) {
      const seen = await seenBy(insider, id);
      expect(seen.instance.view.council.votes.map((v: Json) => v.submitted.values)).toEqual([
        { choice: 'approve', comment: SECRET.vote1 },
        { choice: 'reject', comment: SECRET.vote2 },
      ]);
    }
    const council3Task = (await seenBy('council3', id)).task;
    expect(council3Task?.view.council).toMatchObject({ approve: 1, reject: 1, votes: [{}, {}] });
    for (const outsider of ['applicant', 'director', 'supervisor', 'admin', 'reviewer']) {
      const seen = await seenBy(outsider, id);
      expect(seen.instance.view.council).toMatchObject({
        approve: 1,
        reject: 1,
        abstain: 0,
        voted: 2,
        votes: null,
        recusals: null,
      });
      expect(seen.history.filter((entry) => entry.event === 'VOTE').map((entry) => entry.data)).toEqual([{}, {}]);
      expectHidden(seen, [SECRET.vote1, SECRET.vote2]);
    }
    const applicantNow = await seenBy('applicant', id);
    const c1 = await idOf('council1');
    expectHidden(applicantNow, ['理事 张伟', '理事 孙丽', c1]);
  });

  it("shows a founder's ID number and mobile to the founder and the window only, in every view of a filing", async () => {
    const filed = await engine.http
      .post('/api/instances')
      .set(await auth('founder'))
      .send({
        workflow: 'enterprise-registration',
        data: {
          enterpriseName: '宜邻视图测试社区服务有限公司',
          founder: { name: SECRET.contactName, idNumber: SECRET.idNumber, mobile: SECRET.mobile },
          addresses: [{ address: '成都市武侯区玉林南路8号附2号', kind: 'registered' }],
          businessScope: '社区居民服务',
          materials: ['登记申请书', '公司章程', '法定代表人身份证明', '住所使用证明'],
        },
      })
      .expect(201);
    const id = filed.body.id as string;

    for (const insider of ['founder', 'staff']) {
      expectShown(await seenBy(insider, id), ['宜邻视图测试社区服务有限公司', SECRET.idNumber, SECRET.mobile]);
    }
    for (const colleague of ['council1', 'supervisor', 'admin']) {
      const seen = await seenBy(colleague, id);
      expectShown(seen, ['宜邻视图测试社区服务有限公司']);
      expectHidden(seen, [SECRET.idNumber, SECRET.mobile, SECRET.contactName]);
    }
    for (const stranger of ['applicant', 'reviewer', 'director']) {
      await engine.http
        .get(`/api/instances/${id}`)
        .set(await auth(stranger))
        .expect(404);
      await engine.http
        .get(`/api/instances/${id}/history`)
        .set(await auth(stranger))
        .expect(404);
      await engine.http
        .get(`/api/instances/${id}/export?format=csv`)
        .set(await auth(stranger))
        .expect(404);
    }
  });

  it('never tells the subject of a review who raised it or how to reach them', async () => {
    const programmes = await engine.http
      .get('/api/programmes')
      .set(await auth('admin'))
      .expect(200);
    const programme = programmes.body.find((p: { title: { en: string } }) => p.title.en === 'Views venture');
    const grant = await engine.http
      .post('/api/instances')
      .set(await auth('applicant'))
      .send({
        workflow: 'grant-approval',
        data: { programmeId: programme.id, title: '楼道照明', organisation: '黉门街社区居委会', amount: 60_000 * YUAN },
      })
      .expect(201);
    const raised = await engine.http
      .post('/api/instances')
      .set(await auth('staff'))
      .send({
        workflow: 'supervisory-review',
        data: {
          source: 'supervisor',
          description: SECRET.description,
          category: 'grant',
          anonymous: false,
          contactName: SECRET.reporter,
          contactMobile: SECRET.reporterPhone,
          subject: { workflow: 'grant-approval', instanceId: grant.body.id },
        },
      });
    expect(raised.status).toBe(201);
    const reviewId = raised.body.id as string;
    const supervisorId = await idOf('supervisor');
    await send(reviewId, 'supervisor', 'ACCEPT', {});
    await send(reviewId, 'supervisor', 'ASSIGN', { supervisorId });
    await send(reviewId, 'supervisor', 'REQUEST_INFO', { questions: ['请说明经费用途'] });

    const supervisor = await seenBy('supervisor', reviewId);
    expect(supervisor.instance.view.contact).toEqual({
      name: SECRET.reporter,
      phone: SECRET.reporterPhone,
      email: null,
    });
    expectShown(supervisor, [SECRET.description, SECRET.reporter]);

    const subject = await seenBy('applicant', reviewId);
    expect(subject.instance.ownerId).toBeNull();
    expect(subject.instance.view).toMatchObject({
      contact: null,
      raisedBy: null,
      trackingCode: null,
      raised: { values: { category: 'grant' } },
    });
    expect(subject.history[0]).toMatchObject({ event: 'start', data: {}, actor: null });
    expect(subject.task?.allowedEvents.map((event: Json) => event.type)).toEqual(['PROVIDE_INFO']);
    expectHidden(subject, [
      SECRET.reporter,
      SECRET.reporterPhone,
      SECRET.description,
      await idOf('staff'),
      '秘书处 李娜',
      supervisor.instance.view.trackingCode,
    ]);

    // Nor do the notices it receives: the request for information reaches it without a word of who raised the review.
    await eventually(async () => {
      const notices = await engine.http
        .get('/api/notifications')
        .set(await auth('applicant'))
        .expect(200);
      expect(JSON.stringify(notices.body)).toContain('supervisory-review.info-requested');
    });
    const notices = JSON.stringify(
      (
        await engine.http
          .get('/api/notifications')
          .set(await auth('applicant'))
          .expect(200)
      ).body,
    );
    for (const secret of [
      SECRET.reporter,
      SECRET.reporterPhone,
      SECRET.description,
      supervisor.instance.view.trackingCode,
    ]) {
      expect({ secret, shown: notices.includes(secret) }).toEqual({ secret, shown: false });
    }

    await engine.http
      .get(`/api/instances/${reviewId}`)
      .set(await auth('applicant2'))
      .expect(404);
    // Admins watch every review but read no reporter's personal data.
    const admin = await seenBy('admin', reviewId);
    expect(admin.instance.view).toMatchObject({ contact: null, raisedBy: null });
    expectHidden(admin, [SECRET.reporter, SECRET.reporterPhone]);
  });
});
