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

// What later steps carry that only their insiders may read.
const STEP_SECRET = {
  screeningNote: '内部备注：该组织去年报告迟交',
  returnReason: '退回理由：支出明细缺发票',
  acceptComment: '验收意见：已存档',
  suspendReason: '暂停原因：监督审查中',
  assessComment: '评估备注：内部讨论',
  acceptNote: '受理备注：内部线索',
};

const PDF = Buffer.from('%PDF-1.7\n佐证\n%%EOF');

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

  /** Each history entry as `EVENT{fields the caller reads}`, in order. */
  const historyFields = (seen: { history: Json[] }) => seen.history.map((entry) => `${entry.event}{${Object.keys(entry.data).join(',')}}`);
  /** The attachments of an instance a person may list, and whether they may download `fileId`. */
  const attachmentsSeenBy = async (username: string, id: string, fileId: string) => {
    const listed = await engine.http
      .get(`/api/instances/${id}/attachments`)
      .set(await auth(username))
      .expect(200);
    const download = await engine.http.get(`/api/attachments/${fileId}`).set(await auth(username));
    return { listed: (listed.body as Json[]).map((file) => file.id), downloads: download.status === 200 };
  };
  /** Another applicant (or anyone the instance does not concern) finds nothing at all. */
  const expectStranger = async (username: string, id: string) => {
    for (const path of [`/api/instances/${id}`, `/api/instances/${id}/history`, `/api/instances/${id}/export?format=csv`, `/api/instances/${id}/attachments`]) {
      await engine.http
        .get(path)
        .set(await auth(username))
        .expect(404);
    }
  };
  /** The notices a person has received about one instance. */
  const noticesOf = async (username: string, instanceId: string) => {
    const page = await engine.http
      .get('/api/notifications?limit=100')
      .set(await auth(username))
      .expect(200);
    return (page.body.items as Json[]).filter((notice) => notice.instanceId === instanceId);
  };
  const programmeNamed = async (en: string) => {
    const programmes = await engine.http
      .get('/api/programmes')
      .set(await auth('admin'))
      .expect(200);
    return programmes.body.find((p: { title: { en: string } }) => p.title.en === en) as Json;
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

  it('exports each step of the history in words: the form\'s labels, money in 元, the same fields as the history', async () => {
    const programme = await programmeNamed('Views venture');
    const started = await engine.http
      .post('/api/instances')
      .set(await auth('applicant'))
      .send({
        workflow: 'grant-approval',
        data: { programmeId: programme.id, title: '社区共享书屋', organisation: '黉门街社区居委会', amount: 80_000 * YUAN, summary: '图书借阅' },
      })
      .expect(201);
    const id = started.body.id as string;
    await send(id, 'applicant', 'SUBMIT');
    await send(id, 'staff', 'ACCEPT', { reviewerIds: [await idOf('reviewer'), await idOf('reviewer2')] });
    await send(id, 'reviewer', 'SCORE', { score: 81, comment: SECRET.comment1 });
    const csvRows = async (username: string) => {
      const csv = await engine.http
        .get(`/api/instances/${id}/export?format=csv`)
        .set(await auth(username))
        .expect(200);
      return csv.text.split('\r\n').filter(Boolean);
    };

    const byStaff = await csvRows('staff');
    expect(byStaff[0]).toContain('内容 Data');
    const start = byStaff[1];
    for (const words of ['资助项目：视图测试创投', '项目名称：社区共享书屋', '申请金额（元）：80,000.00 元', '项目简介：图书借阅'])
      expect({ words, shown: start.includes(words) }).toEqual({ words, shown: true });
    for (const raw of ['programmeId', programme.id, '8000000', '{']) expect({ raw, shown: start.includes(raw) }).toEqual({ raw, shown: false });
    expect(byStaff.find((row) => row.includes('总分（0–100）：81'))).toContain(`评审意见：${SECRET.comment1}`);
    // The reviewers an acceptance assigned, by name, never by id.
    expect(byStaff.find((row) => row.includes('受理并指派评审'))).toMatch(/评审专家：评审专家 周涛、评审专家 吴芳$/);
    expect(byStaff.join('\n')).not.toContain(await idOf('reviewer'));

    // The applicant reads the score in words, and still no reviewer's comment, under any label.
    const byApplicant = await csvRows('applicant');
    expect(byApplicant.some((row) => row.includes('总分（0–100）：81'))).toBe(true);
    expect(byApplicant.join('\n')).not.toContain('评审意见');
    expect(byApplicant.join('\n')).not.toContain(SECRET.comment1);
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
    // Nor do the applicant's notices carry a reviewer's comment, a vote, or who cast it.
    expectHidden({ all: JSON.stringify(await noticesOf('applicant', id)) }, [SECRET.comment1, SECRET.comment2, SECRET.vote1, SECRET.vote2, c1, '理事 张伟']);

    // Approved, the grant's history goes public: anonymous readers get no more than the applicant — no
    // individual vote, no comment, no contact.
    await send(id, 'council3', 'VOTE', { choice: 'approve' });
    await eventually(async () => expect((await seenBy('staff', id)).instance.state).toMatch(/^granted/));
    await engine.http.get(`/api/instances/${id}`).expect(401);
    const published = (await engine.http.get(`/api/public/grants/${id}/history`).expect(200)).body as Json[];
    expect(published.filter((entry) => entry.event === 'VOTE').map((entry) => entry.data)).toEqual([{}, {}, {}]);
    expect(published.filter((entry) => entry.event === 'SCORE').map((entry) => entry.data)).toEqual([{ score: 81 }, { score: 77 }]);
    expect(Object.keys(published[0].data)).toEqual(['title', 'organisation', 'amount', 'summary', 'contactName']);
    expectHidden({ all: JSON.stringify(published) }, [SECRET.comment1, SECRET.comment2, SECRET.vote1, SECRET.vote2, SECRET.mobile, SECRET.idNumber, SECRET.contactName, c1]);
  });

  it('keeps every grant step to its readers, from screening to the director, agreement, tranches, reports and a suspension', async () => {
    const programme = await programmeNamed('Views venture');
    const started = await engine.http
      .post('/api/instances')
      .set(await auth('applicant'))
      .send({
        workflow: 'grant-approval',
        data: {
          programmeId: programme.id,
          title: '楼道照明改造',
          organisation: '黉门街社区居委会',
          amount: 40_000 * YUAN,
          summary: '更换老旧楼道灯',
          contactName: SECRET.contactName,
          contactMobile: SECRET.mobile,
          contactIdNumber: SECRET.idNumber,
        },
      })
      .expect(201);
    const id = started.body.id as string;
    await send(id, 'applicant', 'SUBMIT');
    await send(id, 'staff', 'REQUEST_CHANGES', { items: ['预算明细'], note: STEP_SECRET.screeningNote });
    await send(id, 'applicant', 'RESUBMIT', { summary: '更换老旧楼道灯，附预算明细' });
    await send(id, 'staff', 'ACCEPT', { reviewerIds: [await idOf('reviewer'), await idOf('reviewer2')] });
    await send(id, 'reviewer', 'SCORE', { score: 88, comment: SECRET.comment1 });
    await send(id, 'reviewer2', 'SCORE', { score: 84, comment: SECRET.comment2 });
    expect((await seenBy('staff', id)).instance.state).toBe('decision.director');
    await send(id, 'director', 'APPROVE', { comment: '同意资助' });
    await eventually(async () => expect((await seenBy('staff', id)).instance.state).toBe('granted.agreement'));
    await send(id, 'applicant', 'CONFIRM_AGREEMENT');
    await send(id, 'staff', 'DISBURSE_TRANCHE', { tranche: 1 });
    const evidence = await engine.http
      .post(`/api/instances/${id}/attachments`)
      .set(await auth('applicant'))
      .attach('file', PDF, { filename: '中期佐证.pdf', contentType: 'application/pdf' })
      .expect(201);
    const report = { kind: 'midterm', spent: 10_000 * YUAN, summary: '已更换三栋楼道灯', beneficiariesReached: 120, evidence: evidence.body.id };
    await send(id, 'applicant', 'SUBMIT_REPORT', report);
    await send(id, 'staff', 'RETURN_REPORT', { kind: 'midterm', reason: STEP_SECRET.returnReason });
    await send(id, 'applicant', 'SUBMIT_REPORT', report);
    await send(id, 'staff', 'ACCEPT_REPORT', { kind: 'midterm', comment: STEP_SECRET.acceptComment });
    // A supervisory review of the grant suspends it, and later lifts the suspension, by signal.
    const review = await engine.http
      .post('/api/instances')
      .set(await auth('staff'))
      .send({
        workflow: 'supervisory-review',
        data: { source: 'supervisor', description: SECRET.description, category: 'grant', subject: { workflow: 'grant-approval', instanceId: id } },
      })
      .expect(201);
    await send(review.body.id, 'supervisor', 'ACCEPT', {});
    await send(review.body.id, 'supervisor', 'ASSIGN', { supervisorId: await idOf('supervisor') });
    await send(review.body.id, 'supervisor', 'SUSPEND_SUBJECT', { reason: STEP_SECRET.suspendReason });
    await eventually(async () => expect((await seenBy('staff', id)).instance.state).toBe('suspended'));
    // While suspended, everyone who sees the grant learns it; the reason is the grantee's, staff's and supervisors'.
    for (const reader of ['applicant', 'staff', 'supervisor']) {
      expect((await seenBy(reader, id)).instance.view.suspension).toEqual({ reason: STEP_SECRET.suspendReason, since: expect.any(String) });
    }
    for (const reader of ['director', 'council1', 'admin', 'reviewer']) {
      const seen = await seenBy(reader, id);
      expect(seen.instance.view.suspension).toEqual({ reason: null, since: expect.any(String) });
      expectHidden(seen, [STEP_SECRET.suspendReason]);
    }
    await send(review.body.id, 'supervisor', 'RESUME_SUBJECT', {});
    await eventually(async () => expect((await seenBy('staff', id)).instance.state).not.toBe('suspended'));

    // Exactly the fields each reader gets of every step, in the history (and so its JSON and CSV exports).
    const outsider: Record<string, string | string[]> = {
      start: 'title,organisation,amount,summary,contactName',
      SUBMIT: '',
      REQUEST_CHANGES: 'items',
      RESUBMIT: 'summary',
      ACCEPT: '',
      SCORE: 'score',
      APPROVE: 'comment',
      FUNDS_RESERVED: '',
      CONFIRM_AGREEMENT: '',
      DISBURSE_TRANCHE: '',
      SUBMIT_REPORT: 'kind,spent,summary,beneficiariesReached',
      RETURN_REPORT: 'reason',
      ACCEPT_REPORT: 'comment',
      SUSPEND: '',
      RESUME: '',
    };
    const order = ['start', 'SUBMIT', 'REQUEST_CHANGES', 'RESUBMIT', 'ACCEPT', 'SCORE', 'SCORE', 'APPROVE', 'FUNDS_RESERVED',
      'CONFIRM_AGREEMENT', 'DISBURSE_TRANCHE', 'SUBMIT_REPORT', 'RETURN_REPORT', 'SUBMIT_REPORT', 'ACCEPT_REPORT', 'SUSPEND', 'RESUME'];
    const expected = (overrides: Record<string, string | string[]>) => {
      const seenSoFar = new Map<string, number>();
      return order.map((event) => {
        const nth = seenSoFar.get(event) ?? 0;
        seenSoFar.set(event, nth + 1);
        const fields = overrides[event] ?? outsider[event];
        return `${event}{${Array.isArray(fields) ? fields[nth] : fields}}`;
      });
    };
    const suspension = { SUSPEND: 'reviewId,reason', RESUME: 'reviewId' };
    const grantee = {
      // The programme is chosen beside the form, not typed in it: its id is for the applicant and staff.
      start: 'programmeId,title,organisation,amount,summary,contactName,contactMobile,contactIdNumber',
      SUBMIT_REPORT: 'kind,spent,summary,beneficiariesReached,evidence',
      RETURN_REPORT: 'kind,reason',
      ACCEPT_REPORT: 'kind,comment',
      ...suspension,
    };
    const fieldsBy: Record<string, string[]> = {
      applicant: expected(grantee),
      staff: expected({
        ...grantee,
        REQUEST_CHANGES: 'items,note',
        ACCEPT: 'reviewerIds',
        SCORE: 'score,comment',
        FUNDS_RESERVED: 'reservationId',
        DISBURSE_TRANCHE: 'tranche',
      }),
      director: expected({ SCORE: 'score,comment' }),
      reviewer: expected({ SCORE: ['score,comment', 'score'] }),
      council1: expected({}),
      supervisor: expected(suspension),
      admin: expected({}),
    };
    const secretsOf = {
      screeningNote: ['staff'],
      // A report's return reason and acceptance comment are public on their forms (decision-reason, optional-comment).
      returnReason: Object.keys(fieldsBy),
      acceptComment: Object.keys(fieldsBy),
      suspendReason: ['applicant', 'staff', 'supervisor'],
    };
    for (const [reader, fields] of Object.entries(fieldsBy)) {
      const seen = await seenBy(reader, id);
      expect({ reader, fields: historyFields(seen) }).toEqual({ reader, fields });
      for (const [secret, readers] of Object.entries(secretsOf)) {
        const text = STEP_SECRET[secret as keyof typeof STEP_SECRET];
        if (readers.includes(reader)) expectShown(seen, [text]);
        else expectHidden(seen, [text]);
      }
      const view = seen.instance.view;
      const grantSide = reader === 'applicant' || reader === 'staff';
      expect({ reader, note: view.changeRequests[0].note }).toEqual({ reader, note: reader === 'staff' ? STEP_SECRET.screeningNote : null });
      expect({ reader, reason: view.reports.midterm.returns[0].reason }).toEqual({ reader, reason: STEP_SECRET.returnReason });
      expect({ reader, report: view.reports.midterm.submissions.map((sent: Json) => Object.keys(sent.submitted.values)) }).toEqual({
        reader,
        report: Array(2).fill(grantSide ? ['kind', 'spent', 'summary', 'beneficiariesReached', 'evidence'] : ['kind', 'spent', 'summary', 'beneficiariesReached']),
      });
      expect(view).toMatchObject({ amount: 40_000 * YUAN, directorDecision: { note: '同意资助' }, disbursed: 24_000 * YUAN });
      // The evidence is a private field: its file is listed and served to the same readers as the field.
      expect({ reader, ...(await attachmentsSeenBy(reader, id, evidence.body.id)) }).toEqual(
        grantSide ? { reader, listed: [evidence.body.id], downloads: true } : { reader, listed: [], downloads: false },
      );
    }
    // The applicant reads roles where colleagues read names, and nobody's user id.
    const asApplicant = await seenBy('applicant', id);
    expect(asApplicant.history.filter((entry) => !entry.actor?.self).map((entry) => entry.actor.name)).toEqual(
      Array(asApplicant.history.filter((entry) => !entry.actor?.self).length).fill(null),
    );
    expectHidden(asApplicant, ['秘书处 李娜', '秘书长 刘洋', '监事 杨帆', await idOf('staff'), await idOf('director')]);
    await expectStranger('applicant2', id);

    // The grantee's notices (approval, tranche, returned report, suspension) say what its view says, no more.
    const notices = await noticesOf('applicant', id);
    expect(notices.map((notice) => notice.template)).toEqual(
      expect.arrayContaining(['grant.approved', 'grant.tranche-disbursed', 'grant.report-returned', 'grant.suspended', 'grant.resumed']),
    );
    expect(notices.find((notice) => notice.template === 'grant.report-returned')?.data).toMatchObject({ reason: STEP_SECRET.returnReason });
    expectHidden({ all: JSON.stringify(notices) }, [SECRET.comment1, SECRET.comment2, STEP_SECRET.screeningNote, '评审专家 周涛', await idOf('reviewer')]);
  });

  it('keeps every filing step to its readers: notices, supplements, approval and certification', async () => {
    const filed = await engine.http
      .post('/api/instances')
      .set(await auth('founder'))
      .send({
        workflow: 'enterprise-registration',
        data: {
          enterpriseName: '宜邻步骤测试社区服务有限公司',
          founder: { name: SECRET.contactName, idNumber: SECRET.idNumber, mobile: SECRET.mobile },
          addresses: [{ address: '成都市武侯区玉林南路9号', kind: 'registered' }],
          businessScope: '社区居民服务',
          materials: ['登记申请书', '公司章程'],
        },
      })
      .expect(201);
    const id = filed.body.id as string;
    await send(id, 'window', 'NOTIFY_MISSING', { items: ['法定代表人身份证明', '住所使用证明'], note: '请一次补齐' });
    await send(id, 'founder', 'SUPPLY_MATERIALS', { materials: ['法定代表人身份证明', '住所使用证明'], note: '已补齐' });
    await send(id, 'window', 'COMPLETE');
    await eventually(async () => expect((await seenBy('staff', id)).instance.state).toBe('processing.approval'));
    await send(id, 'window', 'APPROVE', { comment: '符合登记条件' });
    await eventually(async () => expect((await seenBy('staff', id)).instance.state).toBe('registered'));
    await send(id, 'founder', 'APPLY_CERTIFICATION', { socialGoalFirst: true, profitReinvestedPercent: 70, distributionPercent: 30, statement: '社会目标优先' });
    await send(id, 'council1', 'ASSESS', { meetsCriteria: true, comment: STEP_SECRET.assessComment });
    await send(id, 'council2', 'ASSESS', { meetsCriteria: true });
    await send(id, 'council1', 'CERTIFY', {});
    await eventually(async () => expect((await seenBy('staff', id)).instance.state).toBe('certified'));
    const outsider = [
      'start{enterpriseName,founder,addresses,businessScope,materials}',
      'NOTIFY_MISSING{items,note}',
      'SUPPLY_MATERIALS{materials,note}',
      'COMPLETE{}',
      'NAME_CLEARED{}',
      'ADDRESSES_CLEARED{}',
      'APPROVE{comment}',
      'LICENCE_ISSUED{}',
      'APPLY_CERTIFICATION{socialGoalFirst,profitReinvestedPercent,distributionPercent,statement}',
      'ASSESS{}',
      'ASSESS{}',
      'CERTIFY{}',
    ];
    const committee = outsider.map((entry, index) => (index === 9 ? 'ASSESS{meetsCriteria,comment}' : index === 10 ? 'ASSESS{meetsCriteria}' : entry));
    const fieldsBy: Record<string, string[]> = {
      founder: outsider,
      staff: committee.map((entry) =>
        entry === 'ADDRESSES_CLEARED{}' ? 'ADDRESSES_CLEARED{sharedWith}' : entry === 'LICENCE_ISSUED{}' ? 'LICENCE_ISSUED{registrationNo}' : entry,
      ),
      council1: committee,
      council2: committee,
      supervisor: outsider,
      admin: outsider,
    };
    for (const [reader, fields] of Object.entries(fieldsBy)) {
      const seen = await seenBy(reader, id);
      expect({ reader, fields: historyFields(seen) }).toEqual({ reader, fields });
      const founderSide = reader === 'founder' || reader === 'staff';
      expect({ reader, founder: seen.instance.view.filing.values.founder }).toEqual({
        reader,
        founder: founderSide ? { name: SECRET.contactName, idNumber: SECRET.idNumber, mobile: SECRET.mobile } : { name: '王**' },
      });
      const committeeSide = ['staff', 'council1', 'council2'].includes(reader);
      expect({ reader, assessments: seen.instance.view.certification.assessments?.map((a: Json) => a.submitted.values) ?? null }).toEqual({
        reader,
        assessments: committeeSide ? [{ meetsCriteria: true, comment: STEP_SECRET.assessComment }, { meetsCriteria: true }] : null,
      });
      if (committeeSide) expectShown(seen, [STEP_SECRET.assessComment]);
      else expectHidden(seen, [STEP_SECRET.assessComment]);
      if (!founderSide) expectHidden(seen, [SECRET.idNumber, SECRET.mobile, SECRET.contactName]);
      expect(seen.instance.view).toMatchObject({ certification: { decision: { outcome: 'certified' } }, enterpriseName: '宜邻步骤测试社区服务有限公司' });
    }
    for (const stranger of ['applicant', 'applicant2', 'reviewer', 'director']) await expectStranger(stranger, id);
  });

  it('keeps every review step to its readers: findings, rectification, verification and a dismissal', async () => {
    const programme = await programmeNamed('Views venture');
    const grant = await engine.http
      .post('/api/instances')
      .set(await auth('applicant'))
      .send({ workflow: 'grant-approval', data: { programmeId: programme.id, title: '楼道照明二期', organisation: '黉门街社区居委会', amount: 30_000 * YUAN } })
      .expect(201);
    const raise = async () => {
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
        })
        .expect(201);
      return raised.body.id as string;
    };
    const id = await raise();
    await send(id, 'supervisor', 'ACCEPT', { note: STEP_SECRET.acceptNote });
    await send(id, 'supervisor', 'ASSIGN', { supervisorId: await idOf('supervisor') });
    await send(id, 'supervisor', 'REQUEST_INFO', { questions: ['请说明经费用途'] });
    await send(id, 'applicant', 'PROVIDE_INFO', { answer: '用于购买灯具' });
    await send(id, 'supervisor', 'FINDINGS', { outcome: 'issue', riskLevel: 'medium', summary: '采购未比价' });
    await send(id, 'supervisor', 'ORDER_RECTIFICATION', { requirements: '补充三家比价' });
    const evidence = await engine.http
      .post(`/api/instances/${id}/attachments`)
      .set(await auth('applicant'))
      .attach('file', PDF, { filename: '比价单.pdf', contentType: 'application/pdf' })
      .expect(201);
    await send(id, 'applicant', 'RECTIFY', { response: '已补充比价', evidence: evidence.body.id });
    await send(id, 'supervisor', 'VERIFY', { accepted: true, comment: '核实无误' });
    const steps = [
      'ACCEPT{}',
      'ASSIGN{}',
      'REQUEST_INFO{questions}',
      'PROVIDE_INFO{answer}',
      'FINDINGS{outcome,riskLevel,summary}',
      'ORDER_RECTIFICATION{requirements}',
      'RECTIFY{response}',
      'VERIFY{accepted,comment}',
    ];
    const raisedFields = 'start{source,description,category,subject,trackingCode}';
    const withEvidence = (entries: string[]) => entries.map((entry) => (entry === 'RECTIFY{response}' ? 'RECTIFY{response,evidence}' : entry));
    const fieldsBy: Record<string, string[]> = {
      // The subject answers and rectifies: it reads its own evidence, and of the raising only that it happened.
      applicant: ['start{}', ...withEvidence(steps)],
      staff: [raisedFields, ...steps],
      supervisor: [raisedFields, 'ACCEPT{note}', 'ASSIGN{supervisorId}', ...withEvidence(steps).slice(2)],
      admin: ['start{}', ...steps],
    };
    for (const [reader, fields] of Object.entries(fieldsBy)) {
      const seen = await seenBy(reader, id);
      expect({ reader, fields: historyFields(seen) }).toEqual({ reader, fields });
      expect(seen.instance.view).toMatchObject({
        findings: { outcome: 'issue', summary: '采购未比价' },
        rectification: { orders: [{ requirements: '补充三家比价' }], responses: [{ response: '已补充比价' }], verifications: [{ accepted: true, comment: '核实无误' }] },
        infoRequests: [{ questions: ['请说明经费用途'], answer: { text: '用于购买灯具' } }],
      });
      if (reader === 'supervisor') expectShown(seen, [SECRET.reporter, SECRET.reporterPhone, STEP_SECRET.acceptNote]);
      else expectHidden(seen, [SECRET.reporter, SECRET.reporterPhone, STEP_SECRET.acceptNote]);
      if (reader === 'applicant' || reader === 'admin') {
        expect(seen.history[0].actor).toBeNull();
        expectHidden(seen, [SECRET.description, '秘书处 李娜', await idOf('staff')]);
      }
      const subjectSide = reader === 'applicant' || reader === 'supervisor';
      expect({ reader, ...(await attachmentsSeenBy(reader, id, evidence.body.id)) }).toEqual(
        subjectSide ? { reader, listed: [evidence.body.id], downloads: true } : { reader, listed: [], downloads: false },
      );
    }
    // Reviews are for supervisors, admins, whoever raised them and their subject: nobody else finds this one.
    for (const stranger of ['applicant2', 'director', 'council1', 'reviewer', 'founder']) await expectStranger(stranger, id);

    const dismissed = await raise();
    await send(dismissed, 'supervisor', 'DISMISS', { reason: '不属于监督范围' });
    for (const reader of ['applicant', 'admin']) {
      const seen = await seenBy(reader, dismissed);
      expect({ reader, fields: historyFields(seen) }).toEqual({ reader, fields: ['start{}', 'DISMISS{reason}'] });
      expect(seen.instance.view.triage).toEqual({ decision: 'dismissed', reason: '不属于监督范围', at: expect.any(String) });
      expectHidden(seen, [SECRET.reporter, SECRET.reporterPhone, SECRET.description]);
    }
    for (const reader of ['staff', 'supervisor']) {
      expect(historyFields(await seenBy(reader, dismissed))).toEqual([raisedFields, 'DISMISS{reason}']);
    }
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
  // Last: it changes a form everyone shares.
  it("lets a field's disclosure decide what a notice tells its recipient, as it decides the view", async () => {
    const programme = await programmeNamed('Views venture');
    const askForChanges = async () => {
      const started = await engine.http
        .post('/api/instances')
        .set(await auth('applicant'))
        .send({ workflow: 'grant-approval', data: { programmeId: programme.id, title: '社区书屋', organisation: '黉门街社区居委会', amount: 20_000 * YUAN } })
        .expect(201);
      const id = started.body.id as string;
      await send(id, 'applicant', 'SUBMIT');
      await send(id, 'staff', 'REQUEST_CHANGES', { items: ['补充场地证明'], note: STEP_SECRET.screeningNote });
      let notice: Json | undefined;
      await eventually(async () => {
        notice = (await noticesOf('applicant', id)).find((n) => n.template === 'grant.changes-requested');
        expect(notice).toBeDefined();
      });
      return { id, notice: notice as Json };
    };

    // The items to correct are public on the form: the applicant's notice and view carry them.
    const before = await askForChanges();
    expect(before.notice.data).toMatchObject({ title: '社区书屋', organisation: '黉门街社区居委会', amount: 20_000 * YUAN, items: ['补充场地证明'] });
    expect((await seenBy('applicant', before.id)).instance.view.changeRequests[0].items).toEqual(['补充场地证明']);

    // Staff mark them private in the designer: from then on only staff read them, in the view and in the notice.
    const form = (await engine.http.get('/api/forms/screening-changes').set(await auth('staff')).expect(200)).body;
    const draft = structuredClone(form.draft);
    draft.schema.properties.items['x-disclosure'] = 'private';
    await engine.http.put('/api/forms/screening-changes/draft').set(await auth('staff')).send({ draft }).expect(200);
    await engine.http.post('/api/forms/screening-changes/publish').set(await auth('staff')).expect(201);

    const after = await askForChanges();
    expect(after.notice.data).toMatchObject({ title: '社区书屋', organisation: '黉门街社区居委会' });
    expect(after.notice.data).not.toHaveProperty('items');
    const applicant = await seenBy('applicant', after.id);
    expect(applicant.instance.view.changeRequests[0]).toMatchObject({ items: [], note: null });
    expect((await seenBy('staff', after.id)).instance.view.changeRequests[0]).toMatchObject({ items: ['补充场地证明'], note: STEP_SECRET.screeningNote });
  });
});
