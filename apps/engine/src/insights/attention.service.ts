import { Inject, Injectable } from '@nestjs/common';
import { In, LessThan } from 'typeorm';

import type { AttentionDto, OverdueTimerDto, StuckInstanceDto } from '@yilin/contracts';
import { type Clock, InstanceStore } from '@yilin/runtime';
import { CLOCK } from '@engine/config/engine-config';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { WorkflowInstanceEntity } from '@engine/instances/entities/workflow-instance.entity';

const DAY = 86_400_000;
const LIMIT = 200;

/** What needs someone's attention: deadlines that passed without their timer firing, and work that stopped moving. */
@Injectable()
export class AttentionService {
  constructor(
    private readonly db: DatabaseTransactions,
    private readonly store: InstanceStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async attention(stuckDays: number): Promise<AttentionDto> {
    const now = this.clock.now();
    const [overdueTimers, stuckInstances] = [await this.overdueTimers(now), await this.stuckInstances(now, stuckDays)];
    return { stuckDays, overdueTimers, stuckInstances };
  }

  private async overdueTimers(now: Date): Promise<OverdueTimerDto[]> {
    const timers = await this.store.listPendingTimers({ dueBefore: now, limit: LIMIT });
    const instances = await this.instances(timers.map((timer) => timer.instanceId));
    return timers.map((timer) => ({
      timerId: timer.id,
      name: timer.name,
      dueAt: timer.dueAt.toISOString(),
      instanceId: timer.instanceId,
      workflow: instances.get(timer.instanceId)?.workflow ?? '',
      state: instances.get(timer.instanceId)?.state ?? '',
    }));
  }

  private async stuckInstances(now: Date, stuckDays: number): Promise<StuckInstanceDto[]> {
    const rows = await this.db.exclusive(() =>
      this.db.dataSource.manager.find(WorkflowInstanceEntity, {
        select: { id: true, workflow: true, state: true, updatedAt: true },
        where: { status: 'active', updatedAt: LessThan(new Date(now.getTime() - stuckDays * DAY)) },
        order: { updatedAt: 'ASC' },
        take: LIMIT,
      }),
    );
    return rows.map((row) => ({
      instanceId: row.id,
      workflow: row.workflow,
      state: row.state,
      updatedAt: row.updatedAt.toISOString(),
      idleDays: Math.floor((now.getTime() - row.updatedAt.getTime()) / DAY),
    }));
  }

  private async instances(ids: readonly string[]): Promise<Map<string, { workflow: string; state: string }>> {
    if (!ids.length) return new Map();
    const rows = await this.db.exclusive(() =>
      this.db.dataSource.manager.find(WorkflowInstanceEntity, {
        select: { id: true, workflow: true, state: true },
        where: { id: In([...new Set(ids)]) },
      }),
    );
    return new Map(rows.map((row) => [row.id, { workflow: row.workflow, state: row.state }]));
  }
}
