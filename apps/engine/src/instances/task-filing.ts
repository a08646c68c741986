import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { IsNull } from 'typeorm';

import type { InstanceStatus } from '@yilin/contracts';
import { taskAudiencesOf, WorkflowRegistry } from '@yilin/runtime';
import { DatabaseTransactions } from '@engine/database/database-transactions';

import { InstanceTaskEntity } from './entities/instance-task.entity';
import { WorkflowInstanceEntity } from './entities/workflow-instance.entity';

const BATCH = 500;

/**
 * Files active instances that were stored before task lists were kept (or written around the store) under
 * who may act on them, when the engine starts: every step files its instance from then on.
 */
@Injectable()
export class TaskFiling implements OnApplicationBootstrap {
  private readonly logger = new Logger(TaskFiling.name);

  constructor(
    private readonly db: DatabaseTransactions,
    private readonly registry: WorkflowRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const filed = await this.fileUnfiled();
    if (filed) this.logger.log(`Filed ${filed} active instances under who may act on them`);
  }

  /** Files every active instance whose task audiences were never worked out; how many it filed. */
  async fileUnfiled(): Promise<number> {
    let filed = 0;
    let after = '';
    for (;;) {
      const batch = await this.db.run(async (m) => {
        const rows = await m
          .createQueryBuilder(WorkflowInstanceEntity, 'i')
          .select(['i.id', 'i.workflow', 'i.version', 'i.snapshot', 'i.status', 'i.ownerId', 'i.participants'])
          .where({ status: 'active', taskAudiences: IsNull() })
          .andWhere('i.id > :after', { after })
          .orderBy('i.id', 'ASC')
          .limit(BATCH)
          .getMany();
        const runner = m.queryRunner;
        if (!runner) throw new Error('Tasks are filed inside a transaction');
        const tasks: InstanceTaskEntity[] = [];
        for (const row of rows) {
          const definition = this.registry.find(row.workflow, row.version);
          const audiences = definition
            ? taskAudiencesOf(definition, { ...row, status: row.status as InstanceStatus, participants: row.participants ?? [] })
            : [];
          // Only where no step filed it meanwhile: a step's own filing is newer.
          const updated = await runner.query(
            `UPDATE workflow_instances SET task_audiences = ? WHERE id = ? AND task_audiences IS NULL`,
            [JSON.stringify(audiences), row.id],
            true,
          );
          if (!Number(updated.affected ?? 0)) continue;
          tasks.push(...audiences.map((audience) => Object.assign(new InstanceTaskEntity(), { audience, instanceId: row.id, workflow: row.workflow })));
        }
        if (tasks.length) await m.insert(InstanceTaskEntity, tasks);
        return rows.map((row) => row.id);
      });
      filed += batch.length;
      if (batch.length < BATCH) return filed;
      after = batch[batch.length - 1];
    }
  }
}
