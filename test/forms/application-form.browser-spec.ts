import { expect as pwExpect } from '@jest/globals';
import type { Page } from 'playwright-core';

import { startWebHarness, type WebHarness } from '@test/web/web-harness';

jest.setTimeout(120_000);

const FORM_KEY = 'community-micro-fund-application';
const PROGRAMME = { zh: '社区微基金', en: 'Community micro fund' };

async function describeSelected(page: Page, key: string, zh: string, en: string) {
  await page.getByTestId('prop-key').fill(key);
  await page.getByTestId('prop-label-zh').fill(zh);
  await page.getByTestId('prop-label-en').fill(en);
  await page.getByTestId('prop-required').check();
}

describe('a programme’s own application form, designed and bound without code, in Chromium', () => {
  let web: WebHarness;
  beforeAll(async () => {
    web = await startWebHarness();
  });
  afterAll(() => web?.close());

  it('staff design it, an admin gives it to a new programme, an applicant applies with it, a reviewer scores seeing its fields', () =>
    web.story(async () => {
      // Staff design the form from scratch: the fields the grant workflow reads, and two of its own.
      const staff = await web.signIn('staff');
      await staff.goto('/designer');
      await staff.getByTestId('new-form-title-zh').fill('社区微基金申请表');
      await staff.getByTestId('new-form-title-en').fill('Community micro fund application');
      await staff.getByTestId('new-form-key').fill(FORM_KEY);
      await staff.getByTestId('create-form').click();
      await staff.waitForURL(`**/designer/${FORM_KEY}`);
      const canvas = staff.getByTestId('canvas-end');
      for (const [kind, key, zh, en] of [
        ['text', 'title', '项目名称', 'Project title'],
        ['text', 'organisation', '申请单位', 'Organisation'],
        ['amount', 'amount', '申请金额', 'Amount'],
        ['number', 'households', '受益户数', 'Households served'],
        ['mobile', 'contactMobile', '联系人手机', 'Contact mobile'],
      ] as const) {
        await staff.getByTestId(`palette-${kind}`).dragTo(canvas);
        await describeSelected(staff, key, zh, en);
      }
      await staff.getByTestId('publish').click();
      await staff.getByTestId('published').filter({ hasText: 'v1' }).waitFor();
      // 使用位置 is a picker: binding it to the score step is refused with the step's missing fields.
      await staff.getByTestId('bind-slot').selectOption('grant-approval/score');
      await staff.getByTestId('bind').click();
      await staff.getByTestId('bind-problems').getByText('需要字段“score”').waitFor();
      await web.shot(staff, 'designer-binding-refused');

      // An admin opens a programme with it, picked from the forms that keep the application contract.
      const admin = await web.signIn('admin');
      await admin.goto('/console/programmes');
      await admin.getByRole('button', { name: '新建资助项目' }).click();
      const picker = admin.getByTestId('programme-form-key');
      // The forms that keep the contract arrive after the editor opens.
      await picker.locator('option', { hasText: FORM_KEY }).waitFor({ state: 'attached' });
      const offered = await picker.locator('option').allTextContents();
      pwExpect(offered.some((text) => text.includes(FORM_KEY))).toBe(true);
      pwExpect(offered.some((text) => text.includes('review-score'))).toBe(false);
      await picker.selectOption(FORM_KEY);
      await admin.getByLabel('项目名称（中文）').fill(PROGRAMME.zh);
      await admin.getByLabel('项目名称（英文）').fill(PROGRAMME.en);
      await admin.getByLabel('最高资助金额（元）').fill('50000');
      await admin.getByLabel(/小额资金限额/).fill('20000');
      await web.shot(admin, 'programme-form-picker');
      await admin.getByRole('button', { name: '保存' }).click();
      await admin.getByRole('cell', { name: PROGRAMME.zh }).waitFor();

      // The applicant gets the programme's own form; the server refuses what breaks its rules.
      const applicant = await web.signIn('applicant');
      await applicant.waitForURL('**/portal');
      await applicant.locator('.tile', { hasText: PROGRAMME.zh }).getByRole('link').click();
      await applicant.locator('#root_households').waitFor();
      await applicant.getByText('受益户数').first().waitFor();
      await pwExpect(applicant.locator('#root_summary').count()).resolves.toBe(0);
      await applicant.fill('#root_title', '玉林小区楼道微改造');
      await applicant.fill('#root_organisation', '玉林街道居民小组');
      await applicant.fill('#root_amount', '8000');
      await applicant.fill('#root_households', '120');
      await applicant.fill('#root_contactMobile', '1381234');
      await applicant.waitForSelector('[data-testid=draft-status][data-status=error]');
      await applicant.getByRole('alert').filter({ hasText: /11/ }).waitFor();
      await web.shot(applicant, 'apply-refused-by-server');
      await applicant.fill('#root_contactMobile', '13812345678');
      await applicant.waitForSelector('[data-testid=draft-status][data-status=saved]');
      await applicant.getByRole('button', { name: '提交申请' }).click();
      await applicant.waitForURL('**/portal/items/**');
      const grantId = applicant.url().split('/').pop() ?? '';
      await applicant.getByTestId('submitted-form').getByText('120').waitFor();
      await web.shot(applicant, 'applied-with-programme-form');

      // 补正: the applicant edits with the programme's form, prefilled, labelled in Chinese, no raw keys.
      await web.send('staff', grantId, 'REQUEST_CHANGES', { items: ['请补充受益户数的统计口径'] });
      await applicant.reload();
      await applicant.click('button[data-event=RESUBMIT]');
      const edit = applicant.locator('.event-panel');
      await pwExpect(edit.locator('#root_households').inputValue()).resolves.toBe('120');
      await edit.getByText('受益户数').first().waitFor();
      await pwExpect(edit.getByText('contactIdNumber').count()).resolves.toBe(0);
      await pwExpect(edit.getByText('households', { exact: true }).count()).resolves.toBe(0);
      await edit.locator('#root_households').fill('150');
      await web.shot(applicant, 'resubmit-with-programme-form');
      await edit.locator('button[type=submit]').click();
      await applicant.getByTestId('submitted-form').locator('[data-field=households]').getByText('150').waitFor();

      // Another programme keeps the standard application form.
      await applicant.goto('/portal');
      await applicant.locator('.tile', { hasText: '公益创投' }).getByRole('link').click();
      await applicant.locator('#root_summary').waitFor();
      await pwExpect(applicant.locator('#root_households').count()).resolves.toBe(0);

      // A reviewer sees the new form's own fields, labelled, and scores with the score form.
      const ids = (await web.engine.http.get('/api/users').set('Authorization', `Bearer ${await web.engine.tokenOf('admin')}`).expect(200)).body as Array<{ id: string; username: string }>;
      const reviewerIds = ids.filter((user) => user.username === 'reviewer' || user.username === 'reviewer2').map((user) => user.id);
      await web.send('staff', grantId, 'ACCEPT', { reviewerIds });
      const reviewer = await web.signIn('reviewer');
      await reviewer.goto(`/inbox/${grantId}`);
      const submitted = reviewer.getByTestId('submitted-form');
      await submitted.getByText('受益户数').waitFor();
      await submitted.locator('[data-field=households]').getByText('150').waitFor();
      await reviewer.click('button[data-event=SCORE]');
      await reviewer.fill('#root_score', '86');
      await reviewer.fill('#root_comment', '受益面广，预算合理');
      await web.shot(reviewer, 'reviewer-sees-programme-form');
      await reviewer.locator('.event-panel button[type=submit]').click();
      await reviewer.locator('.timeline').getByText('受益面广，预算合理').waitFor();
    }));
});
