import { expect as pwExpect } from '@jest/globals';
import type { Page } from 'playwright-core';

import { startWebHarness, type WebHarness } from './web-harness';

const AMOUNT_YUAN = 80_000;
const AMOUNT_FEN = AMOUNT_YUAN * 100;

async function availableOfSpecialFund(web: WebHarness): Promise<number> {
  const funds = (await web.engine.http.get('/api/public/funds').expect(200)).body as Array<{
    code: string;
    available: number;
  }>;
  return funds.find((fund) => fund.code === 'wuhou-special')!.available;
}

async function openTask(page: Page, headline: string): Promise<void> {
  await page.goto('/inbox');
  await page.getByTestId('task').filter({ hasText: headline }).getByRole('link').click();
  await page.waitForSelector('[data-testid=state]');
}

jest.setTimeout(90_000);

describe('a large grant from application to the public page', () => {
  let web: WebHarness;
  beforeAll(async () => {
    web = await startWebHarness();
  });
  afterAll(() => web?.close());

  it('applies, is screened, scored, voted and approved; the fund shows exactly that amount less', () =>
    web.story(async () => {
      const before = await availableOfSpecialFund(web);
      const title = '玉林片区邻里食堂';

      const applicant = await web.signIn('applicant');
      await applicant.waitForURL('**/portal');
      await applicant.getByText('公益创投').first().waitFor();
      await web.shot(applicant, 'portal');
      await applicant.locator('.tile', { hasText: '公益创投' }).getByRole('link').click();
      await applicant.fill('#root_title', title);
      await applicant.fill('#root_organisation', '黉门街社区居委会');
      await applicant.fill('#root_amount', String(AMOUNT_YUAN));
      await applicant.waitForSelector('[data-testid=draft-status][data-status=saved]');
      await applicant.fill('#root_summary', '为社区老人提供午餐');
      await web.shot(applicant, 'apply-draft-saved');
      await applicant.getByRole('button', { name: '提交申请' }).click();
      await applicant.waitForURL('**/portal/items/**');
      const grantId = applicant.url().split('/').pop()!;
      await pwExpect(await applicant.getByTestId('state').textContent()).toBe('形式审查');
      await web.shot(applicant, 'application-timeline');

      const staff = await web.signIn('staff');
      await staff.waitForURL('**/inbox');
      await web.shot(staff, 'inbox-staff');
      await openTask(staff, title);
      await staff.click('button[data-event=ACCEPT]');
      await staff.getByLabel('评审专家 周涛').check();
      await staff.getByLabel('评审专家 吴芳').check();
      await staff.getByRole('button', { name: '提交' }).click();
      await staff.getByTestId('state').filter({ hasText: '专家评审' }).waitFor();

      const reviewer = await web.signIn('reviewer');
      await openTask(reviewer, title);
      await reviewer.click('button[data-event=SCORE]');
      await reviewer.fill('#root_score', '88');
      await reviewer.fill('#root_comment', '需求明确，预算合理');
      await web.shot(reviewer, 'review-score');
      await reviewer.getByRole('button', { name: '提交' }).click();
      await reviewer.locator('.timeline').getByText('需求明确，预算合理').waitFor();
      await web.send('reviewer2', grantId, 'SCORE', { score: 80, comment: '同意资助' });

      const council = await web.signIn('council1');
      await openTask(council, title);
      await council.getByTestId('quorum').waitFor();
      await council.click('button[data-event=VOTE]');
      await council.getByLabel('同意').check();
      await council.getByRole('button', { name: '提交' }).click();
      await council.getByTestId('quorum').getByText('已表决 1/3').waitFor();
      await web.shot(council, 'council-vote');
      await web.send('council2', grantId, 'VOTE', { choice: 'approve' });
      await web.send('council3', grantId, 'VOTE', { choice: 'reject' });

      await applicant.reload();
      await applicant.getByTestId('state').filter({ hasText: '待确认资助协议' }).waitFor({ timeout: 10_000 });

      const admin = await web.signIn('admin');
      await admin.goto(`/console/instances/${grantId}`);
      await admin.locator('.statechart .chart-node.current[data-state=granted]').waitFor();
      await web.shot(admin, 'console-instance');

      const visitor = await web.anonymous();
      await visitor.goto('/public');
      const available = visitor.locator('[data-fund=wuhou-special] [data-testid=available]');
      await available.waitFor();
      const shown = (await available.textContent())!;
      pwExpect(Number(shown.replace(/[¥,.]/g, ''))).toBe(before - AMOUNT_FEN);
      pwExpect(await availableOfSpecialFund(web)).toBe(before - AMOUNT_FEN);
      await visitor.getByTestId('public-grants').getByText(title).waitFor();
      await web.shot(visitor, 'public');
    }));
});
