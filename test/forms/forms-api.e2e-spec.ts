import { grantApprovalDefinition } from '@yilin/workflow-grant-approval';

import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { engineOnStack } from '@test/support/test-engine';
import { SURVEY_FORM, surveyDefinition, surveyDocument } from './form-fixtures';

describe.each(ENGINE_STACKS)('forms API on $name', (stack) => {
  const block = engineOnStack(stack, { definitions: [surveyDefinition, grantApprovalDefinition] });
  const { auth } = block;

  const publish = async (key: string) =>
    (await block.engine.http.post(`/api/forms/${key}/publish`).set(await auth('staff')).expect(201)).body;
  const saveDraft = async (key: string, draft: unknown) =>
    block.engine.http.put(`/api/forms/${key}/draft`).set(await auth('staff')).send({ draft });

  it('seeds every form in forms/ as version 1 on first start, readable by anyone signed in', async () => {
    const list = await block.engine.http.get('/api/forms').set(await auth('staff')).expect(200);
    const keys = list.body.map((form: { key: string }) => form.key);
    expect(keys).toEqual(expect.arrayContaining(['grant-application', 'review-score', 'council-vote', 'grant-report', 'registration-filing', 'public-feedback', 'rectification-report']));
    expect(list.body.find((f: { key: string }) => f.key === 'grant-application')).toMatchObject({ latestVersion: 1, draftChanged: false, title: { zh: '资助申请表', en: 'Grant application' } });
    const latest = await block.engine.http.get('/api/forms/grant-application/versions/latest').set(await auth('applicant')).expect(200);
    expect(latest.body).toMatchObject({ key: 'grant-application', version: 1, publishedBy: 'system' });
    await block.engine.http.get('/api/forms').set(await auth('applicant')).expect(403);
    await block.engine.http.put('/api/forms/grant-application/draft').set(await auth('applicant')).send({ draft: latest.body.document }).expect(403);
  });

  it('pins the version an instance started on: v1 data still validates after v2 is published', async () => {
    await block.engine.http.post('/api/forms').set(await auth('staff')).send({ key: SURVEY_FORM, draft: surveyDocument(['name'], ['name']) }).expect(201);
    expect(await publish(SURVEY_FORM)).toMatchObject({ key: SURVEY_FORM, version: 1, warnings: [] });
    const onV1 = await block.engine.http.post('/api/instances').set(await auth('applicant')).send({ workflow: 'survey', data: { name: 'Li' } }).expect(201);

    await saveDraft(SURVEY_FORM, surveyDocument(['name', 'phone'], ['name', 'phone'])).then((r) => expect(r.status).toBe(200));
    expect(await publish(SURVEY_FORM)).toMatchObject({ version: 2 });

    await block.engine.http.post(`/api/instances/${onV1.body.id}/events`).set(await auth('applicant')).send({ type: 'EDIT', data: { name: 'Li Na' } }).expect(200);
    const onV2 = await block.engine.http.post('/api/instances').set(await auth('applicant')).send({ workflow: 'survey', data: { name: 'Li' } }).expect(422);
    expect(onV2.body).toMatchObject({ code: 'INVALID_DATA', details: [expect.objectContaining({ path: '/phone', keyword: 'required' })] });
    const started = await block.engine.http.post('/api/instances').set(await auth('applicant')).send({ workflow: 'survey', data: { name: 'Li', phone: '1' } }).expect(201);
    await block.engine.http.post(`/api/instances/${started.body.id}/events`).set(await auth('applicant')).send({ type: 'EDIT', data: { name: 'Li' } }).expect(422);
  });

  it('answers 422 with field paths for data the form version refuses', async () => {
    const refused = await block.engine.http.post('/api/instances').set(await auth('applicant'))
      .send({ workflow: 'survey', data: { name: 'x'.repeat(101), phone: 5 } })
      .expect(422);
    expect(refused.body.details).toEqual([
      expect.objectContaining({ path: '/name', keyword: 'maxLength' }),
      expect.objectContaining({ path: '/phone', keyword: 'type' }),
    ]);
  });

  it('reads versions, diffs them and lists where a form is used', async () => {
    const v1 = await block.engine.http.get(`/api/forms/${SURVEY_FORM}/versions/1`).set(await auth('applicant')).expect(200);
    expect(v1.body.document.schema.required).toEqual(['name']);
    const diff = await block.engine.http.get(`/api/forms/${SURVEY_FORM}/diff?from=1&to=2`).set(await auth('staff')).expect(200);
    expect(diff.body).toMatchObject({ from: 1, to: 2, added: ['phone'], removed: [], changed: [] });
    await block.engine.http.get(`/api/forms/${SURVEY_FORM}/versions/9`).set(await auth('staff')).expect(404);
    const usages = await block.engine.http.get('/api/forms/grant-application/usages').set(await auth('staff')).expect(200);
    expect(usages.body).toEqual([
      expect.objectContaining({ workflow: 'grant-approval', step: 'application', byDefault: true, reads: ['title', 'organisation', 'amount', 'summary'] }),
    ]);
    const survey = await block.engine.http.get(`/api/forms/${SURVEY_FORM}/usages`).set(await auth('staff')).expect(200);
    expect(survey.body.map((u: { step: string }) => u.step)).toEqual(['start', 'EDIT']);
    const start = await block.engine.http.get('/api/forms/by-workflow/survey/start').set(await auth('applicant')).expect(200);
    expect(start.body).toMatchObject({ key: SURVEY_FORM, version: 2 });
  });

  it('refuses to publish a version that drops or retypes a field a workflow step reads, and warns of missing translations', async () => {
    const current = (await block.engine.http.get('/api/forms/grant-application').set(await auth('staff')).expect(200)).body.draft;
    const withoutAmount = structuredClone(current);
    delete withoutAmount.schema.properties.amount;
    withoutAmount.schema.required = ['title', 'organisation'];
    await saveDraft('grant-application', withoutAmount).then((r) => expect(r.status).toBe(200));
    const check = await block.engine.http.post('/api/forms/grant-application/check').set(await auth('staff')).send({}).expect(200);
    expect(check.body.ok).toBe(false);
    expect(check.body.errors).toContainEqual(expect.objectContaining({ path: 'amount', code: 'CONTRACT_FIELD_MISSING' }));
    const refused = await block.engine.http.post('/api/forms/grant-application/publish').set(await auth('staff')).expect(422);
    expect(refused.body).toMatchObject({
      code: 'FORM_SCHEMA_INVALID',
      details: [{ path: 'amount', code: 'CONTRACT_FIELD_MISSING', message: { en: '"Grant approval · Grant application" needs the field "amount" (a whole number), which this form does not have' } }],
    });

    const retyped = structuredClone(current);
    retyped.schema.properties.amount = { type: 'string' };
    const retypedCheck = await block.engine.http.post('/api/forms/grant-application/check').set(await auth('staff')).send({ draft: retyped }).expect(200);
    expect(retypedCheck.body.errors).toEqual([expect.objectContaining({ path: 'amount', code: 'CONTRACT_FIELD_TYPE' })]);

    const untranslated = structuredClone(current);
    untranslated.schema.properties.venue = { type: 'string' };
    untranslated.labels.zh.venue = '<img src=x onerror=alert(1)>场地';
    await saveDraft('grant-application', untranslated).then((r) => expect(r.status).toBe(200));
    const published = await publish('grant-application');
    expect(published.version).toBe(2);
    expect(published.warnings).toEqual([expect.objectContaining({ path: 'venue', code: 'MISSING_TRANSLATION', message: { zh: '“venue”缺少英文文字', en: '"venue" has no English text' } })]);
    await block.engine.http.post('/api/forms/grant-application/publish').set(await auth('staff')).expect(409);
  });

  it('refuses invalid, hostile and huge schemas with clear errors', async () => {
    await block.engine.http.post('/api/forms').set(await auth('staff')).send({ key: 'bad-form' }).expect(201);
    const unknownFormat = surveyDocument(['a'], []);
    (unknownFormat.schema.properties as Record<string, unknown>).a = { type: 'string', format: 'data-url' };
    const check = await block.engine.http.post('/api/forms/bad-form/check').set(await auth('staff')).send({ draft: unknownFormat }).expect(200);
    expect(check.body.errors[0]).toMatchObject({ code: 'FORM_SCHEMA_INVALID', path: '/properties/a/format' });

    const huge = surveyDocument(Array.from({ length: 2100 }, (_, i) => `f${i}`), []);
    await saveDraft('bad-form', huge).then((r) => expect(r.status).toBe(200));
    const refused = await block.engine.http.post('/api/forms/bad-form/publish').set(await auth('staff')).expect(422);
    expect(refused.body.details[0]).toMatchObject({ code: 'FORM_SCHEMA_INVALID', path: '' });

    const badUi = { ...surveyDocument(['a'], []), uiSchema: { a: { 'ui:widget': 'iframe' } } };
    const ui = await block.engine.http.post('/api/forms/bad-form/check').set(await auth('staff')).send({ draft: badUi }).expect(200);
    expect(ui.body.errors).toEqual([expect.objectContaining({ code: 'UNKNOWN_WIDGET', path: 'a.ui:widget' })]);
    await block.engine.http.post('/api/forms').set(await auth('staff')).send({ key: 'Bad Key' }).expect(400);

    const catastrophic = surveyDocument(['code'], []);
    (catastrophic.schema.properties as Record<string, unknown>).code = { type: 'string', pattern: '^(a+)+$' };
    const unsafe = await saveDraft('bad-form', catastrophic);
    expect(unsafe.status).toBe(422);
    expect(unsafe.body.details).toEqual([
      expect.objectContaining({ code: 'FORM_SCHEMA_INVALID', path: '/properties/code/pattern', message: expect.objectContaining({ zh: expect.stringMatching(/嵌套重复/) }) }),
    ]);
    await block.engine.http.post('/api/forms').set(await auth('staff')).send({ key: 'bad-form-2', draft: catastrophic }).expect(422);

    const manyOptions = surveyDocument(['pick'], []);
    (manyOptions.schema.properties as Record<string, unknown>).pick = { type: 'string', enum: Array.from({ length: 10_000 }, (_, i) => `o${i}`) };
    await saveDraft('bad-form', manyOptions).then((r) => expect(r.status).toBe(200));
    const tooMany = await block.engine.http.post('/api/forms/bad-form/publish').set(await auth('staff')).expect(422);
    expect(tooMany.body.details).toEqual([expect.objectContaining({ path: '/properties/pick/enum', message: { zh: '此处的选项有 10000 个，最多允许 200 个', en: 'This list has 10000 options; at most 200 are allowed' } })]);
    await block.engine.http.put('/api/forms/nope/draft').set(await auth('staff')).send({ draft: badUi }).expect(404);
  });
});
