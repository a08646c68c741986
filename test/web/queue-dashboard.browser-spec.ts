import { startWebHarness, type WebHarness } from './web-harness';

const redisUrl = process.env.REDIS_URL;
const describeWithRedis = redisUrl ? describe : describe.skip;

jest.setTimeout(60_000);

describeWithRedis('the queue dashboard in Chromium (Bull on Redis)', () => {
  let web: WebHarness;
  beforeAll(async () => {
    web = await startWebHarness({ redisUrl });
  });
  afterAll(() => web?.close());

  it('opens from the console for an admin, and stays shut to anyone else', () =>
    web.story(async () => {
      const admin = await web.signIn('admin');
      await admin.goto('/console/jobs');
      await admin.getByTestId('queue-dashboard').click();
      await admin.waitForURL('**/api/admin/queues');
      await admin.getByText('outbox').first().waitFor();
      await admin.getByText('timers').first().waitFor();
      // The overview fills in from the dashboard's own API, which the same cookie opens.
      await admin.getByText('加载中').waitFor({ state: 'hidden' });
      await admin.getByText('outbox').first().click();
      await admin.waitForURL('**/api/admin/queues/queue/outbox**');
      await admin.getByText('加载中').waitFor({ state: 'hidden' });
      await web.shot(admin, 'queue-dashboard');

      const staff = await web.signIn('staff');
      const refused = await staff.goto('/api/admin/queues');
      expect(refused?.status()).toBe(401);
    }));
});
