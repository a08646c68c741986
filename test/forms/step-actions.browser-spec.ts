import { expect as pwExpect } from '@jest/globals';

import { eventually } from '@test/support/test-engine';
import { startWebHarness, type WebHarness } from '@test/web/web-harness';

jest.setTimeout(120_000);

const YUAN = 100;

// Steps where staff pick something and type something: the bound form and the picker on one panel, labelled,
// in the reader's language.
describe('steps that pick and type, in Chromium', () => {
  let web: WebHarness;
  beforeAll(async () => {
    web = await startWebHarness();
  });
  afterAll(() => web?.close());

  const api = async (username: string) => ({ Authorization: `Bearer ${await web.engine.tokenOf(username)}` });
  /** A submitted application in a one-reviewer programme of the demo, titled `title`. */
  const submitted = async (title: string) => {
    const programmes = (await web.engine.http.get('/api/programmes').set(await api('admin')).expect(200)).body as Array<{ id: string; open: boolean; reviewersRequired: number; smallAmountLimit: number }>;
    const programme = programmes.find((p) => p.open && p.reviewersRequired === 1) ?? programmes.find((p) => p.open);
    if (!programme) throw new Error('The demo has an open programme');
    const started = await web.engine.http.post('/api/instances').set(await api('applicant')).send({
      workflow: 'grant-approval',
      data: { programmeId: programme.id, title, organisation: '黉门街社区居委会', amount: Math.min(5_000 * YUAN, programme.smallAmountLimit) },
    }).expect(201);
    await web.send('applicant', started.body.id, 'SUBMIT', {});
    return { id: started.body.id as string, reviewersRequired: programme.reviewersRequired };
  };

  it('a visitor raises a concern with the public-feedback form as staff designed it, leaving a contact', () =>
    web.story(async () => {
      const visitor = await web.anonymous();
      await visitor.goto('/public/feedback');
      await visitor.getByText('反馈内容').first().waitFor();
      await visitor.getByLabel('服务态度').check();
      await visitor.fill('#root_description', '社区服务中心周末无人值守，居民办事不便。');
      // Not anonymous by default: the form's contact fields are offered, labelled, and checked as typed.
      await visitor.fill('#root_contactName', '赵女士');
      await visitor.fill('#root_contactMobile', '1390000');
      await visitor.getByRole('button', { name: '提交反馈' }).click();
      await visitor.getByText('请输入11位中国大陆手机号码').first().waitFor();
      // One message, on the mobile field: nothing about the form's condition itself.
      await pwExpect(visitor.getByText(/schema|then/).count()).resolves.toBe(0);
      await pwExpect(visitor.getByTestId('error-summary').locator('li').count()).resolves.toBe(1);
      await web.shot(visitor, 'feedback-form-contact-refused');
      await visitor.fill('#root_contactMobile', '13900004444');
      await visitor.getByRole('button', { name: '提交反馈' }).click();
      const code = (await visitor.getByTestId('tracking-code').textContent())?.trim() ?? '';
      const reviews = (await web.engine.http.get('/api/instances?workflow=supervisory-review').set(await api('supervisor')).expect(200)).body.items as Array<{ id: string }>;
      const views = await Promise.all(reviews.map(async (item) => (await web.engine.http.get(`/api/instances/${item.id}`).set(await api('supervisor')).expect(200)).body));
      const review = views.find((view) => view.view.trackingCode === code);
      const filer = await web.engine.http.get(`/api/supervision/reviews/${review.id}/filer`).set(await api('supervisor')).expect(200);
      pwExpect(filer.body.contact).toEqual({ name: '赵女士', phone: '13900004444' });
      pwExpect(review.view.raised.values).toMatchObject({ category: 'service' });
    }));

  it('staff accept with reviewers picked beside the note, then return a report naming it and typing the reason', () =>
    web.story(async () => {
      const { id, reviewersRequired } = await submitted('楼道扶手加装');
      const staff = await web.signIn('staff');
      await staff.goto(`/inbox/${id}`);
      await staff.click('button[data-event=ACCEPT]');
      const panel = staff.locator('.event-panel');
      // The picker and the form's own field on one panel, both labelled.
      await panel.locator('.user-picker legend').getByText('评审专家').waitFor();
      await panel.getByText('备注', { exact: true }).waitFor();
      await pwExpect(panel.getByText('reviewerIds').count()).resolves.toBe(0);
      await pwExpect(panel.getByText('note', { exact: true }).count()).resolves.toBe(0);
      await panel.getByLabel('评审专家 周涛').check();
      if (reviewersRequired > 1) await panel.getByLabel('评审专家 吴芳').check();
      await panel.locator('textarea').fill('材料齐全，请两周内完成评审');
      await web.shot(staff, 'accept-picker-and-note');
      await panel.locator('button[type=submit]').click();
      await staff.getByTestId('state').filter({ hasText: '专家评审' }).waitFor();
      await staff.locator('.timeline').getByText('受理并指派评审').waitFor();

      // Carried to its mid-term report over the API; the return is done on the page.
      for (const reviewer of ['reviewer', 'reviewer2'].slice(0, reviewersRequired)) await web.send(reviewer, id, 'SCORE', { score: 85, comment: '可行' });
      await web.send('director', id, 'APPROVE', { comment: '同意' });
      await eventually(async () => {
        const grant = await web.engine.http.get(`/api/instances/${id}`).set(await api('applicant')).expect(200);
        pwExpect(grant.body.state).toBe('granted.agreement');
      });
      await web.send('applicant', id, 'CONFIRM_AGREEMENT', {});
      await web.send('applicant', id, 'SUBMIT_REPORT', { kind: 'midterm', spent: 0, summary: '已开工' });

      await staff.reload();
      await staff.click('button[data-event=RETURN_REPORT]');
      const returning = staff.locator('.event-panel');
      // The report under review is named, not chosen; the reason is the decision-reason form's.
      const kind = returning.locator('#root_kind');
      await pwExpect(kind.isDisabled()).resolves.toBe(true);
      await pwExpect(kind.locator('option:checked').textContent()).resolves.toBe('中期报告');
      await returning.getByText('报告类型').first().waitFor();
      await pwExpect(returning.getByText('midterm').count()).resolves.toBe(0);
      await returning.locator('button[type=submit]').click();
      await returning.getByText('理由').first().waitFor();
      await web.shot(staff, 'return-report-needs-reason');
      await returning.locator('textarea').fill('缺少支出票据，请补充后重新提交');
      await returning.locator('button[type=submit]').click();
      await staff.locator('.timeline').getByText('退回报告').waitFor();
      await pwExpect((await web.engine.http.get(`/api/instances/${id}`).set(await api('staff')).expect(200)).body.view.reports.midterm.status).not.toBe('submitted');

      // In English, the same panel speaks English.
      await web.send('applicant', id, 'SUBMIT_REPORT', { kind: 'midterm', spent: 0, summary: '补充票据' });
      await staff.getByRole('button', { name: 'English' }).click();
      await staff.reload();
      await staff.click('button[data-event=ACCEPT_REPORT]');
      const accepting = staff.locator('.event-panel');
      await pwExpect(accepting.locator('#root_kind option:checked').textContent()).resolves.toBe('Mid-term report');
      await pwExpect(accepting.locator('label[for=root_kind]').textContent()).resolves.toMatch(/^Report/);
      await pwExpect(accepting.locator('label[for=root_comment]').textContent()).resolves.toMatch(/^Comment/);
      await web.shot(staff, 'accept-report-english');
      await accepting.locator('textarea').fill('Receipts complete');
      await accepting.locator('button[type=submit]').click();
      await staff.locator('.timeline').getByText('Accept the report').waitFor();
    }));
});
