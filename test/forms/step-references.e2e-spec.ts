import type { FormDocument } from '@yilin/contracts';

import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { engineOnStack, eventually } from '@test/support/test-engine';

const YUAN = 100;

/** A form with these fields (name → JSON schema), required ones listed, labelled in both languages. */
function formDocument(fields: Record<string, Record<string, unknown>>, required: string[]): FormDocument {
  const labels = (language: 'zh' | 'en') => Object.fromEntries([['$form', `${language}:form`], ...Object.keys(fields).map((f) => [f, `${language}:${f}`])]);
  return { schema: { type: 'object', properties: fields, required }, uiSchema: {}, labels: { zh: labels('zh'), en: labels('en') } };
}

const text = { type: 'string', minLength: 1, maxLength: 200 };
type Issue = { path: string; keyword?: string; code?: string; message: unknown };

// Steps where a person both picks (reviewers, the report decided on) and types (a note, a reason): the picks
// are checked by the step's own small schema, everything typed by the form bound to the step.
describe.each(ENGINE_STACKS)('steps that pick and type on $name', (stack) => {
  const block = engineOnStack(stack);
  const { auth } = block;
  const http = () => block.engine.http;

  const send = async (id: string, username: string, type: string, data: Record<string, unknown> = {}, language?: string) => {
    const request = http().post(`/api/instances/${id}/events`).set(await auth(username));
    return (language ? request.set('Accept-Language', language) : request).send({ type, data });
  };
  const details = (body: { details?: Issue[] }) => (body.details ?? []).map((issue) => `${issue.path} ${issue.code ?? issue.keyword}`);
  const userId = async (username: string) => {
    const users = (await http().get('/api/users').set(await auth('admin')).expect(200)).body as Array<{ id: string; username: string }>;
    return users.find((user) => user.username === username)?.id ?? '';
  };
  const createAndPublish = async (key: string, draft: FormDocument) => {
    await http().post('/api/forms').set(await auth('staff')).send({ key, draft }).expect(201);
    return http().post(`/api/forms/${key}/publish`).set(await auth('staff'));
  };
  const republish = async (key: string, edit: (draft: FormDocument) => void) => {
    // From the latest published version: a refused publish leaves its draft behind.
    const draft = structuredClone((await http().get(`/api/forms/${key}/versions/latest`).set(await auth('staff')).expect(200)).body.document as FormDocument);
    edit(draft);
    await http().put(`/api/forms/${key}/draft`).set(await auth('staff')).send({ draft }).expect(200);
    return http().post(`/api/forms/${key}/publish`).set(await auth('staff'));
  };

  let programmeId = '';
  /** A submitted application in a one-reviewer programme with money behind it, waiting to be screened. */
  const submitted = async () => {
    if (!programmeId) {
      const admin = await auth('admin');
      const fund = await http().post('/api/funds').set(admin).send({ code: 'references', kind: 'special', name: { zh: '测试基金', en: 'Test fund' } }).expect(201);
      await http().post(`/api/funds/${fund.body.id}/donations`).set(admin).send({ amount: 1_000_000 * YUAN, note: '测试捐赠' }).expect(201);
      const programme = await http().post('/api/programmes').set(admin).send({
        fundId: fund.body.id,
        formKey: 'grant-application',
        title: { zh: '楼道微更新', en: 'Stairwell renewal' },
        maxAmount: 50_000 * YUAN,
        smallAmountLimit: 20_000 * YUAN,
        trancheSplit: [60, 40],
        reportDueDays: { midterm: 90, final: 180 },
        reminderDaysBeforeDue: 7,
        overdueEscalationDays: 14,
        directorSlaHours: 72,
        reviewersRequired: 1,
        reviewAboveAmount: null,
        open: true,
      }).expect(201);
      programmeId = programme.body.id;
    }
    const started = await http().post('/api/instances').set(await auth('applicant')).send({
      workflow: 'grant-approval',
      data: { programmeId, title: '楼道照明', organisation: '黉门街社区', amount: 8_000 * YUAN },
    }).expect(201);
    expect((await send(started.body.id, 'applicant', 'SUBMIT')).status).toBe(200);
    return started.body.id as string;
  };

  it('accepts with the reviewers picked beside the note form, each checked by its own rule, in the caller’s language', async () => {
    const id = await submitted();
    const offered = (await http().get(`/api/instances/${id}`).set(await auth('staff')).expect(200)).body.allowedEvents as Array<Record<string, unknown>>;
    expect(offered.find((event) => event.type === 'ACCEPT')).toMatchObject({
      slot: 'accept',
      form: 'optional-note',
      schema: { type: 'object', required: ['reviewerIds'], properties: { reviewerIds: expect.objectContaining({ type: 'array' }) } },
    });
    const form = (await http().get(`/api/instances/${id}/forms/ACCEPT`).set(await auth('staff')).expect(200)).body;
    expect(form).toMatchObject({ key: 'optional-note', slot: 'accept', events: ['ACCEPT'] });

    // Nothing picked, a note too long, and a field the form does not have: refused together, in Chinese first.
    const refused = await send(id, 'staff', 'ACCEPT', { note: 'x'.repeat(1001), nickname: 'y' });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'INVALID_DATA', message: '部分字段填写有误' });
    expect(details(refused.body).sort()).toEqual(['/nickname additionalProperties', '/note maxLength', '/reviewerIds required']);
    const zh = Object.fromEntries((refused.body.details as Issue[]).map((issue) => [issue.path, issue.message]));
    expect(zh).toEqual({ '/nickname': '不是本表单的字段', '/note': expect.stringMatching(/1,?000/), '/reviewerIds': expect.stringMatching(/[\u4e00-\u9fff]/) });
    expect(refused.body.details.every((issue: Record<string, unknown>) => !('messages' in issue))).toBe(true);

    const english = await send(id, 'staff', 'ACCEPT', { note: 'x'.repeat(1001), nickname: 'y' }, 'en-GB,en;q=0.9,zh;q=0.5');
    expect(english.body).toMatchObject({ code: 'INVALID_DATA', message: 'Some fields are not valid' });
    const en = Object.fromEntries((english.body.details as Issue[]).map((issue) => [issue.path, issue.message]));
    expect(en['/nickname']).toBe('is not a field of this form');
    expect(en['/note']).toMatch(/1,?000/);
    expect(en['/note']).not.toMatch(/[\u4e00-\u9fff]/);
    expect(en['/reviewerIds']).not.toMatch(/[\u4e00-\u9fff]/);
    expect((await send(id, 'staff', 'ACCEPT', { reviewerIds: 'not-a-list' }, 'en')).body.details).toEqual([
      expect.objectContaining({ path: '/reviewerIds', keyword: 'type', message: expect.not.stringMatching(/[\u4e00-\u9fff]/) }),
    ]);

    // The picked reviewers are still people holding the role; the note is the form's.
    expect((await send(id, 'staff', 'ACCEPT', { reviewerIds: [await userId('applicant2')] })).status).toBe(422);
    const accepted = await send(id, 'staff', 'ACCEPT', { reviewerIds: [await userId('reviewer')], note: '材料齐全，予以受理' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.state).toBe('review');
    const history = (await http().get(`/api/instances/${id}/history`).set(await auth('staff')).expect(200)).body as Array<{ event: string; data: Record<string, unknown> }>;
    expect(history.find((entry) => entry.event === 'ACCEPT')?.data).toMatchObject({ note: '材料齐全，予以受理' });
  });

  it('speaks the caller’s language for a form’s own rule at the start too', async () => {
    const apply = async (language?: string) => {
      const request = http().post('/api/instances').set(await auth('applicant'));
      return (language ? request.set('Accept-Language', language) : request).send({
        workflow: 'grant-approval',
        data: { programmeId, title: '楼道照明', organisation: '黉门街社区', amount: 8_000 * YUAN, contactMobile: '1381234' },
      });
    };
    const zh = await apply();
    expect(zh.status).toBe(422);
    expect(zh.body.details).toEqual([{ path: '/contactMobile', keyword: 'format', message: '请输入11位中国大陆手机号码' }]);
    expect((await apply('zh-CN')).body.details[0].message).toBe('请输入11位中国大陆手机号码');
    expect((await apply('en')).body.details[0].message).toBe('must be an 11-digit mainland mobile number');
  });

  it('rebinding the acceptance step changes what is typed, never what is picked; running applications keep their form', async () => {
    const before = await submitted();
    const withReviewers = await createAndPublish('acceptance-with-reviewers', formDocument({ reviewerIds: { type: 'array', items: text }, note: text }, []));
    expect(withReviewers.status).toBe(201);
    const refused = await http().put('/api/form-bindings').set(await auth('staff')).send({ workflow: 'grant-approval', slot: 'accept', formKey: 'acceptance-with-reviewers' });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'BINDING_REFUSED' });
    expect(details(refused.body)).toEqual(['reviewerIds CONTRACT_FIELD_RESERVED']);

    expect((await createAndPublish('acceptance-memo', formDocument({ note: text, priority: { type: 'string', enum: ['normal', 'urgent'] } }, ['priority']))).status).toBe(201);
    await http().put('/api/form-bindings').set(await auth('staff')).send({ workflow: 'grant-approval', slot: 'accept', formKey: 'acceptance-memo' }).expect(200);
    const after = await submitted();
    const reviewer = [await userId('reviewer')];
    expect(details((await send(after, 'staff', 'ACCEPT', { reviewerIds: reviewer })).body)).toEqual(['/priority required']);
    expect((await send(after, 'staff', 'ACCEPT', { reviewerIds: reviewer, priority: 'urgent' })).status).toBe(200);
    expect((await http().get(`/api/instances/${before}/forms/ACCEPT`).set(await auth('staff')).expect(200)).body).toMatchObject({ key: 'optional-note' });
    expect((await send(before, 'staff', 'ACCEPT', { reviewerIds: reviewer })).status).toBe(200);

    // Bound, the form keeps the step's contract and the picked names free in every new version.
    const picked = await republish('acceptance-memo', (draft) => {
      (draft.schema.properties as Record<string, unknown>).reviewerIds = { type: 'array', items: text };
    });
    expect(picked.status).toBe(422);
    expect(details(picked.body)).toEqual(['reviewerIds CONTRACT_FIELD_RESERVED']);
    const retyped = await republish('acceptance-memo', (draft) => {
      (draft.schema.properties as Record<string, unknown>).note = { type: 'integer' };
    });
    expect(details(retyped.body)).toEqual(['note CONTRACT_FIELD_TYPE']);
    await http().put('/api/form-bindings').set(await auth('staff')).send({ workflow: 'grant-approval', slot: 'accept', formKey: 'optional-note' }).expect(200);
  });

  it('a programme’s own application form keeps the application contract in every version it publishes', async () => {
    const micro = formDocument(
      { title: text, organisation: text, amount: { type: 'integer', minimum: 1 }, households: { type: 'integer', minimum: 1 } },
      ['title', 'organisation', 'amount', 'households'],
    );
    expect((await createAndPublish('stairwell-application', micro)).status).toBe(201);
    const { id: _id, createdAt: _c, updatedAt: _u, ...base } = (await http().get(`/api/programmes/${programmeId}`).set(await auth('admin')).expect(200)).body;
    await http().post('/api/programmes').set(await auth('admin')).send({ ...base, formKey: 'stairwell-application', title: { zh: '楼道基金', en: 'Stairwell fund' } }).expect(201);

    const cases: Array<[string, (schema: Record<string, unknown>) => void, string[]]> = [
      ['drops the amount', (schema) => {
        delete (schema.properties as Record<string, unknown>).amount;
        schema.required = ['title', 'organisation', 'households'];
      }, ['amount CONTRACT_FIELD_MISSING']],
      ['types the amount as text', (schema) => {
        (schema.properties as Record<string, unknown>).amount = { type: 'string' };
      }, ['amount CONTRACT_FIELD_TYPE']],
      ['leaves the title optional', (schema) => {
        schema.required = ['organisation', 'amount', 'households'];
      }, ['title CONTRACT_FIELD_OPTIONAL']],
      ['lets a person type the programme the engine injects', (schema) => {
        (schema.properties as Record<string, unknown>).programme = { type: 'object' };
      }, ['programme CONTRACT_FIELD_RESERVED']],
      ['asks for the programme picked beside it', (schema) => {
        (schema.properties as Record<string, unknown>).programmeId = text;
      }, ['programmeId CONTRACT_FIELD_RESERVED']],
    ];
    for (const [what, edit, expected] of cases) {
      const refused = await republish('stairwell-application', (draft) => edit(draft.schema as Record<string, unknown>));
      expect([what, refused.status, details(refused.body)]).toEqual([what, 422, expected]);
    }
    // An extra field is welcome.
    const extra = await republish('stairwell-application', (draft) => {
      (draft.schema.properties as Record<string, unknown>).venue = text;
    });
    expect(extra.status).toBe(201);
  });

  it('checks a reporter’s contact a supervisor records with the feedback form, and shows it to supervisors only', async () => {
    const raise = async (data: Record<string, unknown>) =>
      http().post('/api/instances').set(await auth('supervisor')).send({
        workflow: 'supervisory-review',
        data: { source: 'supervisor', description: '楼道照明项目经费去向不明', category: 'funds', ...data },
      });
    expect(details((await raise({ contact: { name: '李四', phone: '123' } })).body)).toEqual(['/contact additionalProperties']);
    const refused = await raise({ anonymous: false, contactName: '李四', contactMobile: '123', contactEmail: 'not-an-email' });
    expect(refused.status).toBe(422);
    expect(details(refused.body).sort()).toEqual(['/contactEmail format', '/contactMobile format']);
    const raised = await raise({ anonymous: false, contactName: '李四', contactMobile: '13900002222' });
    expect(raised.status).toBe(201);
    expect(raised.body.view.contact).toEqual({ name: '李四', phone: '13900002222', email: null });
    expect(JSON.stringify(raised.body.view.raised)).not.toContain('13900002222');
  });

  it('takes public feedback as the public-feedback form staff designed, its contact kept apart from the review', async () => {
    const form = (await http().get('/api/public/feedback/form').expect(200)).body;
    expect(form).toMatchObject({ key: 'public-feedback', slot: 'feedback' });
    const refused = await http().post('/api/public/feedback').send({ description: '小区公示栏长期未更新', contactMobile: '123' }).expect(422);
    expect(details(refused.body)).toEqual(['/contactMobile format']);
    const aimed = await http().post('/api/public/feedback').send({ description: '小区公示栏长期未更新', subject: { workflow: 'grant-approval', instanceId: 'x' }, source: 'supervisor' }).expect(422);
    expect(details(aimed.body).sort()).toEqual(['/source additionalProperties', '/subject additionalProperties']);

    // Staff add a field: the page offers it and the review keeps it.
    const draft = structuredClone(form.document as FormDocument);
    (draft.schema.properties as Record<string, unknown>).place = { type: 'string', maxLength: 100, 'x-disclosure': 'private' };
    draft.labels.zh.place = '地点';
    draft.labels.en.place = 'Place';
    await http().put('/api/forms/public-feedback/draft').set(await auth('staff')).send({ draft }).expect(200);
    await http().post('/api/forms/public-feedback/publish').set(await auth('staff')).expect(201);
    expect((await http().get('/api/public/feedback/form').expect(200)).body.document.schema.properties.place).toBeDefined();
    const receipt = await http().post('/api/public/feedback').send({
      description: '小区公示栏长期未更新',
      category: 'service',
      place: '玉林北路社区',
      anonymous: false,
      contactName: '赵六',
      contactMobile: '13900003333',
    }).expect(201);
    const reviews = (await http().get('/api/instances?workflow=supervisory-review').set(await auth('supervisor')).expect(200)).body.items as Array<{ id: string }>;
    const views = await Promise.all(reviews.map(async (item) => (await http().get(`/api/instances/${item.id}`).set(await auth('supervisor')).expect(200)).body));
    const review = views.find((view) => view.view.trackingCode === receipt.body.trackingCode);
    expect(review.view.raised.values).toMatchObject({ description: '小区公示栏长期未更新', category: 'service', place: '玉林北路社区' });
    expect(JSON.stringify(review)).not.toContain('13900003333');
    const filer = await http().get(`/api/supervision/reviews/${review.id}/filer`).set(await auth('supervisor')).expect(200);
    expect(filer.body.contact).toEqual({ name: '赵六', phone: '13900003333' });
  });

  it('accepts or returns a report with the report picked and the comment or reason typed in their forms', async () => {
    const id = await submitted();
    await send(id, 'staff', 'ACCEPT', { reviewerIds: [await userId('reviewer')] });
    expect((await send(id, 'reviewer', 'SCORE', { score: 85, comment: '可行' })).status).toBe(200);
    expect((await send(id, 'director', 'APPROVE', { comment: '同意' })).status).toBe(200);
    await eventually(async () => {
      const grant = await http().get(`/api/instances/${id}`).set(await auth('applicant')).expect(200);
      expect(grant.body.state).toBe('granted.agreement');
    });
    expect((await send(id, 'applicant', 'CONFIRM_AGREEMENT')).status).toBe(200);
    expect((await send(id, 'applicant', 'SUBMIT_REPORT', { kind: 'midterm', spent: 0, summary: '已开工' })).status).toBe(200);

    const offered = (await http().get(`/api/instances/${id}`).set(await auth('staff')).expect(200)).body.allowedEvents as Array<Record<string, unknown>>;
    expect(offered.find((event) => event.type === 'RETURN_REPORT')).toMatchObject({ slot: 'return-report', form: 'decision-reason', schema: { required: ['kind'] } });
    expect(offered.find((event) => event.type === 'ACCEPT_REPORT')).toMatchObject({ slot: 'accept-report', form: 'optional-comment', schema: { required: ['kind'] } });

    expect(details((await send(id, 'staff', 'RETURN_REPORT', { kind: 'midterm' })).body)).toEqual(['/reason required']);
    expect(details((await send(id, 'staff', 'RETURN_REPORT', { kind: 'interim', reason: '缺少票据' })).body)).toEqual(['/kind enum']);
    expect(details((await send(id, 'staff', 'RETURN_REPORT', { reason: '缺少票据' })).body)).toEqual(['/kind required']);
    expect((await send(id, 'staff', 'RETURN_REPORT', { kind: 'midterm', reason: '缺少票据' })).status).toBe(200);
    expect((await send(id, 'applicant', 'SUBMIT_REPORT', { kind: 'midterm', spent: 0, summary: '补充票据' })).status).toBe(200);
    expect(details((await send(id, 'staff', 'ACCEPT_REPORT', { kind: 'midterm', comment: 'x'.repeat(1001) })).body)).toEqual(['/comment maxLength']);
    const accepted = await send(id, 'staff', 'ACCEPT_REPORT', { kind: 'midterm', comment: '票据齐全' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.view.reports.midterm).toMatchObject({ status: 'accepted' });
  });
});
