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
    // A Chinese title typed first is fine: the key is made from the English title and may be edited.
    await staff.getByTestId('new-form-title-zh').fill('社区调查');
    await staff.getByTestId('new-form-key').fill('社区调查');
    await staff.getByTestId('create-form').click();
    await staff.getByText('表单标识须以小写英文字母开头').waitFor();
    await staff.getByTestId('new-form-key').fill('');
    await staff.getByTestId('new-form-title-en').fill('Survey');
    await expect(staff.getByTestId('new-form-key').inputValue()).resolves.toBe('');
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
    // A palette type dropped on a field goes before it.
    await staff.getByTestId('palette-help').dragTo(staff.getByTestId('field-name'));
    await describeSelected(staff, 'intro', '请如实填写', 'Please answer truthfully');
    // The list settles after a drop's animation: wait for it, then compare (a mismatch still names the order).
    const order = async () => {
      await staff.waitForTimeout(250);
      return staff.locator('.designer-field').evaluateAll((items) => items.map((item) => item.getAttribute('data-testid')));
    };
    // Fields move by keyboard: space lifts, arrows move, space drops.
    // dnd-kit measures the list between key presses: each press waits for the spoken position.
    const live = staff.locator('[role=status][aria-live]').filter({ hasText: '“是否养宠物”' });
    await staff.getByTestId('handle-hasPet').focus();
    await staff.keyboard.press('Space');
    await live.filter({ hasText: '第 3 位' }).waitFor({ state: 'attached' });
    await staff.waitForTimeout(120);
    await staff.keyboard.press('ArrowUp');
    await live.filter({ hasText: '第 2 位' }).waitFor({ state: 'attached' });
    await staff.waitForTimeout(120);
    await staff.keyboard.press('ArrowUp');
    await live.filter({ hasText: '第 1 位' }).waitFor({ state: 'attached' });
    await staff.waitForTimeout(120);
    await staff.keyboard.press('Space');
    await expect(order()).resolves.toEqual(['field-hasPet', 'field-intro', 'field-name', 'field-petName']);
    // …and by mouse, dragging the handle.
    const handle = await staff.getByTestId('handle-hasPet').boundingBox();
    const target = await staff.getByTestId('field-name').boundingBox();
    await staff.mouse.move(handle!.x + handle!.width / 2, handle!.y + handle!.height / 2);
    await staff.mouse.down();
    for (let step = 1; step <= 8; step += 1) await staff.mouse.move(handle!.x + 5, handle!.y + ((target!.y + target!.height / 2 + 4 - handle!.y) * step) / 8);
    await staff.mouse.up();
    await expect(order()).resolves.toEqual(['field-intro', 'field-name', 'field-hasPet', 'field-petName']);
    // Undo takes the move back, redo makes it again.
    await staff.getByTestId('undo').click();
    await expect(order()).resolves.toEqual(['field-hasPet', 'field-intro', 'field-name', 'field-petName']);
    await staff.getByTestId('redo').click();
    await expect(order()).resolves.toEqual(['field-intro', 'field-name', 'field-hasPet', 'field-petName']);

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
    await staff.getByTestId('new-form-title-zh').fill('预算明细表');
    await staff.getByTestId('new-form-title-en').fill('Budget lines');
    await expect(staff.getByTestId('new-form-key').inputValue()).resolves.toBe('budget-lines');
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

  it('staff type amounts in yuan, options as rows and keys from labels; saving says so, leaving unsaved asks, a copy starts a new form', async () => {
    const staff = await signIn('staff');
    await staff.goto('/designer');
    await staff.getByTestId('new-form-title-zh').fill('小额资助申请');
    await staff.getByTestId('create-form').click();
    await staff.waitForURL('**/designer/form');

    await staff.getByTestId('palette-amount').click();
    // Chinese first leaves the numbered key; the English label then names it.
    await staff.getByTestId('prop-label-zh').fill('申请金额');
    await expect(staff.getByTestId('prop-key').inputValue()).resolves.toBe('amount1');
    await staff.getByTestId('prop-label-en').fill('Requested amount');
    await expect(staff.getByTestId('prop-key').inputValue()).resolves.toBe('requestedAmount');
    await staff.getByTestId('prop-max-yuan').fill('50000');

    await staff.getByTestId('palette-choice').click();
    await staff.getByTestId('prop-label-zh').fill('组织类型');
    const options = staff.getByTestId('prop-options');
    await options.getByTestId('option-zh').first().fill('社区居委会');
    await options.getByTestId('option-value').first().fill('committee');
    await options.getByTestId('add-option').click();
    await options.getByTestId('option-2').getByTestId('option-zh').fill('社会组织');

    await staff.getByTestId('palette-text').click();
    await staff.getByTestId('prop-label-zh').fill('邮政编码');
    await staff.getByTestId('prop-pattern').selectOption('postcode');

    const preview = staff.getByTestId('preview');
    await preview.locator('#root_requestedAmount').fill('600');
    await preview.getByText('社会组织').waitFor();
    await preview.getByRole('button', { name: '试填校验' }).click();
    await expect(preview.locator('.error-detail, .text-danger').allInnerTexts()).resolves.toEqual([]);
    await preview.locator('#root_requestedAmount').fill('60000');
    await preview.getByRole('button', { name: '试填校验' }).click();
    await preview.getByText('¥50,000.00', { exact: false }).first().waitFor();
    await shot(staff, 'designer-amount-options');

    await staff.getByTestId('tab-json').click();
    const json = JSON.parse(await staff.getByTestId('json-view').inputValue());
    expect(json.schema.properties.requestedAmount).toMatchObject({ type: 'integer', maximum: 5_000_000, 'x-amount-fen': true });
    expect(json.schema.properties.choice1.enum).toEqual(['committee', 'b', 'option3']);
    expect(json.labels.zh).toMatchObject({ 'choice1#option:committee': '社区居委会', 'choice1#option:option3': '社会组织' });
    expect(json.schema.properties.text1.pattern).toBe('^[0-9]{6}$');

    await expect(staff.getByTestId('save-state').getAttribute('data-dirty')).resolves.toBe('true');
    await staff.getByTestId('save-draft').click();
    await staff.getByTestId('saved').filter({ hasText: '草稿已保存' }).waitFor();
    await expect(staff.getByTestId('save-state').getAttribute('data-dirty')).resolves.toBe('false');

    await staff.getByTestId('form-title-zh').fill('小额资助申请（修订）');
    staff.once('dialog', (dialog) => void dialog.dismiss());
    await staff.getByRole('link', { name: '← 表单设计' }).click();
    await expect(staff.url()).toMatch(/\/designer\/form$/);
    staff.once('dialog', (dialog) => void dialog.accept());
    await staff.getByRole('link', { name: '← 表单设计' }).click();
    await staff.waitForURL('**/designer');

    await staff.getByTestId('new-form-title-zh').fill('小额资助申请（第二批）');
    await staff.getByTestId('new-form-title-en').fill('Small grant round two');
    await staff.getByTestId('new-form-source').selectOption('form');
    await staff.getByTestId('create-form').click();
    await staff.waitForURL('**/designer/small-grant-round-two');
    await staff.getByTestId('field-requestedAmount').waitFor();
    await expect(staff.getByTestId('form-title-zh').inputValue()).resolves.toBe('小额资助申请（第二批）');
  });

  it('staff give the review score a rubric of weighted criteria; the total fills itself in', async () => {
    const staff = await signIn('staff');
    await staff.goto('/designer/review-score');
    await staff.getByTestId('field-score').waitFor();
    for (const [label, weight] of [['需求明确', '40'], ['预算合理', '60']]) {
      await staff.getByTestId('palette-number').click();
      await staff.getByTestId('prop-label-zh').fill(label);
      await staff.getByTestId('prop-weight').fill(weight);
    }
    const preview = staff.getByTestId('preview');
    await preview.locator('#root_number1').fill('80');
    await preview.locator('#root_number2').fill('90');
    await expect(preview.locator('#root_score').inputValue()).resolves.toBe('86');
    await expect(preview.locator('#root_score').isEditable()).resolves.toBe(false);
    await shot(staff, 'designer-rubric');
  });
});
