import { Injectable } from '@nestjs/common';

import type { TimeInStateDto } from '@yilin/contracts';
import { WorkflowRegistry } from '@yilin/runtime';
import { DatabaseTransactions } from '@engine/database/database-transactions';

import { timeInStateOf } from './state-durations';

/** Where time goes in a workflow: read from the figures each transition adds to, never from history. */
@Injectable()
export class TimeInStateService {
  constructor(
    private readonly db: DatabaseTransactions,
    private readonly registry: WorkflowRegistry,
  ) {}

  async forWorkflow(key: string): Promise<TimeInStateDto[]> {
    this.registry.latest(key);
    return this.db.exclusive(() => timeInStateOf(this.db.dataSource.manager, key));
  }
}
