import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import type { Page } from 'playwright-core';

import { seriousAccessibilityProblems, shotBothSizes } from './ux-checks';
import { ARTIFACTS, startWebHarness, type WebHarness } from './web-harness';

jest.setTimeout(120_000);

// One engine and one browser for the portal, inbox and public stories.
describe('the portal, inbox and public pages in Chromium', () => {
  let web: WebHarness;
  beforeAll(async () => {
    web = await startWebHarness();
  });
  afterAll(() => web?.close());

  it('a visitor of the public pages, the feedback form included, loads at most 150 kB of gzipped JavaScript, none of the console, designer or form renderer', () =>
    web.story(async () => {
      const figures: Record<string, number> = {};
      for (const path of ['/public', '/public/track', '/public/feedback']) {
        const visitor = await web.anonymous({ phone: true });
        const scripts = new Map<string, number>();
        const reading: Array<Promise<void>> = [];
        visitor.on('response', (response) => {
          if (!response.url().endsWith('.js')) return;
          const name = response.url().split('/').pop() ?? '';
          scripts.set(name, 0);
          reading.push(response.body().then((body) => void scripts.set(name, gzipSync(body).length), () => undefined));
        });
        const loaded = async () => {
          await Promise.all(reading);
          return Math.round([...scripts.values()].reduce((sum, size) => sum + size, 0) / 1024);
        };
        await visitor.goto(path);
        await visitor.waitForLoadState('networkidle');
        if (path === '/public/feedback') await visitor.locator('#root_description').waitFor();
        const kilobytes = await loaded();
        figures[path] = kilobytes;
        expect({ path, kilobytes, atMost150: kilobytes <= 150 }).toMatchObject({ atMost150: true });
        // The feedback form is drawn without rjsf: SchemaForm loads only for a form with a field only it draws.
        expect([...scripts.keys()].filter((name) => /^(SchemaForm|FormDesignerPage|ConsoleHome|elk)/.test(name))).toEqual([]);
        if (path === '/public/feedback') {
          // The form checker comes once the visitor starts filling the form in, while they type.
          const checker = visitor.waitForResponse((response) => /\/form-check-[^/]*\.js$/.test(response.url()));
          await visitor.locator('#root_description').focus();
          const imports = [...(await (await checker).text()).matchAll(/"\.\/([^"]+\.js)"/g)].map((match) => match[1]);
          for (let waited = 0; !imports.every((name) => scripts.has(name)) && waited < 10_000; waited += 50) await visitor.waitForTimeout(50);
          figures['/public/feedback once typing'] = await loaded();
        }
        await visitor.close();
      }
      writeFileSync(join(ARTIFACTS, 'public-first-load-kb.json'), `${JSON.stringify(figures, null, 2)}\n`);
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

  // The field a message is shown under: rjsf's frame, which the light form draws too.
  const errorsOf = (page: Page, selector: string) =>
    page.locator(selector).locator('xpath=ancestor::div[contains(@class, "form-group")][1]').locator('.error-detail li');
  const feedbackPosts = (page: Page) => {
    const bodies: Array<Record<string, unknown>> = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/public/feedback')) bodies.push(JSON.parse(request.postData() ?? '{}'));
    });
    return bodies;
  };

  it('an anonymous visitor on a phone hears in Chinese that a mobile number is wrong before anything is sent, fixes it and gets a tracking code', () =>
    web.story(async () => {
      const visitor = await web.anonymous({ phone: true });
      const sent = feedbackPosts(visitor);
      await visitor.goto('/public/feedback');
      await visitor.getByText('可以匿名反馈；提交后您会得到查询码。').waitFor();
      await visitor.getByLabel('基金使用').check();
      await visitor.fill('#root_description', '社区基金的活动经费使用明细没有公示。');
      await visitor.fill('#root_contactName', '钱先生');
      await visitor.fill('#root_contactMobile', '1380013');
      await visitor.getByRole('button', { name: '提交反馈' }).click();

      const summary = visitor.getByTestId('error-summary');
      await summary.waitFor();
      await expect(visitor.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('error-summary');
      await errorsOf(visitor, '#root_contactMobile').first().waitFor();
      await expect(errorsOf(visitor, '#root_contactMobile').allInnerTexts()).resolves.toEqual(['请输入11位中国大陆手机号码']);
      await expect(summary.locator('li').allInnerTexts()).resolves.toEqual(['手机：请输入11位中国大陆手机号码']);
      // Checked in the browser by the engine's own validator: nothing went out yet.
      expect(sent).toEqual([]);
      await shotBothSizes(visitor, 'feedback-phone-mobile-refused');
      expect(await seriousAccessibilityProblems(visitor)).toEqual([]);

      await summary.getByRole('link', { name: /手机/ }).click();
      await expect(visitor.evaluate(() => document.activeElement?.id)).resolves.toBe('root_contactMobile');
      await visitor.fill('#root_contactMobile', '13800138000');
      await visitor.getByRole('button', { name: '提交反馈' }).click();
      await visitor.getByTestId('tracking-code').waitFor();
      expect(sent).toEqual([
        { category: 'funds', description: '社区基金的活动经费使用明细没有公示。', anonymous: false, contactName: '钱先生', contactMobile: '13800138000' },
      ]);
      await shotBothSizes(visitor, 'feedback-phone-tracking-code');
    }));

  it('in English, with the form checker out of reach, the engine refuses and its message lands on the field; going anonymous drops the contact', () =>
    web.story(async () => {
      const visitor = await web.anonymous({ phone: true });
      await visitor.addInitScript(() => localStorage.setItem('yilin.language', 'en'));
      await visitor.route(/\/form-check-[^/]*\.js$/, (route) => route.abort());
      const sent = feedbackPosts(visitor);
      await visitor.goto('/public/feedback');
      await visitor.getByLabel('What happened').fill('The street lights on our lane have been out for a month.');
      await visitor.fill('#root_contactMobile', '12345');
      const refused = visitor.waitForResponse((response) => response.url().endsWith('/api/public/feedback'));
      await visitor.getByRole('button', { name: 'Send feedback' }).click();
      await expect(refused.then((response) => response.status())).resolves.toBe(422);
      await errorsOf(visitor, '#root_contactMobile').first().waitFor();
      await expect(errorsOf(visitor, '#root_contactMobile').allInnerTexts()).resolves.toEqual(['must be an 11-digit mainland mobile number']);
      await visitor.getByTestId('error-summary').getByRole('link', { name: 'Mobile: must be an 11-digit mainland mobile number' }).waitFor();
      await shotBothSizes(visitor, 'feedback-english-refused-by-engine');

      await visitor.getByLabel('Stay anonymous').check();
      await expect(visitor.locator('#root_contactMobile').count()).resolves.toBe(0);
      await visitor.getByRole('button', { name: 'Send feedback' }).click();
      await visitor.getByTestId('tracking-code').waitFor();
      expect(sent.at(-1)).toEqual({ description: 'The street lights on our lane have been out for a month.', anonymous: true });
    }));

  it('staff add a field to the public feedback form in the designer and publish it: the public page asks for it, and a kind only rjsf draws still shows', () =>
    web.story(async () => {
      const staff = await web.signIn('staff');
      await staff.goto('/designer/public-feedback');
      await staff.getByTestId('field-description').waitFor();
      await staff.getByTestId('palette-text').click();
      await staff.getByTestId('prop-key').fill('neighbourhood');
      await staff.getByTestId('prop-label-zh').fill('所在社区');
      await staff.getByTestId('prop-label-en').fill('Neighbourhood');
      await staff.getByTestId('palette-amount').click();
      await staff.getByTestId('prop-key').fill('amountConcerned');
      await staff.getByTestId('prop-label-zh').fill('涉及金额');
      await staff.getByTestId('prop-label-en').fill('Amount concerned');
      await staff.getByTestId('publish').click();
      const version = Number((await staff.getByTestId('published').textContent())?.match(/v(\d+)/)?.[1]);

      const visitor = await web.anonymous({ phone: true });
      const sent = feedbackPosts(visitor);
      await visitor.goto('/public/feedback');
      await visitor.getByLabel('所在社区').fill('玉林北路社区');
      // The form kept what staff did not touch: not anonymous from the start, so the contact fields are offered.
      await visitor.locator('#root_contactMobile').waitFor();
      await visitor.fill('#root_description', '小区门口的路灯一直不亮。');
      // Typed in yuan as on the portal's forms, sent in fen.
      await visitor.getByLabel('涉及金额').fill('1,234.5');
      await visitor.getByText('¥1,234.50').waitFor();
      await web.shot(visitor, 'feedback-designed-field');
      await visitor.getByRole('button', { name: '提交反馈' }).click();
      const code = (await visitor.getByTestId('tracking-code').textContent())?.trim() ?? '';
      expect(sent.at(-1)).toMatchObject({ neighbourhood: '玉林北路社区', amountConcerned: 123450 });
      const supervisor = { Authorization: `Bearer ${await web.engine.tokenOf('supervisor')}` };
      const reviews = (await web.engine.http.get('/api/instances?workflow=supervisory-review').set(supervisor).expect(200)).body.items as Array<{ id: string }>;
      const views = await Promise.all(reviews.map(async (item) => (await web.engine.http.get(`/api/instances/${item.id}`).set(supervisor).expect(200)).body));
      expect(views.find((view) => view.view.trackingCode === code)?.view.raised.values).toMatchObject({ neighbourhood: '玉林北路社区' });

      // An attachment is not drawn by the light form: the page loads the full renderer rather than drop it.
      await staff.getByTestId('palette-attachment').click();
      await staff.getByTestId('prop-key').fill('photo');
      await staff.getByTestId('prop-label-zh').fill('现场照片');
      await staff.getByTestId('publish').click();
      await staff.getByTestId('published').filter({ hasText: `v${version + 1}` }).waitFor();
      const later = await web.anonymous({ phone: true });
      const scripts: string[] = [];
      later.on('response', (response) => void (response.url().endsWith('.js') && scripts.push(response.url().split('/').pop() ?? '')));
      await later.goto('/public/feedback');
      await later.locator('#root_photo[type=file]').waitFor();
      await later.getByLabel('所在社区').waitFor();
      expect(scripts.some((name) => name.startsWith('SchemaForm'))).toBe(true);
    }));
});
