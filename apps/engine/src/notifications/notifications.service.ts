import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';

import type { EventActor, NotificationPageDto, NotifyParams, Role } from '@yilin/contracts';
import { type InstanceRecord, InstanceStore, type OutboxRecord, OutboxProcessor, WorkflowRuntime } from '@yilin/runtime';
import type { SessionUser } from '@engine/auth/session-user';
import { AskedTogether } from '@engine/database/asked-together';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { addToCounter } from '@engine/database/counter.util';
import { newestByTime, timePage } from '@engine/database/keyset.util';
import { partialRow } from '@engine/database/partial-row.util';
import { UserEntity } from '@engine/users/user.entity';

import { NotificationEntity } from './notification.entity';
import { NotificationCountEntity, NotificationReadEntity } from './notification-count.entity';

/** Deliveries written in one transaction at most: each is a notice per recipient, a few rows. */
const NOTICES_WRITTEN_TOGETHER = 100;

/** Turns `notify` effects into notices people read in their list, each cut to what its recipient may read. */
@Injectable()
export class NotificationsService implements OnModuleInit {
  /**
   * Notices delivered while others are being written go together: a burst of timers raises thousands,
   * and each would otherwise be a transaction of its own, all counting on the same recipients' rows.
   */
  private readonly noticesWritten = AskedTogether.writes<NotificationEntity[]>(
    (deliveries) => this.writeNotices(deliveries.flat()),
    NOTICES_WRITTEN_TOGETHER,
  );

  constructor(
    private readonly db: DatabaseTransactions,
    private readonly store: InstanceStore,
    private readonly outbox: OutboxProcessor,
    private readonly runtime: WorkflowRuntime,
  ) {}

  onModuleInit(): void {
    this.outbox.register<NotifyParams>('notify', (message, params) => this.deliver(message, params));
  }

  async deliver(message: OutboxRecord, params: NotifyParams): Promise<void> {
    const instance = await this.store.findInstance(message.instanceId);
    const recipients = new Set<string>([
      ...(params.to.userIds ?? []).map((id) => `user:${id}`),
      ...(params.to.roles ?? []).map((role) => `role:${role}`),
      ...(params.to.owner && instance ? [`user:${instance.ownerId}`] : []),
    ]);
    if (!recipients.size) return;
    const actors = await this.recipientActors([...recipients]);
    const rows: NotificationEntity[] = [];
    for (const [index, recipient] of [...recipients].entries()) {
      rows.push({
        id: `${message.id}:${index}`,
        recipient,
        instanceId: message.instanceId,
        workflow: instance?.workflow ?? '',
        template: params.template,
        data: await this.dataFor(instance, params, actors.get(recipient)),
        createdAt: message.createdAt,
      });
    }
    await this.noticesWritten.ask(rows);
  }

  /** Writes the notices not written before (a message may be delivered twice) and counts them for their recipients. */
  private writeNotices(rows: NotificationEntity[]): Promise<void> {
    return this.db.run(async (m) => {
      const unique = [...new Map(rows.map((row) => [row.id, row])).values()];
      const delivered = await m.find(NotificationEntity, { select: { id: true }, where: { id: In(unique.map((r) => r.id)) } });
      const written = new Set(delivered.map((row) => row.id));
      const fresh = unique.filter((row) => !written.has(row.id));
      if (!fresh.length) return;
      await m.insert(NotificationEntity, fresh.map(partialRow<NotificationEntity>));
      const counts = new Map<string, number>();
      for (const { recipient } of fresh) counts.set(recipient, (counts.get(recipient) ?? 0) + 1);
      for (const [recipient, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
        await addToCounter(m, NotificationCountEntity, { recipient }, 'delivered', count);
      }
    });
  }

  /**
   * What a notice tells one recipient: the values people typed pass the recipient's view of the instance, as
   * its workflow's forms disclose them; a recipient no longer known reads only the engine's own facts. Without
   * its instance or workflow nothing says which values were typed, so the notice carries none of them.
   */
  private async dataFor(instance: InstanceRecord | null, params: NotifyParams, actor: EventActor | undefined): Promise<Record<string, unknown>> {
    const reader = actor ?? { id: 'unknown', username: 'unknown', roles: [] };
    return (await this.runtime.noticeDataFor(instance, params.template, params.data ?? {}, reader)) ?? {};
  }

  /** Each recipient as the reader a view is cut for: a user with their roles, or any holder of a role. */
  private async recipientActors(recipients: string[]): Promise<Map<string, EventActor>> {
    const actors = new Map<string, EventActor>();
    const userIds = recipients.filter((r) => r.startsWith('user:')).map((r) => r.slice('user:'.length));
    const users = userIds.length
      ? await this.db.exclusive(() =>
          this.db.dataSource.manager.find(UserEntity, { select: { id: true, username: true, roles: true }, where: { id: In(userIds) } }),
        )
      : [];
    for (const user of users) actors.set(`user:${user.id}`, { id: user.id, username: user.username, roles: user.roles as Role[] });
    for (const recipient of recipients.filter((r) => r.startsWith('role:'))) {
      const role = recipient.slice('role:'.length) as Role;
      actors.set(recipient, { id: recipient, username: recipient, roles: [role] });
    }
    return actors;
  }

  /**
   * A page of the notices sent to the user or to one of their roles, newest first, and how many they
   * have not read. Each recipient's notices are read on their own index from the cursor on and the
   * newest of them make the page; the unread count comes from counters kept as notices arrive.
   */
  async listFor(user: SessionUser, page: { cursor?: string; limit: number }): Promise<NotificationPageDto> {
    const recipients = recipientsOf(user);
    const { rows, delivered, seen } = await this.db.exclusive(async () => {
      const m = this.db.dataSource.manager;
      const rows: NotificationEntity[] = [];
      for (const recipient of recipients) {
        const qb = m.createQueryBuilder(NotificationEntity, 'n').where('n.recipient = :recipient', { recipient });
        rows.push(...(await newestByTime(qb, { time: 'n.createdAt', id: 'n.id' }, page).getMany()));
      }
      const delivered = await m.find(NotificationCountEntity, { where: { recipient: In(recipients) } });
      const seen = await m.find(NotificationReadEntity, { where: { userId: user.id } });
      return { rows, delivered, seen };
    });
    rows.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
    const { rows: shown, nextCursor } = timePage(rows, page.limit, (row) => ({ at: row.createdAt, id: row.id }));
    const seenOf = new Map(seen.map((read) => [read.recipient, read.seen]));
    const unread = delivered.reduce((sum, count) => sum + Math.max(0, count.delivered - (seenOf.get(count.recipient) ?? 0)), 0);
    return {
      items: shown.map((row) => ({
        id: row.id,
        instanceId: row.instanceId,
        workflow: row.workflow,
        template: row.template,
        data: row.data,
        createdAt: row.createdAt.toISOString(),
      })),
      nextCursor,
      unread,
    };
  }

  /** Marks every notice sent so far to the user or their roles as read. */
  async markAllRead(user: SessionUser): Promise<void> {
    await this.db.run(async (m) => {
      const counts = await m.find(NotificationCountEntity, { where: { recipient: In(recipientsOf(user)) } });
      for (const { recipient, delivered } of counts) {
        await m.upsert(NotificationReadEntity, { userId: user.id, recipient, seen: delivered }, ['userId', 'recipient']);
      }
    });
  }
}

const recipientsOf = (user: SessionUser) => [`user:${user.id}`, ...user.roles.map((role) => `role:${role}`)];
