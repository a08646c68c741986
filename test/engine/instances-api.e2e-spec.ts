import { ManualClock } from '@yilin/runtime/testing';

import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { eventually, startTestEngine, type TestEngine } from '@test/support/test-engine';
import { E2E_DEFINITIONS, ticketDefinitionV1, ticketDefinitionV2 } from './workflow-fixtures';

const HOUR = 3_600_000;

describe.each(ENGINE_STACKS)('instances API on $name', (stack) => {
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

  const openTicket = async (username = 'applicant', subject = 'Broken street lamp') =>
    (await engine.http.post('/api/instances').set(await auth(username)).send({ workflow: 'ticket', data: { subject } }).expect(201)).body;

  it('signs people in and refuses wrong passwords without saying which part was wrong', async () => {
    const ok = await engine.http.post('/api/auth/login').send({ username: 'staff', password: 'yilin-demo' }).expect(200);
    expect(ok.body).toMatchObject({ accessToken: expect.any(String), user: { username: 'staff', roles: ['staff'] } });
    const wrong = await engine.http.post('/api/auth/login').send({ username: 'staff', password: 'nope' }).expect(401);
    const unknown = await engine.http.post('/api/auth/login').send({ username: 'nobody', password: 'nope' }).expect(401);
    expect(wrong.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'The username or password is not right' });
    expect(unknown.body).toEqual(wrong.body);
  });

  it('describes workflows with their states, events and graph', async () => {
    const list = await engine.http.get('/api/workflows').set(await auth('staff')).expect(200);
    expect(list.body.map((w: { key: string }) => w.key)).toEqual(['rocket', 'ticket']);
    const ticket = await engine.http.get('/api/workflows/ticket').set(await auth('staff')).expect(200);
    expect(ticket.body).toMatchObject({ key: 'ticket', version: 1, versions: [1], title: { zh: '工单', en: 'Ticket' } });
    expect(ticket.body.states.map((s: { path: string }) => s.path)).toEqual(
      expect.arrayContaining(['live', 'live.open', 'live.assigned', 'onHold', 'resolved']),
    );
    expect(ticket.body.graph.edges).toContainEqual({ source: 'live.open', target: 'live.assigned', event: 'ASSIGN', guarded: true });
    expect(ticket.body.events).toContainEqual(expect.objectContaining({ type: 'SLA_BREACHED', system: true, by: [] }));
  });

  it('runs an instance through its events and keeps its history', async () => {
    const created = await openTicket();
    expect(created).toMatchObject({ workflow: 'ticket', version: 1, state: 'live.open', status: 'active', revision: 1 });

    const asApplicant = await engine.http.get(`/api/instances/${created.id}`).set(await auth('applicant')).expect(200);
    expect(asApplicant.body.allowedEvents.map((e: { type: string }) => e.type)).toEqual(['COMMENT']);
    const asStaff = await engine.http.get(`/api/instances/${created.id}`).set(await auth('staff')).expect(200);
    expect(asStaff.body.allowedEvents.map((e: { type: string }) => e.type).sort()).toEqual(['ASSIGN', 'COMMENT', 'WATCH']);
    expect(asStaff.body.allowedEvents.find((e: { type: string }) => e.type === 'ASSIGN').schema).toMatchObject({ required: ['assignee'] });

    const assigned = await engine.http
      .post(`/api/instances/${created.id}/events`)
      .set(await auth('staff'))
      .send({ type: 'ASSIGN', data: { assignee: 'staff' }, expectedRevision: 1 })
      .expect(200);
    expect(assigned.body).toMatchObject({ state: 'live.assigned', revision: 2, view: { workflow: 'opaque', headline: expect.any(String) } });

    const history = await engine.http.get(`/api/instances/${created.id}/history`).set(await auth('applicant')).expect(200);
    expect(history.body.map((h: { event: string; toState: string }) => [h.event, h.toState])).toEqual([
      ['start', 'live.open'],
      ['ASSIGN', 'live.assigned'],
    ]);
  });

  it('lists only what each person may see, page by page', async () => {
    const mine = await openTicket('applicant2', 'mine');
    await openTicket('applicant', 'not mine');
    const page = await engine.http.get('/api/instances?workflow=ticket&limit=50').set(await auth('applicant2')).expect(200);
    expect(page.body.items.every((i: { ownerId: string }) => i.ownerId === mine.ownerId)).toBe(true);
    const staffPage = await engine.http.get('/api/instances?workflow=ticket&limit=1').set(await auth('staff')).expect(200);
    expect(staffPage.body.items).toHaveLength(1);
    expect(staffPage.body.nextCursor).toEqual(expect.any(String));
    const next = await engine.http.get(`/api/instances?workflow=ticket&limit=1&cursor=${staffPage.body.nextCursor}`).set(await auth('staff')).expect(200);
    expect(next.body.items[0].id < staffPage.body.items[0].id).toBe(true);
  });

  describe('answers every refusal with a status and a body a person understands', () => {
    it('400 for malformed JSON and for requests of the wrong shape, with field paths', async () => {
      const malformed = await engine.http
        .post('/api/instances')
        .set(await auth('applicant'))
        .set('Content-Type', 'application/json')
        .send('{"workflow": "ticket",')
        .expect(400);
      expect(malformed.body).toEqual({ statusCode: 400, error: 'Bad Request', message: 'The request body is not valid JSON', code: 'MALFORMED_JSON' });
      const ticket = await openTicket();
      const shapeless = await engine.http.post(`/api/instances/${ticket.id}/events`).set(await auth('staff')).send({ data: 5 }).expect(400);
      expect(shapeless.body).toMatchObject({ statusCode: 400, code: 'INVALID_REQUEST' });
      expect(shapeless.body.details).toEqual(
        expect.arrayContaining([expect.objectContaining({ path: '/type' }), expect.objectContaining({ path: '/data' })]),
      );
      const unknownEvent = await engine.http.post(`/api/instances/${ticket.id}/events`).set(await auth('staff')).send({ type: 'FLY' }).expect(400);
      expect(unknownEvent.body).toMatchObject({ code: 'UNKNOWN_EVENT', details: { knownEvents: expect.arrayContaining(['ASSIGN']) } });
    });

    it('401 without a valid session', async () => {
      const none = await engine.http.get('/api/instances').expect(401);
      expect(none.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Please sign in first' });
      const forged = await engine.http.get('/api/instances').set('Authorization', 'Bearer not.a.token').expect(401);
      expect(forged.body.message).toMatch(/sign in again/);
    });

    it('403 for a role that may not', async () => {
      const ticket = await openTicket();
      const denied = await engine.http
        .post(`/api/instances/${ticket.id}/events`)
        .set(await auth('applicant'))
        .send({ type: 'ASSIGN', data: { assignee: 'x' } })
        .expect(403);
      expect(denied.body).toMatchObject({ statusCode: 403, error: 'Forbidden', code: 'FORBIDDEN', details: { allowed: ['staff'] } });
      const cannotStart = await engine.http.post('/api/instances').set(await auth('supervisor')).send({ workflow: 'ticket', data: { subject: 'x' } }).expect(403);
      expect(cannotStart.body.code).toBe('FORBIDDEN');
      await engine.http.get('/api/users').set(await auth('staff')).expect(403);
    });

    it("404 for what does not exist, and for another applicant's instance", async () => {
      const ticket = await openTicket('applicant');
      const theirs = await engine.http.get(`/api/instances/${ticket.id}`).set(await auth('applicant2')).expect(404);
      expect(theirs.body).toEqual({ statusCode: 404, error: 'Not Found', message: `No instance ${ticket.id}`, code: 'INSTANCE_NOT_FOUND' });
      await engine.http.get(`/api/instances/${ticket.id}/history`).set(await auth('applicant2')).expect(404);
      await engine.http.post(`/api/instances/${ticket.id}/events`).set(await auth('applicant2')).send({ type: 'COMMENT', data: { text: 'hi' } }).expect(404);
      const noWorkflow = await engine.http.post('/api/instances').set(await auth('applicant')).send({ workflow: 'nope' }).expect(404);
      expect(noWorkflow.body.code).toBe('WORKFLOW_NOT_FOUND');
    });

    it('409 when the event is not possible now (listing what is) or the revision moved', async () => {
      const ticket = await openTicket();
      const notNow = await engine.http.post(`/api/instances/${ticket.id}/events`).set(await auth('staff')).send({ type: 'RESOLVE' }).expect(409);
      expect(notNow.body).toMatchObject({ statusCode: 409, error: 'Conflict', code: 'EVENT_NOT_ALLOWED', details: { state: 'live.open' } });
      expect(notNow.body.details.allowedEvents.sort()).toEqual(['ASSIGN', 'COMMENT', 'WATCH']);
      const stale = await engine.http
        .post(`/api/instances/${ticket.id}/events`)
        .set(await auth('staff'))
        .send({ type: 'COMMENT', data: { text: 'late' }, expectedRevision: 7 })
        .expect(409);
      expect(stale.body).toMatchObject({ code: 'REVISION_CONFLICT', details: { revision: 1 } });
    });

    it('422 for data that does not fit the form, with field paths, changing nothing', async () => {
      const ticket = await openTicket();
      const invalid = await engine.http.post(`/api/instances/${ticket.id}/events`).set(await auth('staff')).send({ type: 'COMMENT', data: { text: '' } }).expect(422);
      expect(invalid.body).toMatchObject({ statusCode: 422, error: 'Unprocessable Entity', code: 'INVALID_DATA' });
      expect(invalid.body.details).toEqual([expect.objectContaining({ path: '/text', keyword: 'minLength' })]);
      const after = await engine.http.get(`/api/instances/${ticket.id}`).set(await auth('staff')).expect(200);
      expect(after.body.revision).toBe(1);
    });

    it('413 for a body over the documented limit', async () => {
      const huge = await engine.http
        .post('/api/instances')
        .set(await auth('applicant'))
        .send({ workflow: 'ticket', data: { subject: 'x'.repeat(1_100_000) } })
        .expect(413);
      expect(huge.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
    });
  });

  it('answers a retried request with the same Idempotency-Key once', async () => {
    const ticket = await openTicket();
    const send = async () =>
      engine.http
        .post(`/api/instances/${ticket.id}/events`)
        .set(await auth('applicant'))
        .set('Idempotency-Key', `comment-${ticket.id}`)
        .send({ type: 'COMMENT', data: { text: 'only once' } });
    const first = await send();
    expect(first.status).toBe(200);
    const retries = await Promise.all([send(), send(), send()]);
    retries.forEach((retry) => expect(retry.body).toEqual(first.body));
    const after = await engine.http.get(`/api/instances/${ticket.id}`).set(await auth('applicant')).expect(200);
    expect(after.body).toMatchObject({ revision: 2 });
    const different = await engine.http
      .post(`/api/instances/${ticket.id}/events`)
      .set(await auth('applicant'))
      .set('Idempotency-Key', `comment-${ticket.id}`)
      .send({ type: 'COMMENT', data: { text: 'something else' } })
      .expect(422);
    expect(different.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('applies 50 concurrent events on one instance over HTTP, none lost', async () => {
    const ticket = await openTicket();
    const token = await engine.tokenOf('applicant');
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        engine.http.post(`/api/instances/${ticket.id}/events`).set('Authorization', `Bearer ${token}`).send({ type: 'COMMENT', data: { text: `n${i}` } }),
      ),
    );
    expect(responses.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    const history = await engine.http.get(`/api/instances/${ticket.id}/history`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(history.body.map((h: { revision: number }) => h.revision)).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
  });

  it('delivers notify effects to the people they name', async () => {
    const ticket = await openTicket();
    await engine.http.post(`/api/instances/${ticket.id}/events`).set(await auth('staff')).send({ type: 'ASSIGN', data: { assignee: 'whoever' } }).expect(200);
    const staffUser = (await engine.http.post('/api/auth/login').send({ username: 'staff', password: 'yilin-demo' })).body.user;
    await engine.http.post(`/api/instances/${ticket.id}/events`).set(await auth('staff')).send({ type: 'RESOLVE' }).expect(200);
    const other = await openTicket();
    await engine.http.post(`/api/instances/${other.id}/events`).set(await auth('staff')).send({ type: 'ASSIGN', data: { assignee: staffUser.id } }).expect(200);
    await eventually(async () => {
      const notices = await engine.http.get('/api/notifications').set(await auth('staff')).expect(200);
      expect(notices.body.items).toContainEqual(expect.objectContaining({ instanceId: other.id, template: 'ticket.assigned', workflow: 'ticket' }));
    });
    const applicantNotices = await engine.http.get('/api/notifications').set(await auth('applicant')).expect(200);
    expect(applicantNotices.body.items.some((n: { instanceId: string }) => n.instanceId === other.id)).toBe(false);
  });

  it('keeps a failing side effect visible until an admin retries it', async () => {
    const rocket = (await engine.http.post('/api/instances').set(await auth('staff')).send({ workflow: 'rocket' }).expect(201)).body;
    await engine.http.post(`/api/instances/${rocket.id}/events`).set(await auth('staff')).send({ type: 'LAUNCH' }).expect(200);
    let failed: Array<{ id: string; instanceId: string; attempts: number; lastError: string }> = [];
    await eventually(async () => {
      failed = (await engine.http.get('/api/admin/jobs/failed').set(await auth('admin')).expect(200)).body;
      expect(failed.find((job) => job.instanceId === rocket.id)).toMatchObject({ attempts: 5, lastError: expect.stringContaining('launchRocket') });
    });
    await engine.http.get('/api/admin/jobs/failed').set(await auth('staff')).expect(403);
    const job = failed.find((j) => j.instanceId === rocket.id)!;
    await engine.http.post(`/api/admin/jobs/${job.id}/retry`).set(await auth('admin')).expect(201);
    await engine.http.post('/api/admin/jobs/01NOSUCHJOB0000000000000000/retry').set(await auth('admin')).expect(404);
  });

  it('lets admins create users and assign roles', async () => {
    const created = await engine.http
      .post('/api/users')
      .set(await auth('admin'))
      .send({ username: 'newreviewer', password: 'long-enough-1', displayName: '新评审', roles: ['reviewer'] })
      .expect(201);
    expect(created.body).toMatchObject({ username: 'newreviewer', roles: ['reviewer'] });
    expect(created.body.passwordHash).toBeUndefined();
    await engine.http.post('/api/users').set(await auth('admin')).send({ username: 'newreviewer', password: 'long-enough-1', roles: [] }).expect(409);
    await engine.http.post('/api/users').set(await auth('admin')).send({ username: 'x', password: 'short', roles: ['pope'] }).expect(400);
    const updated = await engine.http.put(`/api/users/${created.body.id}/roles`).set(await auth('admin')).send({ roles: ['reviewer', 'council'] }).expect(200);
    expect(updated.body.roles).toEqual(['reviewer', 'council']);
    const login = await engine.http.post('/api/auth/login').send({ username: 'newreviewer', password: 'long-enough-1' }).expect(200);
    expect(login.body.user.roles).toEqual(['reviewer', 'council']);
  });

  it('reports health, metrics and the OpenAPI document', async () => {
    const health = await engine.http.get('/api/health').expect(200);
    expect(health.body).toMatchObject({ status: 'ok', db: { status: 'up' }, queue: { status: 'up' } });
    const scrape = async () => (await engine.http.get('/api/metrics').set(await auth('admin')).expect(200)).text;
    const requestsCounted = (text: string, route: string, status: number) =>
      Number(new RegExp(`yilin_http_requests_total\\{method="GET",route="${route}",status="${status}"\\} (\\d+)`).exec(text)?.[1] ?? 0);
    const before = await scrape();
    await engine.http.get('/api/metrics').expect(401);
    await engine.http.get('/api/metrics').set(await auth('staff')).expect(403);
    await engine.http.get('/api/instances/no-such-instance').set(await auth('staff')).expect(404);
    const metrics = await engine.http.get('/api/metrics').set(await auth('admin')).expect(200);
    // Counted by the route as declared and the status as answered, refusals by the guard included.
    for (const [route, status] of [['/api/metrics', 401], ['/api/metrics', 403], ['/api/instances/:id', 404]] as const) {
      expect(requestsCounted(metrics.text, route, status) - requestsCounted(before, route, status)).toBe(1);
    }
    expect(metrics.text).toContain('yilin_http_request_duration_seconds_bucket{le="0.005",method="GET",route="/api/health"}');
    expect(metrics.headers['content-type']).toMatch(/text\/plain/);
    const docs = await engine.http.get('/api/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/api/instances/{id}/events', '/api/auth/login']));
  });
});

describe.each(ENGINE_STACKS)('durability on $name', (stack) => {
  it('fires a timer that fell due while the engine was down, once, after it restarts', async () => {
    const { config, database } = await stack.open();
    const clock = new ManualClock(new Date());
    const first = await startTestEngine(config, { definitions: E2E_DEFINITIONS, clock });
    const staff = { Authorization: `Bearer ${await first.tokenOf('staff')}` };
    const ticket = (await first.http.post('/api/instances').set(staff).send({ workflow: 'ticket', data: { subject: 's' } }).expect(201)).body;
    await first.http.post(`/api/instances/${ticket.id}/events`).set(staff).send({ type: 'ASSIGN', data: { assignee: 'x' } }).expect(200);
    await first.close();

    clock.advance(2 * HOUR);
    const second = await startTestEngine(config, { definitions: E2E_DEFINITIONS, clock });
    const staffAgain = { Authorization: `Bearer ${await second.tokenOf('staff')}` };
    const breaches = async () =>
      (await second.http.get(`/api/instances/${ticket.id}/history`).set(staffAgain).expect(200)).body.filter(
        (h: { event: string }) => h.event === 'SLA_BREACHED',
      );
    await eventually(async () => expect(await breaches()).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await breaches()).toHaveLength(1);
    await second.close();
    await database.drop();
  });

  it('migrates instances to a new definition version after a dry run', async () => {
    const { config, database } = await stack.open();
    const v1 = await startTestEngine(config, { definitions: [ticketDefinitionV1] });
    const staff = { Authorization: `Bearer ${await v1.tokenOf('staff')}` };
    const waiting = (await v1.http.post('/api/instances').set(staff).send({ workflow: 'ticket', data: { subject: 'w' } }).expect(201)).body;
    const working = (await v1.http.post('/api/instances').set(staff).send({ workflow: 'ticket', data: { subject: 'x' } }).expect(201)).body;
    await v1.http.post(`/api/instances/${working.id}/events`).set(staff).send({ type: 'ASSIGN', data: { assignee: 'y' } }).expect(200);
    await v1.close();

    const v2 = await startTestEngine(config, { definitions: [ticketDefinitionV1, ticketDefinitionV2] });
    const admin = { Authorization: `Bearer ${await v2.tokenOf('admin')}` };
    const staff2 = { Authorization: `Bearer ${await v2.tokenOf('staff')}` };
    const stillV1 = await v2.http.get(`/api/instances/${waiting.id}`).set(staff2).expect(200);
    expect(stillV1.body.version).toBe(1);
    const fresh = await v2.http.post('/api/instances').set(staff2).send({ workflow: 'ticket', data: { subject: 'new' } }).expect(201);
    expect(fresh.body.version).toBe(2);

    const dryRun = await v2.http.post('/api/workflows/ticket/migrations').set(admin).send({ fromVersion: 1, toVersion: 2, dryRun: true }).expect(200);
    expect(dryRun.body).toMatchObject({ dryRun: true, checked: 2, fitting: [waiting.id], migrated: 0 });
    expect(dryRun.body.notFitting).toEqual([{ instanceId: working.id, reason: expect.stringContaining('live.inProgress') }]);
    await v2.http.post('/api/workflows/ticket/migrations').set(staff2).send({ fromVersion: 1, toVersion: 2 }).expect(403);
    const applied = await v2.http.post('/api/workflows/ticket/migrations').set(admin).send({ fromVersion: 1, toVersion: 2, dryRun: false }).expect(200);
    expect(applied.body.migrated).toBe(1);
    const moved = await v2.http.post(`/api/instances/${waiting.id}/events`).set(staff2).send({ type: 'ASSIGN', data: { assignee: 'z' } }).expect(200);
    expect(moved.body).toMatchObject({ version: 2, state: 'live.inProgress' });
    await v2.close();
    await database.drop();
  });
});
