import { ManualClock } from '@yilin/runtime/testing';
import { EffectSweeper } from '@engine/jobs/effect-sweeper.service';
import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { eventually, startTestEngine, type TestEngine } from '@test/support/test-engine';

const YUAN = 100;
const DAY = 24 * 3_600_000;
const SMALL = { zh: '测试微更新', en: 'Test micro-renewal' };
const VENTURE = { zh: '测试公益创投', en: 'Test venture grants' };
const FUND_NAME = { zh: '测试专项基金', en: 'Test special fund' };

interface Programme {
  id: string;
  fundId: string;
  title: { zh: string; en: string };
  maxAmount: number;
  smallAmountLimit: number;
  open: boolean;
}

/** Drives grants over HTTP as the demo people would. */
function grantDriver(engine: () => TestEngine) {
  const auth = async (username: string) => ({ Authorization: `Bearer ${await engine().tokenOf(username)}` });
  let userIds: Map<string, string> | null = null;

  const api = {
    auth,
    async idOf(username: string): Promise<string> {
      if (!userIds) {
        const users = await engine()
          .http.get('/api/users')
          .set(await auth('admin'))
          .expect(200);
        userIds = new Map(users.body.map((u: { username: string; id: string }) => [u.username, u.id]));
      }
      return userIds.get(username) ?? '';
    },
    async programme(en: string): Promise<Programme> {
      const list = await engine()
        .http.get('/api/programmes')
        .set(await auth('admin'))
        .expect(200);
      return list.body.find((p: Programme) => p.title.en === en);
    },
    /** A fund of its own with one donation, and the two kinds of programme drawing on it. */
    async setup(): Promise<void> {
      const admin = await auth('admin');
      const fund = await engine()
        .http.post('/api/funds')
        .set(admin)
        .send({ code: 'e2e-special', kind: 'special', name: { zh: '测试专项基金', en: 'Test special fund' } })
        .expect(201);
      await engine()
        .http.post(`/api/funds/${fund.body.id}/donations`)
        .set(admin)
        .send({ amount: 1_000_000 * YUAN, note: '测试捐赠' })
        .expect(201);
      const programme = (title: { zh: string; en: string }, limits: Record<string, unknown>) =>
        engine()
          .http.post('/api/programmes')
          .set(admin)
          .send({
            fundId: fund.body.id,
            formKey: 'grant-application',
            title,
            trancheSplit: [60, 40],
            reportDueDays: { midterm: 90, final: 180 },
            reminderDaysBeforeDue: 7,
            overdueEscalationDays: 14,
            directorSlaHours: 72,
            open: true,
            ...limits,
          })
          .expect(201);
      await programme(SMALL, { maxAmount: 50_000 * YUAN, smallAmountLimit: 20_000 * YUAN, reviewersRequired: 1 });
      await programme(VENTURE, {
        maxAmount: 300_000 * YUAN,
        smallAmountLimit: 50_000 * YUAN,
        reviewersRequired: 2,
        reviewAboveAmount: null,
      });
    },
    async apply(username: string, programmeId: string, amount: number, extra: Record<string, unknown> = {}) {
      const started = await engine()
        .http.post('/api/instances')
        .set(await auth(username))
        .send({
          workflow: 'grant-approval',
          data: { title: `项目 ${amount}`, organisation: `${username} 社区组织`, amount, programmeId, ...extra },
        })
        .expect(201);
      await api.send(started.body.id, username, 'SUBMIT');
      return started.body.id as string;
    },
    async send(id: string, username: string, type: string, data: Record<string, unknown> = {}, status = 200) {
      const response = await engine()
        .http.post(`/api/instances/${id}/events`)
        .set(await auth(username))
        .send({ type, data });
      expect({ type, status: response.status, body: response.status === status ? undefined : response.body }).toEqual({
        type,
        status,
        body: undefined,
      });
      return response.body;
    },
    async get(id: string, username = 'staff') {
      return (
        await engine()
          .http.get(`/api/instances/${id}`)
          .set(await auth(username))
          .expect(200)
      ).body;
    },
    /** Screening and review done: the grant waits for the director or the council. */
    async toDecision(id: string, reviewers: string[]) {
      await api.send(id, 'staff', 'ACCEPT', { reviewerIds: await Promise.all(reviewers.map(api.idOf)) });
      for (const reviewer of reviewers) await api.send(id, reviewer, 'SCORE', { score: 80, comment: '可行' });
    },
    async waitForState(id: string, state: string) {
      await eventually(async () =>
        expect((await api.get(id)).state).toMatch(new RegExp(`^${state.replace(/\./g, '\\.')}`)),
      );
      return api.get(id);
    },
    async publicFund(fundId: string) {
      const funds = await engine().http.get('/api/public/funds').expect(200);
      return funds.body.find((fund: { id: string }) => fund.id === fundId);
    },
  };
  return api;
}

describe.each(ENGINE_STACKS)('grant approval over HTTP on $name', (stack) => {
  let engine: TestEngine;
  let drop: () => Promise<void>;
  const g = grantDriver(() => engine);

  beforeAll(async () => {
    const { config, database } = await stack.open();
    drop = database.drop;
    engine = await startTestEngine(config);
    await g.setup();
  });
  afterAll(async () => {
    await engine.close();
    await drop();
  });

  it('fast track: applied, screened, reviewed, approved by the director, money reserved, agreement, first tranche', async () => {
    const programme = await g.programme(SMALL.en);
    const before = await g.publicFund(programme.fundId);
    const amount = 12_345 * YUAN + 67;
    const id = await g.apply('applicant', programme.id, amount);
    await g.toDecision(id, ['reviewer']);
    expect((await g.get(id)).state).toBe('decision.director');
    await g.send(id, 'director', 'APPROVE', { comment: '同意' });

    const granted = await g.waitForState(id, 'granted.agreement');
    expect(granted.view.reservation).toMatchObject({ amount, at: expect.any(String) });
    const after = await g.publicFund(programme.fundId);
    expect(after.available).toBe(before.available - amount);
    expect(after.granted).toBe(before.granted + amount);
    expect(after.received).toBe(before.received);

    await g.send(id, 'applicant', 'CONFIRM_AGREEMENT');
    await g.send(id, 'staff', 'DISBURSE_TRANCHE', { tranche: 1 });
    const firstTranche = Math.floor((amount * 60) / 100);
    await eventually(async () => {
      const fund = await engine.http
        .get(`/api/funds/${programme.fundId}`)
        .set(await g.auth('staff'))
        .expect(200);
      expect(fund.body.ledger).toContainEqual(
        expect.objectContaining({ kind: 'disbursement', grantId: id, amount: firstTranche, tranche: 1 }),
      );
      expect(fund.body.reservations).toContainEqual(
        expect.objectContaining({ grantId: id, status: 'held', amount, disbursed: firstTranche }),
      );
    });
    expect((await g.publicFund(programme.fundId)).available).toBe(before.available - amount);

    const register = await engine.http.get('/api/public/grants').expect(200);
    const entry = register.body.items.find((grant: { grantId: string }) => grant.grantId === id);
    expect(entry).toEqual({
      grantId: id,
      programme: SMALL.zh,
      organisation: 'applicant 社区组织',
      title: `项目 ${amount}`,
      fund: FUND_NAME,
      amount,
      disbursed: firstTranche,
      released: 0,
      state: 'granted.delivery',
      stateTitle: { zh: '项目执行', en: 'Delivery' },
      approvedAt: expect.any(String),
    });
  });

  it('council: a member recuses, the others vote, the minutes keep it all, the money is reserved', async () => {
    const programme = await g.programme(VENTURE.en);
    const amount = 100_000 * YUAN;
    const id = await g.apply('applicant2', programme.id, amount);
    await g.toDecision(id, ['reviewer', 'reviewer2']);
    expect((await g.get(id)).state).toBe('decision.council.voting');
    await g.send(id, 'council1', 'RECUSE', { reason: '申请机构负责人是我的亲属' });
    await g.send(id, 'council2', 'VOTE', { choice: 'approve' });
    await g.send(id, 'council3', 'VOTE', { choice: 'approve', comment: '支持' });

    const granted = await g.waitForState(id, 'granted.agreement');
    const council = granted.view.council;
    expect(council.recusals).toEqual([
      expect.objectContaining({
        member: expect.objectContaining({ role: 'council' }),
        reason: '申请机构负责人是我的亲属',
      }),
    ]);
    expect(council.votes.map((v: { submitted: { values: { choice: string } } }) => v.submitted.values.choice)).toEqual([
      'approve',
      'approve',
    ]);
    expect(council).toMatchObject({
      result: { outcome: 'approved' },
      councilSize: 3,
      quorumRequired: 2,
      approve: 2,
      reject: 0,
    });
    expect(granted.view.outcome).toMatchObject({ result: 'approved', decidedBy: 'council' });
  });

  it('council: quorum not reached, voting reopened, then decided', async () => {
    const programme = await g.programme(VENTURE.en);
    const id = await g.apply('applicant', programme.id, 60_000 * YUAN);
    await g.toDecision(id, ['reviewer', 'reviewer2']);
    await g.send(id, 'council1', 'VOTE', { choice: 'approve' });
    await g.send(id, 'staff', 'CLOSE_VOTING', { note: '会议时间到' });
    const stalled = await g.get(id);
    expect(stalled.state).toBe('decision.council.noQuorum');
    expect(stalled.view.council).toMatchObject({
      result: { outcome: 'noQuorum' },
      quorumReached: false,
      quorumRequired: 2,
    });
    await g.send(id, 'council2', 'VOTE', { choice: 'approve' }, 409);

    await g.send(id, 'staff', 'REOPEN_VOTING');
    expect((await g.get(id)).state).toBe('decision.council.voting');
    await g.send(id, 'council2', 'VOTE', { choice: 'reject' });
    await g.send(id, 'council3', 'VOTE', { choice: 'reject' });
    const declined = await g.get(id);
    expect(declined.state).toBe('declined');
    expect(declined.view.council.sessions).toBe(2);
    expect(declined.view.outcome).toMatchObject({
      result: 'declined',
      decidedBy: 'council',
      reason: expect.stringContaining('1 approve, 2 reject'),
    });
  });

  it('council: recusals put the quorum out of reach, so the director decides; offers and tasks follow who may still act', async () => {
    const programme = await g.programme(VENTURE.en);
    const id = await g.apply('applicant', programme.id, 70_000 * YUAN);
    const taskIds = async (username: string) =>
      (
        await engine.http
          .get('/api/tasks')
          .set(await g.auth(username))
          .expect(200)
      ).body.items.map((item: { id: string }) => item.id);
    const offered = async (username: string) =>
      (await g.get(id, username)).allowedEvents.map((event: { type: string }) => event.type);
    expect(await taskIds('applicant')).not.toContain(id);

    await g.send(id, 'staff', 'ACCEPT', { reviewerIds: [await g.idOf('reviewer'), await g.idOf('reviewer2')] });
    expect(await taskIds('reviewer')).toContain(id);
    await g.send(id, 'reviewer', 'SCORE', { score: 80, comment: '可行' });
    expect(await taskIds('reviewer')).not.toContain(id);
    expect(await offered('reviewer')).toEqual([]);
    const twice = await g.send(id, 'reviewer', 'SCORE', { score: 90, comment: '再评' }, 409);
    expect(twice).toMatchObject({
      statusCode: 409,
      error: 'EVENT_REJECTED',
      code: 'EVENT_REJECTED',
      reason: 'ALREADY_SCORED',
      message: '您已为本申请评分',
    });
    await g.send(id, 'reviewer2', 'SCORE', { score: 70, comment: '可行' });

    expect(await taskIds('council1')).toContain(id);
    await g.send(id, 'council1', 'RECUSE', { reason: '申请机构负责人是我的亲属' });
    expect(await taskIds('council1')).not.toContain(id);
    expect(await offered('council1')).toEqual([]);
    const recused = await engine.http
      .post(`/api/instances/${id}/events`)
      .set({ ...(await g.auth('council1')), 'Accept-Language': 'en' })
      .send({ type: 'VOTE', data: { choice: 'approve' } })
      .expect(409);
    expect(recused.body).toMatchObject({
      code: 'EVENT_REJECTED',
      reason: 'ALREADY_RECUSED',
      message: 'You have recused yourself',
      messages: { zh: '您已申请回避', en: 'You have recused yourself' },
    });
    await g.send(id, 'council2', 'RECUSE', { reason: '曾担任该机构顾问' });
    await g.send(id, 'council3', 'VOTE', { choice: 'approve' });

    const referred = await g.get(id);
    expect(referred.state).toBe('decision.director');
    expect(await taskIds('director')).toContain(id);
    expect(await taskIds('council3')).not.toContain(id);
    await g.send(id, 'director', 'APPROVE', { comment: '理事会回避过多，由秘书长决定' });
    await g.waitForState(id, 'granted.agreement');
  });

  it('refuses a draft above the programme maximum when it is saved, saying why', async () => {
    const programme = await g.programme(SMALL.en);
    const refused = await engine.http
      .post('/api/instances')
      .set(await g.auth('applicant'))
      .send({
        workflow: 'grant-approval',
        data: {
          title: '超额项目',
          organisation: '社区组织',
          amount: programme.maxAmount + 1,
          programmeId: programme.id,
        },
      })
      .expect(409);
    expect(refused.body).toMatchObject({
      code: 'EVENT_REJECTED',
      reason: 'AMOUNT_ABOVE_PROGRAMME_MAX',
      message: '申请金额超过本项目的最高资助额',
      details: { maxAmount: programme.maxAmount },
    });
  });

  it('publishes an approved grant’s history with only what its forms disclose', async () => {
    const programme = await g.programme(SMALL.en);
    const id = await g.apply('applicant', programme.id, 8_000 * YUAN, {
      summary: '楼道照明改造',
      contactName: '王小明',
      contactMobile: '13812345678',
      contactIdNumber: '11010519491231002X',
    });
    await g.toDecision(id, ['reviewer']);
    await g.send(id, 'director', 'APPROVE', { comment: '同意' });
    await g.waitForState(id, 'granted');
    const history = await engine.http.get(`/api/public/grants/${id}/history`).expect(200);
    const shown = JSON.stringify(history.body);
    expect(history.body[0]).toMatchObject({
      revision: 1,
      event: 'start',
      data: { summary: '楼道照明改造', amount: 8_000 * YUAN },
    });
    expect(history.body[0].data.contactName).toMatch(/^王\*+$/);
    for (const personal of ['13812345678', '11010519491231002X', '王小明', await g.idOf('applicant')]) {
      expect(shown).not.toContain(personal);
    }
    expect(history.body.map((entry: { actorRoles: string[] }) => entry.actorRoles[0])).toEqual(
      expect.arrayContaining(['applicant', 'staff', 'reviewer', 'director']),
    );
    expect(history.body[0].data.programme).toBeUndefined();
    await engine.http.get('/api/public/grants/01NOTAPPROVED0000000000000/history').expect(404);
    const draft = await engine.http
      .post('/api/instances')
      .set(await g.auth('applicant'))
      .send({
        workflow: 'grant-approval',
        data: { title: '草稿', organisation: '某社区', amount: 100, programmeId: programme.id },
      })
      .expect(201);
    await engine.http.get(`/api/public/grants/${draft.body.id}/history`).expect(404);
  });

  it('refuses the wrong role (403) and the wrong step (409) with a clear body', async () => {
    const programme = await g.programme(SMALL.en);
    const id = await g.apply('applicant', programme.id, 5_000 * YUAN);
    const forbidden = await g.send(id, 'applicant', 'ACCEPT', { reviewerIds: [await g.idOf('reviewer')] }, 403);
    expect(forbidden).toMatchObject({ code: 'FORBIDDEN', details: { allowed: ['staff'] } });
    const notNow = await g.send(id, 'director', 'APPROVE', {}, 409);
    expect(notNow).toMatchObject({ code: 'EVENT_NOT_ALLOWED', details: { state: 'screening' } });
    const wrongPeople = await g.send(
      id,
      'staff',
      'ACCEPT',
      {
        reviewerIds: [await g.idOf('reviewer'), await g.idOf('applicant'), await g.idOf('applicant2'), 'no-such-user'],
      },
      422,
    );
    expect(wrongPeople).toMatchObject({
      code: 'INVALID_ASSIGNEE',
      details: [
        {
          path: '/reviewerIds/1',
          username: 'applicant',
          reason: 'IS_OWNER',
          message: { zh: '“applicant”是本事项的申请人，不能被指派' },
        },
        {
          path: '/reviewerIds/2',
          username: 'applicant2',
          reason: 'MISSING_ROLE',
          message: { en: '"applicant2" does not hold the role "reviewer"' },
        },
        { path: '/reviewerIds/3', userId: 'no-such-user', reason: 'UNKNOWN_USER' },
      ],
    });
    expect(wrongPeople.message).toMatch(/^Cannot assign: "applicant" filed this case/);
    // Nothing changed: the applicant gained no access and the application still waits for screening.
    expect(
      (
        await engine.http
          .get(`/api/instances/${id}`)
          .set(await g.auth('staff'))
          .expect(200)
      ).body.state,
    ).toBe('screening');
    await engine.http
      .get(`/api/instances/${id}`)
      .set(await g.auth('applicant2'))
      .expect(404);
    await g.send(id, 'staff', 'ACCEPT', { reviewerIds: [await g.idOf('reviewer')] });
    // A reviewer not assigned to this application cannot even see it.
    await g.send(id, 'reviewer2', 'SCORE', { score: 50, comment: '未被指派' }, 404);
    expect(
      (
        await engine.http
          .get(`/api/instances/${id}`)
          .set(await g.auth('reviewer'))
          .expect(200)
      ).body.allowedEvents,
    ).toEqual([expect.objectContaining({ type: 'SCORE' })]);

    await engine.http
      .get('/api/funds')
      .set(await g.auth('applicant'))
      .expect(403);
    await engine.http
      .post('/api/funds')
      .set(await g.auth('staff'))
      .send({ code: 'x-fund', kind: 'micro', name: { zh: '甲', en: 'A' } })
      .expect(403);
    await engine.http
      .post(`/api/funds/${programme.fundId}/donations`)
      .set(await g.auth('staff'))
      .send({ amount: 100 })
      .expect(403);
    await engine.http
      .put('/api/council')
      .set(await g.auth('staff'))
      .send({ quorum: { numerator: 1, denominator: 2 }, approvalShareAbove: 0.5, memberIds: null })
      .expect(403);
    const notCouncil = await engine.http
      .put('/api/council')
      .set(await g.auth('admin'))
      .send({
        quorum: { numerator: 1, denominator: 2 },
        approvalShareAbove: 0.5,
        memberIds: [await g.idOf('council1'), await g.idOf('applicant')],
      })
      .expect(422);
    expect(notCouncil.body).toMatchObject({
      code: 'INVALID_ASSIGNEE',
      details: { withoutRole: [{ username: 'applicant' }] },
    });
    expect(notCouncil.body.message).toMatch(/applicant does not hold it/);
    await engine.http
      .get('/api/funds')
      .set(await g.auth('staff'))
      .expect(200);
  });

  it("hides one applicant's grant from another (404)", async () => {
    const programme = await g.programme(SMALL.en);
    const id = await g.apply('applicant', programme.id, 3_000 * YUAN);
    const hidden = await engine.http
      .get(`/api/instances/${id}`)
      .set(await g.auth('applicant2'))
      .expect(404);
    expect(hidden.body).toMatchObject({ code: 'INSTANCE_NOT_FOUND' });
    await engine.http
      .post(`/api/instances/${id}/events`)
      .set(await g.auth('applicant2'))
      .send({ type: 'WITHDRAW', data: {} })
      .expect(404);
    await engine.http
      .get(`/api/instances/${id}`)
      .set(await g.auth('applicant'))
      .expect(200);
  });

  it('starts a grant only under an open programme, with its configuration injected, never forged', async () => {
    const applicant = await g.auth('applicant');
    const start = (data: Record<string, unknown>) =>
      engine.http
        .post('/api/instances')
        .set(applicant)
        .send({ workflow: 'grant-approval', data: { title: 't', organisation: 'o', amount: 100, ...data } });
    expect((await start({})).body).toMatchObject({ statusCode: 422, code: 'PROGRAMME_REQUIRED' });
    expect((await start({ programmeId: 'nope' })).body).toMatchObject({ statusCode: 404, code: 'PROGRAMME_NOT_FOUND' });

    const programme = await g.programme(SMALL.en);
    const forging = await start({
      programmeId: programme.id,
      programme: { maxAmount: 1e12 },
      council: { memberIds: ['me'] },
    });
    expect(forging.body).toMatchObject({ statusCode: 422, code: 'INVALID_DATA' });
    expect(forging.body.details.map((d: { path: string; keyword: string }) => `${d.path} ${d.keyword}`).sort()).toEqual(
      ['/council reserved', '/programme reserved'],
    );
    const forged = await start({ programmeId: programme.id });
    expect(forged.status).toBe(201);
    expect(forged.body.view.programme).toMatchObject({
      id: programme.id,
      maxAmount: programme.maxAmount,
      title: SMALL.zh,
      councilSize: 3,
    });

    const admin = await g.auth('admin');
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      ...body
    } = (await engine.http.get(`/api/programmes/${programme.id}`).set(admin).expect(200)).body;
    const closedProgramme = (
      await engine.http
        .post('/api/programmes')
        .set(admin)
        .send({ ...body, title: { zh: '已截止', en: 'Closed one' }, open: false })
        .expect(201)
    ).body;
    expect((await start({ programmeId: closedProgramme.id })).body).toMatchObject({
      statusCode: 422,
      code: 'PROGRAMME_CLOSED',
    });
    await engine.http.get(`/api/programmes/${closedProgramme.id}`).set(applicant).expect(404);
    const invalid = await engine.http
      .post('/api/programmes')
      .set(admin)
      .send({ ...body, trancheSplit: [60, 30], smallAmountLimit: body.maxAmount + 1 })
      .expect(422);
    expect(invalid.body).toMatchObject({ code: 'INVALID_PROGRAMME' });
    expect(invalid.body.details.map((d: { message: string }) => d.message)).toEqual(
      expect.arrayContaining([
        'The tranche split must sum to 100, not 90',
        'The small-amount limit cannot exceed the maximum amount',
      ]),
    );
    await engine.http.delete(`/api/programmes/${closedProgramme.id}`).set(admin).expect(204);
    await engine.http.delete(`/api/programmes/${programme.id}`).set(admin).expect(409);
  });

  it('not approved when the fund cannot cover the amount, saying why, the balance untouched', async () => {
    const admin = await g.auth('admin');
    const fund = (
      await engine.http
        .post('/api/funds')
        .set(admin)
        .send({ code: 'e2e-tiny', kind: 'micro', name: { zh: '小微基金', en: 'Tiny fund' } })
        .expect(201)
    ).body;
    await engine.http
      .post(`/api/funds/${fund.id}/donations`)
      .set(admin)
      .set('Idempotency-Key', 'gift-1')
      .send({ amount: 5_000 * YUAN })
      .expect(201);
    await engine.http
      .post(`/api/funds/${fund.id}/donations`)
      .set(admin)
      .set('Idempotency-Key', 'gift-1')
      .send({ amount: 5_000 * YUAN })
      .expect(201);
    const base = await g.programme(SMALL.en);
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      ...body
    } = (await engine.http.get(`/api/programmes/${base.id}`).set(admin).expect(200)).body;
    const programme = (
      await engine.http
        .post('/api/programmes')
        .set(admin)
        .send({ ...body, fundId: fund.id, title: { zh: '小微资助', en: 'Tiny grants' } })
        .expect(201)
    ).body;

    const id = await g.apply('applicant', programme.id, 8_000 * YUAN);
    await g.toDecision(id, ['reviewer']);
    await g.send(id, 'director', 'APPROVE');
    const refused = await g.waitForState(id, 'notApproved');
    expect(refused.view.amount).toBe(8_000 * YUAN);
    expect(refused.view.outcome).toMatchObject({
      result: 'notApproved',
      decidedBy: 'fund',
      reason: expect.stringContaining('小微基金可用余额不足'.slice(0, 4)),
    });
    expect(refused.view.outcome.reason).toContain('5,000.00');
    expect(await g.publicFund(fund.id)).toMatchObject({ received: 5_000 * YUAN, granted: 0, available: 5_000 * YUAN });
    const register = await engine.http.get('/api/public/grants').expect(200);
    expect(register.body.items.map((grant: { grantId: string }) => grant.grantId)).not.toContain(id);
  });

  it('publishes funds and grants as CSV that Excel opens in Chinese, without personal data', async () => {
    const funds = await engine.http.get('/api/public/funds?format=csv').expect(200);
    expect(funds.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(funds.text.charCodeAt(0)).toBe(0xfeff);
    expect(funds.text).toContain(FUND_NAME.zh);
    const grants = await engine.http.get('/api/public/grants/csv').expect(200);
    expect(grants.text.charCodeAt(0)).toBe(0xfeff);
    expect(grants.text.split('\r\n')[0]).toContain('申请机构 Organisation');
    expect(grants.text).toContain(SMALL.zh);
    const json = await engine.http.get('/api/public/grants').expect(200);
    const applicantId = await g.idOf('applicant');
    expect(JSON.stringify(json.body)).not.toContain(applicantId);
    expect(Object.keys(json.body.items[0]).sort()).toEqual(
      [
        'amount',
        'approvedAt',
        'disbursed',
        'fund',
        'grantId',
        'organisation',
        'programme',
        'released',
        'state',
        'stateTitle',
        'title',
      ].sort(),
    );
  });
});

describe.each(ENGINE_STACKS)('grant reports over time on $name', (stack) => {
  it('reminds before a report is due, marks it overdue, then raises a supervisory review', async () => {
    const { config, database } = await stack.open();
    const clock = new ManualClock(new Date());
    let engine = await startTestEngine(config, { clock });
    const g = grantDriver(() => engine);
    // Timers far ahead are left to the sweeper, which the moved clock lets find them due.
    const later = async (days: number) => {
      clock.advance(days * DAY);
      await engine.app.get(EffectSweeper).sweep(false);
    };
    try {
      await g.setup();
      const programme = await g.programme(SMALL.en);
      const id = await g.apply('applicant', programme.id, 10_000 * YUAN);
      await g.toDecision(id, ['reviewer']);
      await g.send(id, 'director', 'APPROVE');
      await g.waitForState(id, 'granted.agreement');
      await g.send(id, 'applicant', 'CONFIRM_AGREEMENT');
      const delivery = await g.get(id);
      expect(Date.parse(delivery.view.reports.midterm.dueAt) - clock.now().getTime()).toBe(90 * DAY);

      await later(84);
      await eventually(async () => expect((await g.get(id)).view.reports.midterm.remindedAt).not.toBeNull());
      // The reminder is recorded with the timer; its notice follows through the outbox.
      await eventually(async () => {
        const notices = await engine.http
          .get('/api/notifications')
          .set(await g.auth('applicant'))
          .expect(200);
        expect(notices.body.items.map((n: { template: string }) => n.template)).toContain('grant.report-due-soon');
      });

      await later(7);
      const overdue = await g.waitForState(
        id,
        'granted.delivery.disbursement.awaitingTranche,granted.delivery.reports.midterm.overdue',
      );
      expect(overdue.view.reports.midterm.escalated).toBe(false);

      // The escalation, two weeks on, was scheduled in real time: a restart picks it up by the moved clock.
      await engine.close();
      clock.advance(15 * DAY);
      engine = await startTestEngine(config, { clock });
      await eventually(async () => expect((await g.get(id)).view.reports.midterm.escalated).toBe(true));
      await eventually(async () => {
        const reviews = await engine.http
          .get('/api/instances?workflow=supervisory-review')
          .set(await g.auth('supervisor'))
          .expect(200);
        const raised = await Promise.all(
          reviews.body.items.map((item: { id: string }) => g.get(item.id, 'supervisor')),
        );
        // Fired once at start: one review for this grant, however many sweeps have run since.
        expect(raised.filter((review) => review.view.subject?.instanceId === id)).toHaveLength(1);
      });
      const escalated = await g.get(id);
      expect(escalated.view.reports.midterm).toMatchObject({ status: 'overdue', escalated: true });
    } finally {
      await engine.close();
      await database.drop();
    }
  }, 60_000);
});

describe.each(ENGINE_STACKS)('grant demo data on $name', (stack) => {
  let engine: TestEngine;
  let drop: () => Promise<void>;
  const g = grantDriver(() => engine);

  beforeAll(async () => {
    const { config, database } = await stack.open();
    drop = database.drop;
    // Tests start without demo data unless they ask for it; this one is about it.
    engine = await startTestEngine({ ...config, seedDemoData: true });
  });
  afterAll(async () => {
    await engine.close();
    await drop();
  });

  it('starts with the special fund, eight micro-funds, programmes and grants in different steps', async () => {
    const funds = await engine.http.get('/api/public/funds').expect(200);
    expect(funds.body).toHaveLength(9);
    expect(funds.body[0]).toMatchObject({ kind: 'special', name: { zh: '武侯社区发展基金会专项基金' } });
    expect(funds.body.filter((f: { kind: string }) => f.kind === 'micro')).toHaveLength(8);
    const grants = await engine.http.get('/api/public/grants').expect(200);
    expect(grants.body.items).toEqual([
      expect.objectContaining({
        title: '黉门街社区花园微更新',
        amount: 15_000 * YUAN,
        disbursed: 9_000 * YUAN,
        state: 'granted.delivery',
      }),
    ]);
    const list = await engine.http
      .get('/api/instances?workflow=grant-approval&limit=50')
      .set(await g.auth('staff'))
      .expect(200);
    const states = list.body.items.map((i: { state: string }) => i.state.split('.')[0]);
    expect(states).toEqual(expect.arrayContaining(['draft', 'screening', 'review', 'decision', 'granted']));
  });
});
