import { gzipSync } from 'node:zlib';

import { seriousAccessibilityProblems, shotBothSizes } from './ux-checks';
import { startWebHarness, type WebHarness } from './web-harness';

jest.setTimeout(120_000);

// One engine and one browser for the portal, inbox and public stories.
describe('the portal, inbox and public pages in Chromium', () => {
  let web: WebHarness;
  beforeAll(async () => {
    web = await startWebHarness();
  });
  afterAll(() => web?.close());

  it('a visitor of the transparency pages loads at most 150 kB of gzipped JavaScript, none of the console, designer or form renderer', () =>
    web.story(async () => {
      // The feedback page is a form: it loads the form renderer (rjsf), and only it of the public pages does.
      for (const [path, unused] of [
        ['/public', /^(SchemaForm|FormDesignerPage|ConsoleHome|elk)/],
        ['/public/track', /^(SchemaForm|FormDesignerPage|ConsoleHome|elk)/],
        ['/public/feedback', /^(FormDesignerPage|ConsoleHome|elk)/],
      ] as const) {
        const visitor = await web.anonymous({ phone: true });
        const scripts = new Map<string, number>();
        visitor.on('response', async (response) => {
          if (response.url().endsWith('.js')) scripts.set(response.url().split('/').pop() ?? '', gzipSync(await response.body()).length);
        });
        await visitor.goto(path);
        await visitor.waitForLoadState('networkidle');
        const kilobytes = Math.round([...scripts.values()].reduce((sum, size) => sum + size, 0) / 1024);
        if (path !== '/public/feedback') expect({ path, kilobytes, atMost150: kilobytes <= 150 }).toMatchObject({ atMost150: true });
        expect([...scripts.keys()].filter((name) => unused.test(name))).toEqual([]);
        await visitor.close();
      }
    }));

  it('an applicant sees one message per field in their terms and a summary that takes them to each', () =>
    web.story(async () => {
      const applicant = await web.signIn('applicant');
      await applicant.waitForURL('**/portal');
      // Items are named by what they are about, not three identical workflow names.
      const mine = applicant.locator('.item-list li a');
      await mine.first().waitFor();
      const names = await mine.allInnerTexts();
      expect(names.filter((name) => name === '资助审批')).toEqual([]);
      expect(new Set(names).size).toBe(names.length);
      await shotBothSizes(applicant, 'portal');
      expect(await seriousAccessibilityProblems(applicant)).toEqual([]);

      await applicant.locator('.tile', { hasText: '公益创投' }).getByRole('link').click();
      await applicant.fill('#root_title', '玉林片区邻里食堂');
      await applicant.fill('#root_amount', '1234.567');
      await applicant.fill('#root_period_start', '2027-03-01');
      await applicant.fill('#root_period_end', '2027-02-01');
      await applicant.getByRole('button', { name: '提交申请' }).click();

      const summary = applicant.getByTestId('error-summary');
      await summary.waitFor();
      await expect(applicant.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('error-summary');
      const amountErrors = applicant.locator('#root_amount').locator('xpath=ancestor::div[contains(@class, "form-group")][1]').locator('.error-detail li');
      await expect(amountErrors.allInnerTexts()).resolves.toEqual(['请填写金额（元），最多两位小数，例如 1234.56']);
      await expect(applicant.getByText('分', { exact: false }).filter({ hasText: /以“分”|单位.*分/ }).count()).resolves.toBe(0);
      await summary.getByText('结束日期：不能早于“开始日期”').waitFor();
      await shotBothSizes(applicant, 'apply-error-summary');
      expect(await seriousAccessibilityProblems(applicant)).toEqual([]);

      // A link in the summary takes the person to the field.
      await summary.getByRole('link', { name: /申请金额|金额/ }).first().click();
      await expect(applicant.evaluate(() => document.activeElement?.id)).resolves.toBe('root_amount');
    }));

  it('a draft keeps whatever was typed, a title alone, and is named by it in the portal', () =>
    web.story(async () => {
      const applicant = await web.signIn('applicant2', { phone: true });
      await applicant.waitForURL('**/portal');
      await applicant.locator('.tile', { hasText: '公益创投' }).getByRole('link').click();
      await applicant.fill('#root_title', '玉林北路口袋图书角');
      await applicant.waitForSelector('[data-testid=draft-status][data-status=saved]');
      await shotBothSizes(applicant, 'apply-draft-title-only');
      await applicant.goto('/portal');
      await applicant.locator('.item-list li a', { hasText: '玉林北路口袋图书角' }).waitFor();
      expect(await seriousAccessibilityProblems(applicant)).toEqual([]);
    }));

  it('a founder’s 10-digit mobile number is refused in words on a phone', () =>
    web.story(async () => {
      const founder = await web.signIn('founder', { phone: true });
      await founder.goto('/portal/register');
      await founder.fill('#root_founder_mobile', '1381234567');
      await founder.locator('button[type=submit]').last().click();
      await founder.getByTestId('error-summary').getByText('请输入11位中国大陆手机号码').waitFor();
      await expect(founder.getByTestId('error-summary').innerText()).resolves.not.toContain('必须是文本');
      await shotBothSizes(founder, 'register-error-summary');
      expect(await seriousAccessibilityProblems(founder)).toEqual([]);
    }));

  it('staff work from an inbox that passes the accessibility check', () =>
    web.story(async () => {
      const staff = await web.signIn('staff');
      await staff.waitForURL('**/inbox');
      await staff.getByTestId('task').first().waitFor();
      await shotBothSizes(staff, 'inbox');
      expect(await seriousAccessibilityProblems(staff)).toEqual([]);
      await staff.getByTestId('task').first().getByRole('link').click();
      await staff.waitForSelector('[data-testid=state]');
      // At 1440 px the submitted application stands beside what staff do with it.
      await staff.setViewportSize({ width: 1440, height: 900 });
      const application = await staff.getByTestId('submitted-form').boundingBox();
      const actions = await staff.getByTestId('actions-card').boundingBox();
      expect(actions!.x).toBeGreaterThan(application!.x + application!.width - 1);
      expect(actions!.y).toBeLessThan(application!.y + application!.height + 200);
      await shotBothSizes(staff, 'inbox-item');
      expect(await seriousAccessibilityProblems(staff)).toEqual([]);
      await staff.goto('/designer');
      await staff.getByTestId('new-form-title-zh').waitFor();
      expect(await seriousAccessibilityProblems(staff)).toEqual([]);
      await staff.goto('/designer/grant-application');
      await staff.getByTestId('canvas').waitFor();
      await shotBothSizes(staff, 'designer');
      expect(await seriousAccessibilityProblems(staff)).toEqual([]);
    }));

  it('the public read funds as labelled cards on a phone, keep their tracking code, and hear a wrong code in Chinese', () =>
    web.story(async () => {
      const visitor = await web.anonymous({ phone: true });
      await visitor.goto('/public');
      await visitor.locator('[data-fund=wuhou-special] [data-testid=available]').waitFor();
      await shotBothSizes(visitor, 'public');
      expect(await seriousAccessibilityProblems(visitor)).toEqual([]);

      // Words, not ids: a grant's public history names roles and hides internal references.
      await visitor.getByTestId('public-grants').getByRole('link').first().click();
      const history = visitor.getByTestId('grant-history');
      await history.locator('li').first().waitFor();
      await expect(history.innerText()).resolves.not.toMatch(/programmeId|\b(applicant|staff|director)\b/);
      await shotBothSizes(visitor, 'public-grant-history');
      expect(await seriousAccessibilityProblems(visitor)).toEqual([]);

      await visitor.goto('/public/feedback');
      await visitor.fill('#root_description', '社区活动经费使用情况未公示，希望核实。');
      expect(await seriousAccessibilityProblems(visitor)).toEqual([]);
      await visitor.getByRole('button', { name: '提交反馈' }).click();
      await visitor.getByTestId('tracking-code').waitFor();
      await visitor.getByTestId('keep-code').getByText('请务必保存好查询码').waitFor();
      await visitor.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await visitor.getByTestId('copy-code').click();
      await visitor.getByText(/已复制|无法自动复制/).waitFor();
      await shotBothSizes(visitor, 'feedback-tracking-code');
      expect(await seriousAccessibilityProblems(visitor)).toEqual([]);

      await visitor.goto('/public/track/NOSUCHCODE1');
      await visitor.getByText('没有找到这个查询码对应的意见反馈').waitFor();
      await expect(visitor.locator('body').innerText()).resolves.not.toMatch(/No feedback|not found/i);
      await shotBothSizes(visitor, 'track-wrong-code');
      expect(await seriousAccessibilityProblems(visitor)).toEqual([]);
    }));
});
