import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { engineOnStack } from '@test/support/test-engine';

const withBull = ENGINE_STACKS.filter((stack) => stack.name.includes('Bull'));
const withoutBull = ENGINE_STACKS.filter((stack) => !stack.name.includes('Bull'));

// A stack list can be empty (no REDIS_URL on a newcomer's machine); jest refuses describe.each([]).
withBull.forEach((stack) =>
  describe(`the queue dashboard (bull-board) on ${stack.name}`, () => {
    const block = engineOnStack(stack);
    const { auth } = block;

    it('is closed to visitors and to every role but admin', async () => {
      const anonymous = await block.engine.http.get('/api/admin/queues').expect(401);
      expect(anonymous.body).toMatchObject({ statusCode: 401, error: 'Unauthorized', message: expect.any(String) });
      await block.engine.http.get('/api/admin/queues/api/queues').expect(401);
      await block.engine.http.get('/api/admin/queues').set('Cookie', 'yilin_queues=forged.token.value').expect(401);
      for (const username of ['staff', 'supervisor', 'applicant']) {
        await block.engine.http
          .get('/api/admin/queues')
          .set(await auth(username))
          .expect(403);
        await block.engine.http
          .post('/api/admin/queue-dashboard/session')
          .set(await auth(username))
          .expect(403);
      }
    });

    it('opens for an admin through a strict, http-only cookie scoped to the dashboard, and shows both queues', async () => {
      const session = await block.engine.http
        .post('/api/admin/queue-dashboard/session')
        .set(await auth('admin'))
        .expect(200);
      expect(session.body).toEqual({ url: '/api/admin/queues' });
      const cookie = String(session.headers['set-cookie']);
      expect(cookie).toMatch(/^yilin_queues=[^;]+;/);
      expect(cookie).toContain('Path=/api/admin/queues');
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Strict');
      expect(cookie).toContain('Max-Age=3600');
      const jar = cookie.split(';')[0];

      const page = await block.engine.http.get('/api/admin/queues').set('Cookie', jar).expect(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.text).toContain('__UI_CONFIG__');
      const queues = await block.engine.http.get('/api/admin/queues/api/queues').set('Cookie', jar).expect(200);
      expect(queues.body.queues.map((queue: { name: string }) => queue.name).sort()).toEqual(['outbox', 'timers']);
    });
  }),
);

withoutBull.forEach((stack) =>
  describe(`the queue dashboard on ${stack.name}`, () => {
    const block = engineOnStack(stack);

    it("does not exist without Bull: the console's own failed-jobs view is the one there is", async () => {
      const admin = await block.auth('admin');
      await block.engine.http.post('/api/admin/queue-dashboard/session').set(admin).expect(404);
      await block.engine.http.get('/api/admin/queues').set(admin).expect(404);
    });
  }),
);
