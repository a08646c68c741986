import { startWebHarness, type WebHarness } from './web-harness';

jest.setTimeout(120_000);

const REVIEW_COMMENT = '评审意见：预算中人工费偏高';
const VOTE_COMMENT = '表决意见：建议分期拨付';

// The applicant's page is built from the view the engine projects for them: no reviewer's comment, no
// individual vote, nobody's name where a role will do. Staff read all of it, in words.
describe('what an applicant and staff read of one grant in Chromium', () => {
  let web: WebHarness;
  beforeAll(async () => {
    web = await startWebHarness();
  });
  afterAll(() => web?.close());

  it('shows the applicant scores and the tally, never a comment or a vote; staff see both', () =>
    web.story(async () => {
      const auth = async (username: string) => ({ Authorization: `Bearer ${await web.engine.tokenOf(username)}` });
      const http = web.engine.http;
      const users = (await http.get('/api/users').set(await auth('admin')).expect(200)).body as Array<{ username: string; id: string }>;
      const idOf = (username: string) => users.find((user) => user.username === username)?.id ?? '';
      const programmes = (await http.get('/api/programmes').set(await auth('admin')).expect(200)).body as Array<{
        id: string;
        title: { zh: string };
        open: boolean;
        smallAmountLimit: number;
        maxAmount: number;
      }>;
      const programme = programmes.find((p) => p.open && p.maxAmount > p.smallAmountLimit + 100)!;
      const started = await http
        .post('/api/instances')
        .set(await auth('applicant'))
        .send({ workflow: 'grant-approval', data: { programmeId: programme.id, title: '玉林社区共享书屋', organisation: '黉门街社区居委会', amount: programme.smallAmountLimit + 100 } })
        .expect(201);
      const id = started.body.id as string;
      const send = async (username: string, type: string, data: Record<string, unknown> = {}) =>
        http.post(`/api/instances/${id}/events`).set(await auth(username)).send({ type, data }).expect(200);
      await send('applicant', 'SUBMIT');
      await send('staff', 'ACCEPT', { reviewerIds: [idOf('reviewer'), idOf('reviewer2')] });
      await send('reviewer', 'SCORE', { score: 83, comment: REVIEW_COMMENT });
      await send('reviewer2', 'SCORE', { score: 76, comment: '可行' });
      await send('council1', 'VOTE', { choice: 'approve', comment: VOTE_COMMENT });
      await send('council2', 'VOTE', { choice: 'reject' });

      const applicant = await web.signIn('applicant');
      await applicant.goto(`/portal/items/${id}`);
      await applicant.getByTestId('quorum').waitFor();
      await applicant.locator('details').first().evaluate((details) => details.setAttribute('open', ''));
      await applicant.getByTestId('review-scores').waitFor();
      await web.shot(applicant, 'applicant-grant-view');
      const seenByApplicant = await applicant.locator('main').innerText();
      expect(seenByApplicant).toContain('83');
      expect(seenByApplicant).toMatch(/同意\s*1.*反对\s*1/s);
      for (const hidden of [REVIEW_COMMENT, VOTE_COMMENT, '评审专家 周涛', '理事 张伟', '理事 孙丽']) expect(seenByApplicant).not.toContain(hidden);
      await expect(applicant.getByTestId('council-votes').count()).resolves.toBe(0);

      const staff = await web.signIn('staff');
      await staff.goto(`/console/instances/${id}`);
      await staff.getByTestId('council-votes').waitFor();
      await staff.getByTestId('review-scores').waitFor();
      await web.shot(staff, 'staff-grant-view');
      const seenByStaff = await staff.locator('main').innerText();
      for (const shown of [REVIEW_COMMENT, VOTE_COMMENT, '评审专家 周涛', '理事 张伟']) expect(seenByStaff).toContain(shown);
      // The application in words: the programme by its title, never its id.
      expect(seenByStaff).toContain(programme.title.zh);
      expect(seenByStaff).not.toContain(programme.id);
      expect(seenByStaff).not.toContain('programmeId');

      // The timeline tells each step in the words of the form it was validated against: labels, 元, options.
      const timeline = staff.locator('.timeline');
      for (const label of ['项目名称', '总分（0–100）', '表决意见']) await timeline.getByText(label).first().waitFor();
      await timeline.locator('.timeline-item', { hasText: '受理并指派评审' }).locator('dd', { hasText: '吴芳' }).waitFor();
      await timeline.scrollIntoViewIfNeeded();
      await web.shot(staff, 'staff-grant-timeline');
      const steps = await timeline.locator('.timeline-item').allInnerTexts();
      const step = (words: string) => steps.find((text) => text.includes(words)) ?? '';
      const amount = programme.smallAmountLimit + 100;
      const yuan = `¥${Math.floor(amount / 100).toLocaleString('en-US')}.${String(amount % 100).padStart(2, '0')}`;
      expect(step('项目名称')).toMatch(/项目名称\s*玉林社区共享书屋/);
      expect(step('项目名称')).toMatch(new RegExp(`申请金额（元）\\s*${yuan.replace(/[$.]/g, '\\$&')}`));
      expect(step('项目名称')).toContain(programme.title.zh);
      expect(step(REVIEW_COMMENT)).toMatch(/总分（0–100）\s*83/);
      expect(step(REVIEW_COMMENT)).toContain('评审意见');
      expect(step(VOTE_COMMENT)).toMatch(/表决意见\s*同意/);
      // The reviewers an acceptance assigned, by name, never by id.
      expect(step('受理并指派评审')).toMatch(/评审专家\s*评审专家 周涛、评审专家 吴芳/);
      expect(steps.join('\n')).not.toContain(idOf('reviewer'));
      expect(steps.join('\n')).not.toMatch(/\b(approve|reject|score|comment|amount|title)\b/);
    }));
});
