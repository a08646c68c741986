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

/** Sends the open step's form. */
async function submitStep(page: Page): Promise<void> {
  await page.locator('.event-panel button[type=submit]').click();
}

async function openTask(page: Page, headline: string): Promise<void> {
  await page.goto('/inbox');
  await page.getByTestId('task').filter({ hasText: headline }).getByRole('link').click();
  await page.waitForSelector('[data-testid=state]');
}

jest.setTimeout(90_000);

// One engine and one browser for the three stories: starting them is most of the suite's time.
describe('the whole story in Chromium', () => {
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
      await submitStep(staff);
      await staff.getByTestId('state').filter({ hasText: '专家评审' }).waitFor();

      const reviewer = await web.signIn('reviewer');
      await openTask(reviewer, title);
      await reviewer.click('button[data-event=SCORE]');
      await reviewer.fill('#root_score', '88');
      await reviewer.fill('#root_comment', '需求明确，预算合理');
      await web.shot(reviewer, 'review-score');
      await submitStep(reviewer);
      await reviewer.locator('.timeline').getByText('需求明确，预算合理').waitFor();
      await web.send('reviewer2', grantId, 'SCORE', { score: 80, comment: '同意资助' });

      const council = await web.signIn('council1');
      await openTask(council, title);
      await council.getByTestId('quorum').waitFor();
      await council.click('button[data-event=VOTE]');
      await council.getByLabel('同意').check();
      await submitStep(council);
      await council.getByTestId('quorum').getByText('已表决 1/3').waitFor();
      // Votes read as words, in the panel and in the history, not as the stored code.
      await council.getByTestId('quorum').locator('p', { hasText: '我的表决' }).getByText('同意', { exact: true }).waitFor();
      await council.locator('.timeline-data .data-row', { hasText: '表决意见' }).locator('dd', { hasText: /^同意$/ }).waitFor();
      await web.shot(council, 'council-vote');
      await web.send('council2', grantId, 'VOTE', { choice: 'approve' });
      await web.send('council3', grantId, 'VOTE', { choice: 'reject' });

      await applicant.reload();
      await applicant.getByTestId('state').filter({ hasText: '待确认资助协议' }).waitFor({ timeout: 10_000 });

      const admin = await web.signIn('admin');
      await admin.goto(`/console/instances/${grantId}`);
      await admin.locator('.statechart .chart-node.current[data-state=granted]').waitFor();
      await web.shot(admin, 'console-instance');
      await admin.goto('/console');
      await admin.locator('[data-workflow=grant-approval] .statechart .chart-node.busy').first().waitFor();
      await web.shot(admin, 'console');
      await admin.goto('/console/funds');
      await admin.getByText('¥').first().waitFor();
      // The approval's reservation is in the special fund's ledger, named in words.
      await admin.getByText('武侯社区发展基金会专项基金').first().click();
      await admin.locator('tr', { hasText: '预留资金' }).filter({ hasText: '¥80,000.00' }).first().waitFor();
      await web.shot(admin, 'console-funds');
      await council.goto('/notifications');
      await council.locator('.notifications li').first().waitFor();
      await web.shot(council, 'notifications');

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

  it('registers a founder through the green channel with one correction round', () =>
    web.story(async () => {
      const name = '宜邻社区厨房有限公司';
      const founder = await web.signIn('founder', { phone: true });
      await founder.goto('/portal');
      await web.shot(founder, 'portal-phone');
      await founder.getByRole('link', { name: '网上申报' }).click();
      await founder.fill('#root_enterpriseName', name);
      await founder.fill('#root_founder_name', '陈静');
      await founder.fill('#root_addresses_0_address', '成都市武侯区玉林北路 8 号');
      await founder.fill('#root_businessScope', '社区餐饮服务');
      // The materials handed in are ticked by name and uploaded as files, before the filing exists.
      await founder.getByRole('checkbox', { name: '登记申请书' }).check();
      await founder.getByRole('checkbox', { name: '法定代表人身份证明' }).check();
      await founder.setInputFiles('#root_applicationFile', { name: '登记申请书.pdf', mimeType: 'application/pdf', buffer: pdf() });
      await founder.getByText('✓ 登记申请书.pdf').waitFor();
      await founder.setInputFiles('#root_representativeIdFile', { name: '身份证明.pdf', mimeType: 'application/pdf', buffer: pdf() });
      await founder.getByText('✓ 身份证明.pdf').waitFor();
      await web.shot(founder, 'register-phone');
      await founder.getByRole('button', { name: '提交申报' }).click();
      await founder.waitForURL('**/portal/items/**');
      const id = founder.url().split('/').pop()!;
      await founder.getByTestId('days-left').waitFor();
      const founderToken = await web.engine.tokenOf('founder');
      const filed = await web.engine.http.get(`/api/instances/${id}/attachments`).set('Authorization', `Bearer ${founderToken}`).expect(200);
      expect(filed.body.map((file: { filename: string }) => file.filename).sort()).toEqual(['登记申请书.pdf', '身份证明.pdf']);
      // The filing shows each file as a download under its name, not as an id.
      const [download] = await Promise.all([
        founder.waitForEvent('download'),
        founder.getByTestId('submitted-form').locator('[data-field=applicationFile]').getByRole('button', { name: '下载文件' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('登记申请书.pdf');

      const window = await web.signIn('window');
      await openTask(window, name);
      await window.click('button[data-event=NOTIFY_MISSING]');
      await window.fill('#root_items_0', '公司章程');
      await window
        .getByRole('button', { name: /添加|Add/ })
        .first()
        .click();
      await window.fill('#root_items_1', '住所使用证明');
      await submitStep(window);
      await window.getByTestId('state').filter({ hasText: '补正中' }).waitFor();

      await founder.reload();
      await founder.getByText('一次性告知：请补正以下材料').waitFor();
      await founder.getByText('住所使用证明').first().waitFor();
      await web.shot(founder, 'registration-notice-phone');
      await founder.click('button[data-event=SUPPLY_MATERIALS]');
      await founder.getByRole('checkbox', { name: '公司章程' }).check();
      await founder.getByRole('checkbox', { name: '住所使用证明' }).check();
      await founder.setInputFiles('#root_articlesFile', { name: '公司章程.pdf', mimeType: 'application/pdf', buffer: pdf() });
      await founder.getByText('✓ 公司章程.pdf').waitFor();
      await web.shot(founder, 'registration-supplement-phone');
      await submitStep(founder);
      await founder.getByTestId('state').filter({ hasText: '材料预审' }).waitFor();

      await window.reload();
      await window.click('button[data-event=COMPLETE]');
      await window.getByRole('button', { name: '确认' }).click();
      await eventually(web, 'window', id, (state) => state === 'processing.approval');
      await window.reload();
      await window.click('button[data-event=APPROVE]');
      await submitStep(window);
      await eventually(web, 'window', id, (state) => state === 'registered');
      await founder.reload();
      await founder.getByTestId('state').filter({ hasText: '已登记' }).waitFor();
      await web.shot(founder, 'registered-phone');
    }));

  it('follows anonymous feedback by its tracking code through to the published outcome', () =>
    web.story(async () => {
      const visitor = await web.anonymous({ phone: true });
      await visitor.goto('/public/feedback');
      await visitor.fill('#root_description', '社区活动经费使用情况未公示，希望核实。');
      await web.shot(visitor, 'feedback-phone');
      await visitor.getByRole('button', { name: '提交反馈' }).click();
      const code = (await visitor.getByTestId('tracking-code').textContent())!.trim();

      const supervisor = await web.signIn('supervisor');
      await supervisor.goto('/inbox');
      await supervisor.getByTestId('task').filter({ hasText: code }).getByRole('link').click();
      await supervisor.click('button[data-event=ACCEPT]');
      await submitStep(supervisor);
      await supervisor.getByTestId('state').filter({ hasText: '待指派监事' }).waitFor();
      await web.shot(supervisor, 'review-supervisor');
      const reviewId = supervisor.url().split('/').pop()!;
      const summary = '经核查，活动经费已按规定使用，已督促补充公示。';
      await advance(web, 'supervisor', reviewId, {
        ASSIGN: { supervisorId: await userId(web, 'supervisor') },
        FINDINGS: { outcome: 'no-issue', summary },
        PUBLISH: { publicSummary: summary },
      });

      await visitor.goto(`/public/track/${code}`);
      await visitor.getByTestId('disclosure').getByText(summary).waitFor();
      await visitor.getByTestId('disclosure').getByText('未发现问题').waitFor();
      await web.shot(visitor, 'tracking-phone');
      await visitor.goto('/public');
      const published = visitor.getByTestId('public-outcomes').locator('li', { hasText: summary });
      await published.getByText('未发现问题').waitFor();
    }));

  it('submits a mid-term report with its evidence uploaded from the form', () =>
    web.story(async () => {
      const token = await web.engine.tokenOf('applicant');
      const mine = await web.engine.http.get('/api/instances?workflow=grant-approval').set('Authorization', `Bearer ${token}`).expect(200);
      const details = await Promise.all(
        mine.body.items.map(async (item: { id: string }) =>
          (await web.engine.http.get(`/api/instances/${item.id}`).set('Authorization', `Bearer ${token}`).expect(200)).body,
        ),
      );
      const grant = details.find((detail) => detail.view.application?.values.title === '黉门街社区花园微更新');

      const applicant = await web.signIn('applicant');
      await applicant.goto(`/portal/items/${grant.id}`);
      await applicant.click('button[data-event=SUBMIT_REPORT]');
      await applicant.locator('#root_kind-0').check();
      await applicant.fill('#root_spent', '6000');
      await applicant.fill('#root_summary', '花园一期完工，居民认领花池 24 个。');
      await applicant.setInputFiles('#root_evidence', {
        name: '中期报告.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(256 * 1024, 0x20)]),
      });
      await applicant.getByText('✓ 中期报告.pdf').waitFor();
      await web.shot(applicant, 'report-with-evidence');
      await submitStep(applicant);
      await applicant.locator('.timeline').getByText('提交报告').waitFor();

      const files = await web.engine.http.get(`/api/instances/${grant.id}/attachments`).set('Authorization', `Bearer ${token}`).expect(200);
      expect(files.body).toContainEqual(expect.objectContaining({ filename: '中期报告.pdf', contentType: 'application/pdf' }));
      const reported = await web.engine.http.get(`/api/instances/${grant.id}`).set('Authorization', `Bearer ${token}`).expect(200);
      expect(reported.body.view.reports.midterm.submissions.at(-1).submitted.values).toMatchObject({ spent: 600_000, evidence: files.body[0].id });
    }));
});

/** A small PDF, as a founder's scanned document would start. */
function pdf(): Buffer {
  return Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(16 * 1024, 0x20)]);
}

async function stateOf(web: WebHarness, username: string, id: string): Promise<{ state: string; allowed: string[] }> {
  const token = await web.engine.tokenOf(username);
  const body = (await web.engine.http.get(`/api/instances/${id}`).set('Authorization', `Bearer ${token}`).expect(200))
    .body;
  return { state: body.state, allowed: body.allowedEvents.map((e: { type: string }) => e.type) };
}

/** Waits for the engine's own steps (name and address checks, licence) to move the instance on. */
async function eventually(
  web: WebHarness,
  username: string,
  id: string,
  reached: (state: string) => boolean,
): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { state } = await stateOf(web, username, id);
    if (reached(state)) return;
    if (Date.now() > deadline) throw new Error(`still in ${state}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Sends whichever planned event the instance allows next, until none is left: a setup shortcut. */
async function advance(
  web: WebHarness,
  username: string,
  id: string,
  plan: Record<string, Record<string, unknown>>,
): Promise<void> {
  const done = new Set<string>();
  for (let step = 0; step < 10; step++) {
    const { allowed } = await stateOf(web, username, id);
    const next = Object.keys(plan).find((type) => !done.has(type) && allowed.includes(type));
    if (!next) return;
    await web.send(username, id, next, plan[next]);
    done.add(next);
  }
}

async function userId(web: WebHarness, username: string): Promise<string> {
  const token = await web.engine.tokenOf('admin');
  const users = (await web.engine.http.get('/api/users').set('Authorization', `Bearer ${token}`).expect(200)).body;
  return users.find((u: { username: string }) => u.username === username).id;
}
