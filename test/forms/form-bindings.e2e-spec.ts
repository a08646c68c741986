import type { FormDocument } from '@yilin/contracts';

import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { engineOnStack } from '@test/support/test-engine';

const YUAN = 100;

/** A form with these fields (name → JSON schema), required ones listed, labelled in both languages. */
function formDocument(fields: Record<string, Record<string, unknown>>, required: string[]): FormDocument {
  const labels = (language: 'zh' | 'en') => Object.fromEntries([['$form', `${language}:form`], ...Object.keys(fields).map((f) => [f, `${language}:${f}`])]);
  return { schema: { type: 'object', properties: fields, required }, uiSchema: {}, labels: { zh: labels('zh'), en: labels('en') } };
}

const text = { type: 'string', minLength: 1, maxLength: 200 };
const MICRO_FORM = formDocument(
  {
    title: text,
    organisation: text,
    amount: { type: 'integer', minimum: 1 },
    households: { type: 'integer', minimum: 1, maximum: 10_000 },
    contactMobile: { type: 'string', format: 'cn-mobile' },
  },
  ['title', 'organisation', 'amount', 'households'],
);

describe.each(ENGINE_STACKS)('form bindings on $name', (stack) => {
  const block = engineOnStack(stack);
  const { auth } = block;
  const http = () => block.engine.http;

  const createAndPublish = async (key: string, draft: FormDocument) => {
    await http().post('/api/forms').set(await auth('staff')).send({ key, draft }).expect(201);
    return (await http().post(`/api/forms/${key}/publish`).set(await auth('staff')).expect(201)).body;
  };
  const bind = async (workflow: string, slot: string, formKey: string, username = 'staff') =>
    http().put('/api/form-bindings').set(await auth(username)).send({ workflow, slot, formKey });
  let standardProgramme: (Record<string, unknown> & { id: string }) | null = null;
  /** A fund with money and a programme using the standard application form, one reviewer per application. */
  const programmeNamed = async (en: string) => {
    if (standardProgramme) return standardProgramme;
    const admin = await auth('admin');
    const fund = await http().post('/api/funds').set(admin).send({ code: 'bindings', kind: 'special', name: { zh: '测试基金', en: 'Test fund' } }).expect(201);
    await http().post(`/api/funds/${fund.body.id}/donations`).set(admin).send({ amount: 1_000_000 * YUAN, note: '测试捐赠' }).expect(201);
    const created = await http().post('/api/programmes').set(admin).send({
      fundId: fund.body.id,
      formKey: 'grant-application',
      title: { zh: '社区微更新', en },
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
    standardProgramme = created.body as Record<string, unknown> & { id: string };
    return standardProgramme;
  };
  const apply = async (programmeId: string, data: Record<string, unknown>, username = 'applicant') =>
    http().post('/api/instances').set(await auth(username)).send({ workflow: 'grant-approval', data: { programmeId, ...data } });
  const send = async (id: string, username: string, type: string, data: Record<string, unknown> = {}) =>
    http().post(`/api/instances/${id}/events`).set(await auth(username)).send({ type, data });
  const userId = async (username: string) => {
    const users = (await http().get('/api/users').set(await auth('admin')).expect(200)).body as Array<{ id: string; username: string }>;
    return users.find((user) => user.username === username)?.id ?? '';
  };
  const standardApplication = { title: '楼道照明', organisation: '黉门街社区', amount: 8_000 * YUAN };
  /** An application under the micro-renewal programme (one reviewer), accepted and waiting for its score. */
  const awaitingScore = async () => {
    const programme = await programmeNamed('Community micro-renewal');
    const started = await apply(programme.id, standardApplication);
    expect(started.status).toBe(201);
    expect((await send(started.body.id, 'applicant', 'SUBMIT')).status).toBe(200);
    expect((await send(started.body.id, 'staff', 'ACCEPT', { reviewerIds: [await userId('reviewer')] })).status).toBe(200);
    return started.body.id as string;
  };
  const details = (body: { details?: Array<{ path: string; code?: string; keyword?: string }> }) =>
    (body.details ?? []).map((detail) => `${detail.path} ${detail.code ?? detail.keyword}`);

  it('lists every step slot with its contract and refuses a binding with one sentence per broken field', async () => {
    const slots = (await http().get('/api/form-bindings/slots').set(await auth('staff')).expect(200)).body;
    expect(slots).toContainEqual(expect.objectContaining({ workflow: 'grant-approval', slot: 'score', boundForm: 'review-score', scoped: false }));
    expect(slots).toContainEqual(expect.objectContaining({ workflow: 'grant-approval', slot: 'application', boundForm: 'grant-application', scoped: true }));
    await http().get('/api/form-bindings/slots').set(await auth('applicant')).expect(403);

    await createAndPublish('score-lite', formDocument({ score: { type: 'string' }, note: text }, ['score']));
    const refused = await bind('grant-approval', 'score', 'score-lite');
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'BINDING_REFUSED' });
    expect(details(refused.body)).toEqual(['score CONTRACT_FIELD_TYPE', 'comment CONTRACT_FIELD_MISSING']);
    expect(refused.body.details[1].message).toEqual({
      zh: '“资助审批·评审打分”需要字段“comment”（文本），此表单没有该字段',
      en: '"Grant approval · Score" needs the field "comment" (text), which this form does not have',
    });

    await createAndPublish('score-optional', formDocument({ score: { type: 'integer' }, comment: text }, ['score']));
    expect(details((await bind('grant-approval', 'score', 'score-optional')).body)).toEqual(['comment CONTRACT_FIELD_OPTIONAL']);
    await createAndPublish('forged-application', formDocument({ ...MICRO_FORM.schema.properties as Record<string, Record<string, unknown>>, programme: { type: 'object' } }, ['title', 'organisation', 'amount']));
    expect(details((await bind('grant-approval', 'application', 'forged-application')).body)).toEqual(['programme CONTRACT_FIELD_RESERVED']);

    await http().post('/api/forms').set(await auth('staff')).send({ key: 'never-published', draft: MICRO_FORM }).expect(201);
    expect((await bind('grant-approval', 'application', 'never-published')).body).toMatchObject({ statusCode: 422, code: 'FORM_NOT_PUBLISHED' });
    expect((await bind('grant-approval', 'application', 'no-such-form')).body).toMatchObject({ statusCode: 422, code: 'FORM_NOT_FOUND' });
    expect((await bind('grant-approval', 'nowhere', 'review-score')).body).toMatchObject({ statusCode: 404, code: 'SLOT_NOT_FOUND' });
    expect((await bind('no-such-workflow', 'score', 'review-score')).body).toMatchObject({ statusCode: 404, code: 'WORKFLOW_NOT_FOUND' });
    expect((await bind('grant-approval', 'score', 'review-score', 'applicant')).status).toBe(403);
    expect((await http().put('/api/form-bindings').set(await auth('staff')).send({ workflow: 'grant-approval', slot: 'score' })).status).toBe(400);
  });

  it('takes a field staff add to review-score: publish passes, SCORE keeps it; dropping what the step reads is refused', async () => {
    const id = await awaitingScore();
    const current = (await http().get('/api/forms/review-score').set(await auth('staff')).expect(200)).body.draft as FormDocument;
    const withAdvice = structuredClone(current);
    (withAdvice.schema.properties as Record<string, unknown>).advice = { type: 'string', enum: ['fund', 'revise'], 'x-disclosure': 'private' };
    withAdvice.labels.zh.advice = '建议';
    withAdvice.labels.en.advice = 'Advice';
    await http().put('/api/forms/review-score/draft').set(await auth('staff')).send({ draft: withAdvice }).expect(200);
    expect((await http().post('/api/forms/review-score/publish').set(await auth('staff')).expect(201)).body).toMatchObject({ version: 2 });

    const refusedAdvice = await send(id, 'reviewer', 'SCORE', { score: 85, comment: '可行', advice: 'maybe' });
    expect(refusedAdvice.status).toBe(422);
    expect(details(refusedAdvice.body)).toEqual(['/advice enum']);
    expect((await send(id, 'reviewer', 'SCORE', { score: 85, comment: '可行', advice: 'fund' })).status).toBe(200);
    const history = (await http().get(`/api/instances/${id}/history`).set(await auth('staff')).expect(200)).body as Array<{ event: string; data: Record<string, unknown> }>;
    expect(history.find((entry) => entry.event === 'SCORE')?.data).toEqual({ score: 85, comment: '可行', advice: 'fund' });

    const withoutComment = structuredClone(withAdvice);
    delete (withoutComment.schema.properties as Record<string, unknown>).comment;
    withoutComment.schema.required = ['score'];
    await http().put('/api/forms/review-score/draft').set(await auth('staff')).send({ draft: withoutComment }).expect(200);
    const refused = await http().post('/api/forms/review-score/publish').set(await auth('staff')).expect(422);
    expect(details(refused.body)).toEqual(['comment CONTRACT_FIELD_MISSING']);
  });

  it('checks every field of a draft edit against the application form, and a founder’s ID and mobile at filing,, and keeps the engine’s fields out of reach', async () => {
    const programme = await programmeNamed('Community micro-renewal');
    const started = await apply(programme.id, standardApplication);
    expect(started.status).toBe(201);
    const id = started.body.id as string;
    const edit = (data: Record<string, unknown>) => send(id, 'applicant', 'UPDATE_DRAFT', data);

    expect(details((await edit({ contactMobile: '123', contactIdNumber: '123' })).body).sort()).toEqual(['/contactIdNumber format', '/contactMobile format']);
    expect(details((await edit({ amount: 'a lot' })).body)).toContain('/amount type');
    expect(details((await edit({ programme: { maxAmount: 1e12 } })).body)).toEqual(['/programme reserved']);
    expect(details((await edit({ nickname: 'x' })).body)).toEqual(['/nickname additionalProperties']);
    expect((await edit({ summary: '更换节能灯', contactMobile: '13812345678' })).status).toBe(200);

    const founderFiling = await http().post('/api/instances').set(await auth('founder')).send({
      workflow: 'enterprise-registration',
      data: {
        enterpriseName: '成都测试社区服务有限公司',
        founder: { name: '陈静', idNumber: '123', mobile: '1380013800' },
        addresses: [{ address: '成都市武侯区玉林南路8号', kind: 'registered' }],
        businessScope: '社区居民服务',
        materials: ['公司章程'],
      },
    });
    expect(founderFiling.status).toBe(422);
    expect(details(founderFiling.body).sort()).toEqual(['/founder/idNumber format', '/founder/mobile format']);
  });

  it('takes public feedback in the categories of its form', async () => {
    const refused = await http().post('/api/public/feedback').send({ description: '公示栏长期未更新', category: 'registration' }).expect(422);
    expect(details(refused.body)).toEqual(['/category enum']);
    await http().post('/api/public/feedback').send({ description: '公示栏长期未更新', category: 'green-channel' }).expect(201);
    const form = (await http().get('/api/forms/public-feedback/versions/latest').set(await auth('applicant')).expect(200)).body;
    expect(form.document.schema.properties.category.enum).toEqual(['funds', 'grant', 'green-channel', 'enterprise', 'service', 'other']);
  });

  it('gives a programme its own application form, picked from the forms that keep the contract, for new applications only', async () => {
    await createAndPublish('micro-fund-application', MICRO_FORM);
    const candidates = (await http().get('/api/form-bindings/candidates?workflow=grant-approval&slot=application').set(await auth('admin')).expect(200)).body;
    expect(candidates.map((form: { key: string }) => form.key)).toEqual(expect.arrayContaining(['grant-application', 'micro-fund-application']));
    expect(candidates.map((form: { key: string }) => form.key)).not.toContain('review-score');

    const { id: _id, createdAt: _c, updatedAt: _u, ...base } = await programmeNamed('Community micro-renewal');
    const create = async (formKey: string) =>
      http().post('/api/programmes').set(await auth('admin')).send({ ...base, formKey, title: { zh: '社区微基金', en: `Micro fund ${formKey}` } });
    expect((await create('社区微基金申请表')).body).toMatchObject({ statusCode: 422, code: 'FORM_NOT_FOUND' });
    const wrong = await create('review-score');
    expect(wrong.body).toMatchObject({ statusCode: 422, code: 'BINDING_REFUSED' });
    expect(details(wrong.body)).toEqual(['title CONTRACT_FIELD_MISSING', 'organisation CONTRACT_FIELD_MISSING', 'amount CONTRACT_FIELD_MISSING']);
    const micro = (await create('micro-fund-application')).body as { id: string; formKey: string };
    expect(micro.formKey).toBe('micro-fund-application');

    const startForm = await http().get(`/api/forms/by-workflow/grant-approval/start?programmeId=${micro.id}`).set(await auth('applicant')).expect(200);
    expect(startForm.body).toMatchObject({ key: 'micro-fund-application', version: 1, slot: 'application' });
    const standardForm = await http().get('/api/forms/by-workflow/grant-approval/start').set(await auth('applicant')).expect(200);
    expect(standardForm.body).toMatchObject({ key: 'grant-application' });

    // A draft keeps what was typed; the programme's form is checked whole when it is submitted.
    const missing = await apply(micro.id, standardApplication);
    expect(missing.status).toBe(201);
    expect(details((await send(missing.body.id, 'applicant', 'SUBMIT')).body)).toEqual(['/households required']);
    const applied = await apply(micro.id, { ...standardApplication, households: 120 });
    expect(applied.status).toBe(201);
    expect(applied.body.view.application).toMatchObject({ form: { key: 'micro-fund-application', version: 1 }, values: { households: 120 } });
    expect((await apply((await programmeNamed('Community micro-renewal')).id, standardApplication)).status).toBe(201);

    // A new version applies to new applications; the one under way keeps the version it was checked with.
    const v2 = structuredClone(MICRO_FORM);
    (v2.schema.properties as Record<string, unknown>).venue = text;
    v2.schema.required = [...(v2.schema.required as string[]), 'venue'];
    v2.labels.zh.venue = '场地';
    v2.labels.en.venue = 'Venue';
    await http().put('/api/forms/micro-fund-application/draft').set(await auth('staff')).send({ draft: v2 }).expect(200);
    await http().post('/api/forms/micro-fund-application/publish').set(await auth('staff')).expect(201);
    const editForm = await http().get(`/api/instances/${applied.body.id}/forms/UPDATE_DRAFT`).set(await auth('applicant')).expect(200);
    expect(editForm.body).toMatchObject({ key: 'micro-fund-application', version: 1, slot: 'application' });
    expect((await send(applied.body.id, 'applicant', 'UPDATE_DRAFT', { households: 150 })).status).toBe(200);
    const onV2 = await apply(micro.id, { ...standardApplication, households: 120 });
    expect(details((await send(onV2.body.id, 'applicant', 'SUBMIT')).body)).toEqual(['/venue required']);
    // The application under way is checked against the version it was filled with, which asks no venue.
    expect((await send(applied.body.id, 'applicant', 'SUBMIT')).status).toBe(200);
    await http().get(`/api/instances/${applied.body.id}/forms/UPDATE_DRAFT`).set(await auth('applicant2')).expect(404);

    // Back to the standard form: applications started from now on use it.
    const { id: microId, createdAt: _mc, updatedAt: _mu, ...microBody } = (await http().get(`/api/programmes/${micro.id}`).set(await auth('admin')).expect(200)).body;
    await http().put(`/api/programmes/${microId}`).set(await auth('admin')).send({ ...microBody, formKey: 'grant-application' }).expect(200);
    expect((await apply(micro.id, standardApplication)).status).toBe(201);
    const history = (await http().get('/api/form-bindings/history').set(await auth('staff')).expect(200)).body;
    expect(history.filter((change: { scope: string | null }) => change.scope === micro.id)).toEqual([
      expect.objectContaining({ slot: 'application', formKey: 'grant-application', boundBy: 'admin' }),
      expect.objectContaining({ slot: 'application', formKey: 'micro-fund-application', boundBy: 'admin' }),
    ]);
  });

  it('binds a new form to a step for instances started from then on; running ones keep theirs', async () => {
    const before = await awaitingScore();
    await createAndPublish('score-with-risk', formDocument({ score: { type: 'integer', minimum: 0, maximum: 100 }, comment: text, risk: { type: 'string', enum: ['low', 'high'] } }, ['score', 'comment', 'risk']));
    const bound = await bind('grant-approval', 'score', 'score-with-risk');
    expect(bound.status).toBe(200);
    expect(bound.body).toMatchObject({ workflow: 'grant-approval', slot: 'score', scope: null, formKey: 'score-with-risk', boundBy: 'staff' });
    const after = await awaitingScore();

    expect((await http().get(`/api/instances/${after}/forms/SCORE`).set(await auth('reviewer')).expect(200)).body).toMatchObject({ key: 'score-with-risk', version: 1 });
    expect(details((await send(after, 'reviewer', 'SCORE', { score: 70, comment: '可行' })).body)).toEqual(['/risk required']);
    expect((await send(after, 'reviewer', 'SCORE', { score: 70, comment: '可行', risk: 'low' })).status).toBe(200);
    expect((await http().get(`/api/instances/${before}/forms/SCORE`).set(await auth('reviewer')).expect(200)).body).toMatchObject({ key: 'review-score' });
    expect((await send(before, 'reviewer', 'SCORE', { score: 70, comment: '可行' })).status).toBe(200);

    const usages = (await http().get('/api/forms/score-with-risk/usages').set(await auth('staff')).expect(200)).body;
    expect(usages).toEqual([expect.objectContaining({ workflow: 'grant-approval', step: 'score', byDefault: false })]);
    // Bound, it must keep the step's contract in every new version.
    const dropped = formDocument({ score: { type: 'integer' }, risk: { type: 'string' } }, ['score']);
    await http().put('/api/forms/score-with-risk/draft').set(await auth('staff')).send({ draft: dropped }).expect(200);
    expect(details((await http().post('/api/forms/score-with-risk/publish').set(await auth('staff')).expect(422)).body)).toEqual(['comment CONTRACT_FIELD_MISSING']);
  });
});
