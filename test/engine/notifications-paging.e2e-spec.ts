import type { NotificationDto, NotificationPageDto, Role } from '@yilin/contracts';
import { ulid } from '@yilin/runtime';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { NotificationsService } from '@engine/notifications/notifications.service';
import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { engineOnStack } from '@test/support/test-engine';

describe.each(ENGINE_STACKS)('notifications page by page on $name', (stack) => {
  const block = engineOnStack(stack);

  const notify = (to: { userIds?: string[]; roles?: Role[] }, at: Date, id = ulid(at.getTime()), data?: Record<string, unknown>) => {
    const params = { template: 'ticket.assigned', to, ...(data ? { data } : {}) };
    return block.engine.app.get(NotificationsService).deliver(
      {
        id,
        instanceId: ulid(),
        type: 'notify',
        payload: params,
        status: 'pending',
        attempts: 0,
        lastError: null,
        createdAt: at,
        updatedAt: at,
      },
      params,
    );
  };
  const page = async (query = ''): Promise<NotificationPageDto> =>
    (await block.engine.http.get(`/api/notifications${query}`).set(await block.auth('staff')).expect(200)).body;

  it('pages the notices for a person and their role newest first, without duplicates or gaps, counting the unread', async () => {
    const login = await block.engine.http.post('/api/auth/login').send({ username: 'staff', password: 'yilin-demo' }).expect(200);
    const staffId = login.body.user.id as string;
    const unreadBefore = (await page()).unread;
    const moments = [new Date('2026-05-01T08:00:00Z'), new Date('2026-05-02T08:00:00Z'), new Date('2026-05-03T08:00:00Z')];
    for (let i = 0; i < 7; i++) await notify({ userIds: [staffId], roles: ['staff'] }, moments[i % 3]);
    for (let i = 0; i < 3; i++) await notify({ roles: ['admin'] }, moments[i]);
    await notify({ roles: ['staff'] }, moments[1]);

    const paged: NotificationDto[] = [];
    let cursor: string | null = null;
    do {
      const next = await page(`?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(next.items.length).toBeLessThanOrEqual(3);
      paged.push(...next.items);
      cursor = next.nextCursor;
    } while (cursor);
    const whole = await page('?limit=200');
    expect(paged.map((n) => n.id)).toEqual(whole.items.map((n) => n.id));
    expect(new Set(paged.map((n) => n.id)).size).toBe(paged.length);
    expect(paged.filter((n) => n.createdAt.startsWith('2026-05'))).toHaveLength(15);
    const times = paged.map((n) => n.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(whole.unread).toBe(unreadBefore + 15);

    await block.engine.http.post('/api/notifications/read').set(await block.auth('staff')).expect(204);
    expect((await page()).unread).toBe(0);
    await notify({ userIds: [staffId], roles: ['staff'] }, new Date('2026-05-04T08:00:00Z'));
    expect((await page()).unread).toBe(2);
    await block.engine.http.get('/api/notifications?cursor=%25%25').set(await block.auth('staff')).expect(400);
  });

  it('writes notices delivered at the same time together, each once, and counts each once', async () => {
    const unreadBefore = (await page()).unread;
    const units = () => block.engine.app.get(DatabaseTransactions).stats.units;
    const unitsBefore = units();
    const at = new Date('2026-06-01T08:00:00Z');
    const ids = Array.from({ length: 30 }, () => ulid(at.getTime()));

    // The last message is delivered twice, as when its queue job and the sweeper both pick it up.
    await Promise.all([...ids, ids[29]].map((id) => notify({ roles: ['staff'] }, at, id)));

    const june = (await page('?limit=200')).items.filter((n) => n.createdAt.startsWith('2026-06'));
    expect(june.map((n) => n.id).sort()).toEqual(ids.map((id) => `${id}:0`).sort());
    expect((await page()).unread).toBe(unreadBefore + 30);
    // One transaction for the first delivery, then the others together (one each: 31).
    expect(units() - unitsBefore).toBeLessThan(10);
  });

  it('passes on nothing a person typed when the notice has no instance to be cut by', async () => {
    const at = new Date('2026-07-01T08:00:00Z');
    await notify({ roles: ['staff'] }, at, ulid(at.getTime()), { applicantName: '张三', phone: '13800000000' });

    const july = (await page('?limit=200')).items.filter((n) => n.createdAt.startsWith('2026-07'));
    expect(july.map((n) => n.data)).toEqual([{}]);
  });
});
