import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { type Browser, chromium, type Page } from 'playwright-core';

import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { startTestEngine, type TestEngine } from '@test/support/test-engine';
import { privateWebBuild } from '@test/support/web-build';
import { SURVEY_FORM, surveyDefinition } from './form-fixtures';

const ROOT = join(__dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts', 'designer');

jest.setTimeout(90_000);

describe('form designer in Chromium', () => {
  let engine: TestEngine;
  let browser: Browser;
  let baseUrl: string;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const { config, database } = await ENGINE_STACKS[0].open();
    drop = database.drop;
    engine = await startTestEngine({ ...config, webDist: privateWebBuild(config.dataDir) }, { definitions: [surveyDefinition] });
    await engine.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(engine.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await engine?.close();
    await drop?.();
  });

  async function signIn(username: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN', baseURL: baseUrl });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto('/');
    await page.fill('input[name=username]', username);
    await page.fill('input[name=password]', 'yilin-demo');
    await page.click('button[type=submit]');
    await page.waitForSelector('.shell-nav .who');
    return page;
  }
  const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

  async function describeSelected(page: Page, key: string, zh: string, en: string, required = false) {
    await page.getByTestId('prop-key').fill(key);
    await page.getByTestId('prop-label-zh').fill(zh);
    await page.getByTestId('prop-label-en').fill(en);
    if (required) await page.getByTestId('prop-required').check();
  }

  it('staff build a form by drag and drop with a conditional field and publish it; an applicant fills exactly that version', async () => {
    const staff = await signIn('staff');
    await staff.getByRole('link', { name: '表单设计' }).click();
    await staff.getByTestId('new-form-key').fill(SURVEY_FORM);
    await staff.getByTestId('create-form').click();
    await staff.waitForURL(`**/designer/${SURVEY_FORM}`);
    await staff.getByTestId('form-title-zh').fill('社区调查');
    await staff.getByTestId('form-title-en').fill('Community survey');

    const canvas = staff.getByTestId('canvas-end');
    await staff.getByTestId('palette-text').dragTo(canvas);
    await describeSelected(staff, 'name', '姓名', 'Name', true);
    await staff.getByTestId('palette-yesno').dragTo(canvas);
    await describeSelected(staff, 'hasPet', '是否养宠物', 'Do you keep a pet?');
    await staff.getByTestId('palette-text').dragTo(canvas);
    await describeSelected(staff, 'petName', '<b>宠物</b><script>alert(1)</script>', 'Pet name', true);
    await staff.getByTestId('prop-condition-field').selectOption('hasPet');
    await staff.getByTestId('prop-condition-equals').selectOption('true');
    // A field dropped on another goes before it; dragging it to the end of the list moves it there.
    await staff.getByTestId('palette-help').dragTo(staff.getByTestId('field-name'));
    await describeSelected(staff, 'intro', '请如实填写', 'Please answer truthfully');
    await staff.getByTestId('field-hasPet').dragTo(staff.getByTestId('field-intro'));
    await expect(staff.locator('.designer-field').evaluateAll((items) => items.map((item) => item.getAttribute('data-testid')))).resolves.toEqual([
      'field-hasPet', 'field-intro', 'field-name', 'field-petName',
    ]);
    await staff.getByTestId('field-hasPet').dragTo(staff.getByTestId('field-petName'));

    // The preview is the applicant's component: the conditional field appears once its condition holds.
    const preview = staff.getByTestId('preview');
    await expect(preview.locator('#root_petName').count()).resolves.toBe(0);
    await preview.locator('#root_hasPet').check();
    await preview.locator('#root_petName').waitFor();
    await expect(preview.getByText('<b>宠物</b><script>alert(1)</script>').count()).resolves.toBeGreaterThan(0);
    await expect(staff.locator('script', { hasText: 'alert(1)' }).count()).resolves.toBe(0);
    await shot(staff, 'designer-built');

    // The JSON view shows the same document, and edits there come back to the designer.
    await staff.getByTestId('tab-json').click();
    const json = JSON.parse(await staff.getByTestId('json-view').inputValue());
    expect(json.schema.allOf[0]).toEqual({
      if: { properties: { hasPet: { const: true } }, required: ['hasPet'] },
      then: { properties: { petName: expect.objectContaining({ type: 'string' }) }, required: ['petName'] },
    });
    json.labels.en.name = 'Full name';
    await staff.getByTestId('json-view').fill(JSON.stringify(json, null, 2));
    await staff.getByTestId('field-name').click();
    await expect(staff.getByTestId('prop-label-en').inputValue()).resolves.toBe('Full name');

    await staff.getByTestId('publish').click();
    await staff.getByTestId('published').filter({ hasText: 'v1' }).waitFor();
    await staff.getByTestId('versions').getByText('v1').waitFor();
    await shot(staff, 'designer-published');

    const applicant = await signIn('applicant');
    await applicant.goto('/forms/fill/survey');
    await applicant.locator('[data-testid=fill][data-form-version="1"]').waitFor();
    await applicant.getByText('请如实填写').waitFor();
    await applicant.fill('#root_name', '李娜');
    await applicant.locator('#root_hasPet').check();
    await applicant.fill('#root_petName', '花花');
    await shot(applicant, 'applicant-filled');
    await applicant.getByRole('button', { name: '提交' }).click();
    const submitted = applicant.getByTestId('submitted');
    await submitted.waitFor();
    const instanceId = await submitted.getAttribute('data-instance-id');

    const staffToken = await engine.tokenOf('staff');
    const history = await engine.http.get(`/api/instances/${instanceId}/history`).set('Authorization', `Bearer ${staffToken}`).expect(200);
    expect(history.body[0].data).toEqual({ name: '李娜', hasPet: true, petName: '花花' });
    const applicantToken = await engine.tokenOf('applicant');
    const refused = await engine.http.post('/api/instances').set('Authorization', `Bearer ${applicantToken}`)
      .send({ workflow: 'survey', data: { name: '李娜', hasPet: true } }).expect(422);
    expect(refused.body.details).toEqual([expect.objectContaining({ path: '/petName', keyword: 'required' })]);
  });
  it('staff give a repeating group its columns without touching JSON, typing keys as people do', async () => {
    const staff = await signIn('staff');
    await staff.goto('/designer');
    await staff.getByTestId('new-form-key').fill('budget-lines');
    await staff.getByTestId('create-form').click();
    await staff.waitForURL('**/designer/budget-lines');
    await staff.getByTestId('palette-group').dragTo(staff.getByTestId('canvas-end'));
    // Typed key by key: the panel must keep the caret through every rename.
    // The group's own inputs come before those of its selected column.
    const groupKey = staff.getByTestId('prop-key').first();
    await groupKey.fill('');
    await groupKey.pressSequentially('budget');
    await staff.getByTestId('prop-label-zh').first().pressSequentially('预算明细');

    const columns = staff.getByTestId('group-columns');
    await columns.getByTestId('column-kind').selectOption('amount');
    await columns.getByTestId('add-column').click();
    const column = columns.getByTestId('column-properties');
    await column.getByTestId('prop-key').fill('');
    await column.getByTestId('prop-key').pressSequentially('cost');
    await column.getByTestId('prop-label-zh').pressSequentially('金额');
    await column.getByTestId('prop-label-en').fill('Cost');
    await column.getByTestId('prop-required').check();
    await columns.getByTestId('column-item').click();
    await column.getByTestId('prop-label-en').fill('Line');
    await expect(staff.getByTestId('field-budget').count()).resolves.toBe(1);

    const preview = staff.getByTestId('preview');
    await preview.locator('.btn-add').first().click();
    await preview.locator('#root_budget_0_cost').waitFor();
    await expect(preview.getByText('金额').count()).resolves.toBeGreaterThan(0);
    await shot(staff, 'designer-group-columns');

    await staff.getByTestId('tab-json').click();
    const json = JSON.parse(await staff.getByTestId('json-view').inputValue());
    expect(json.schema.properties.budget.items).toMatchObject({
      required: ['cost'],
      properties: { item: { type: 'string' }, cost: { type: 'integer', 'x-amount-fen': true } },
    });
    expect(json.labels.en).toMatchObject({ 'budget.cost': 'Cost', 'budget.item': 'Line' });
  });
});
