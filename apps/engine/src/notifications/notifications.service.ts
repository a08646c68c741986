import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';

import type { NotificationDto, NotifyParams } from '@yilin/contracts';
import { InstanceStore, type OutboxRecord, OutboxProcessor } from '@yilin/runtime';
import type { SessionUser } from '@engine/auth/session-user';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { partialRow } from '@engine/database/partial-row.util';

import { NotificationEntity } from './notification.entity';


/** Turns `notify` effects into notices people read in their list. */
@Injectable()
export class NotificationsService implements OnModuleInit {
  constructor(
    private readonly db: DatabaseTransactions,
    private readonly store: InstanceStore,
    private readonly outbox: OutboxProcessor,
  ) {}

  onModuleInit(): void {
    this.outbox.register('notify', (message) => this.deliver(message));
  }

  async deliver(message: OutboxRecord): Promise<void> {
    const params = message.payload as unknown as NotifyParams;
    const instance = await this.store.findInstance(message.instanceId);
    const recipients = new Set<string>([
      ...(params.to.userIds ?? []).map((id) => `user:${id}`),
      ...(params.to.roles ?? []).map((role) => `role:${role}`),
      ...(params.to.owner && instance ? [`user:${instance.ownerId}`] : []),
    ]);
    const rows = [...recipients].map((recipient, index) => ({
      id: `${message.id}:${index}`,
      recipient,
      instanceId: message.instanceId,
      workflow: instance?.workflow ?? '',
      template: params.template,
      data: params.data ?? {},
      createdAt: message.createdAt,
    }));
    if (!rows.length) return;
    await this.db.run(async (m) => {
      const delivered = await m.find(NotificationEntity, { select: { id: true }, where: { id: In(rows.map((r) => r.id)) } });
      const fresh = rows.filter((row) => !delivered.some((d) => d.id === row.id));
      if (fresh.length) await m.insert(NotificationEntity, fresh.map(partialRow<NotificationEntity>));
    });
  }

  async listFor(user: SessionUser, limit = 50): Promise<NotificationDto[]> {
    const recipients = [`user:${user.id}`, ...user.roles.map((role) => `role:${role}`)];
    const rows = await this.db.exclusive(() =>
      this.db.dataSource.manager.find(NotificationEntity, {
        where: { recipient: In(recipients) },
        order: { createdAt: 'DESC', id: 'DESC' },
        take: limit,
      }),
    );
    return rows.map((row) => ({
      id: row.id,
      instanceId: row.instanceId,
      workflow: row.workflow,
      template: row.template,
      data: row.data,
      createdAt: row.createdAt.toISOString(),
    }));
  }
}
