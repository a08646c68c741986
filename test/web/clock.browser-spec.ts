import { ARTIFACTS, startWebHarness, type WebHarness } from './web-harness';

jest.setTimeout(120_000);

const MATERIALS = ['登记申请书', '公司章程', '法定代表人身份证明', '住所使用证明'];
// Made up for the demo, shaped like a Spring Festival week with a Saturday worked in exchange; not official.
const FESTIVAL_WEEK = ['2027-02-10', '2027-02-11', '2027-02-12', '2027-02-13', '2027-02-14', '2027-02-15', '2027-02-16'];
const SWAPPED_SATURDAY = '2027-02-20';

describe('time an admin moves, in Chromium', () => {
  let web: WebHarness;
  beforeAll(async () => {
    web = await startWebHarness({ manualClock: true });
  });
  afterAll(() => web?.close());

  it('enters the coming year’s holidays, then shows a green-channel deadline across them, paused in 补正 and breached', () =>
    web.story(async () => {
      const admin = await web.signIn('admin');
      await admin.goto('/console/calendar');
      const warning = admin.getByRole('alert').filter({ hasText: '2027' });
      await warning.waitFor();
      const [holidays, makeUp] = [admin.locator('textarea').nth(0), admin.locator('textarea').nth(1)];
      await holidays.fill(`${await holidays.inputValue()}\n${FESTIVAL_WEEK.join('\n')}`);
      await makeUp.fill(`${await makeUp.inputValue()}\n${SWAPPED_SATURDAY}`);
      await admin.getByRole('button', { name: '保存日历' }).click();
      await admin.getByRole('status').filter({ hasText: '已保存' }).waitFor();
      await warning.waitFor({ state: 'detached' });

      const token = async (username: string) => `Bearer ${await web.engine.tokenOf(username)}`;
      await web.engine.http.post('/api/admin/clock').set('Authorization', await token('admin')).send({ at: '2027-02-09T01:00:00.000Z' }).expect(201);
      const settings = (await web.engine.http.get('/api/registrations/settings').set('Authorization', await token('admin')).expect(200)).body;
      const { updatedAt: _at, updatedBy: _by, calendarCoverage: _coverage, ...editable } = settings;
      await web.engine.http.put('/api/registrations/settings').set('Authorization', await token('admin')).send({ ...editable, deadlineWorkingDays: 5 }).expect(200);
      await admin.reload();
      await admin.getByTestId('clock-now').filter({ hasText: '2027/2/9' }).waitFor();

      const filed = (
        await web.engine.http
          .post('/api/instances')
          .set('Authorization', await token('founder'))
          .send({
            workflow: 'enterprise-registration',
            data: {
              enterpriseName: '成都宜邻春节演示服务有限公司',
              founder: { name: '陈静' },
              addresses: [{ address: '成都市武侯区玉林南路8号附5号', kind: 'registered' }],
              businessScope: '社区居民服务',
              materials: MATERIALS.slice(0, 3),
            },
          })
          .expect(201)
      ).body;
      const founder = await web.signIn('founder');
      const daysLeft = async (text: string) => {
        await founder.goto(`/portal/items/${filed.id}`);
        await founder.getByTestId('days-left').filter({ hasText: text }).waitFor();
      };
      await daysLeft('剩余 5');

      const advance = async (days: number, shows: string) => {
        await admin.locator('input[name=days]').fill(String(days));
        await admin.getByRole('button', { name: '拨快时钟' }).click();
        await admin.getByTestId('clock-now').filter({ hasText: shows }).waitFor();
      };
      await advance(8, '2027/2/17');
      await web.send('staff', filed.id, 'NOTIFY_MISSING', { items: [MATERIALS[3]] });
      await daysLeft('补正期间暂停计时');
      await advance(10, '2027/2/27');
      await daysLeft('剩余 4');
      await web.send('founder', filed.id, 'SUPPLY_MATERIALS', { materials: [MATERIALS[3]] });
      await advance(6, '2027/3/5');
      await daysLeft('已超过承诺时限');
      await founder.screenshot({ path: `${ARTIFACTS}/clock-breach.png`, fullPage: true });
    }));
});
