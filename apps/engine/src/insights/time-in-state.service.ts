import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';

import type { TimeInStateDto } from '@yilin/contracts';
import { WorkflowRegistry } from '@yilin/runtime';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { AuditEntryEntity } from '@engine/instances/entities/audit-entry.entity';
import { WorkflowInstanceEntity } from '@engine/instances/entities/workflow-instance.entity';

import { timeInState } from './time-in-state.util';

/** Enough recent history to show where time goes without reading a workflow's whole past. */
const RECENT_INSTANCES = 500;

@Injectable()
export class TimeInStateService {
  constructor(
    private readonly db: DatabaseTransactions,
    private readonly registry: WorkflowRegistry,
  ) {}

  async forWorkflow(key: string): Promise<TimeInStateDto[]> {
    this.registry.latest(key);
    const entries = await this.db.exclusive(async () => {
      const manager = this.db.dataSource.manager;
      const recent = await manager.find(WorkflowInstanceEntity, {
        select: { id: true },
        where: { workflow: key },
        order: { id: 'DESC' },
        take: RECENT_INSTANCES,
      });
      if (!recent.length) return [];
      return manager.find(AuditEntryEntity, {
        select: { instanceId: true, revision: true, toState: true, at: true },
        where: { instanceId: In(recent.map((row) => row.id)) },
      });
    });
    return timeInState(entries);
  }
}
