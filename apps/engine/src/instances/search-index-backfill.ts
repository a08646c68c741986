import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { MoreThan } from 'typeorm';

import { searchKeysOf, WorkflowRegistry } from '@yilin/runtime';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { RawTable } from '@engine/database/raw-table';

import { InstanceSearchTermEntity } from './entities/instance-search-term.entity';
import { WorkflowInstanceEntity } from './entities/workflow-instance.entity';
import { searchTermsOf } from './search-terms.util';

const PAGE = 500;

/**
 * Indexes the instances stored before search existed, once: at a start that finds instances and no search
 * terms at all. From then on every step writes its instance's terms in its own transaction.
 */
@Injectable()
export class SearchIndexBackfill implements OnApplicationBootstrap {
  private readonly logger = new Logger(SearchIndexBackfill.name);

  constructor(
    private readonly db: DatabaseTransactions,
    private readonly registry: WorkflowRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const m = this.db.dataSource.manager;
    if (await this.db.exclusive(() => m.exists(InstanceSearchTermEntity))) return;
    const table = new RawTable(this.db.dataSource, InstanceSearchTermEntity);
    let indexed = 0;
    for (let after = ''; ; ) {
      const rows = await this.db.exclusive(() => m.find(WorkflowInstanceEntity, {
        select: { id: true, workflow: true, version: true, snapshot: true },
        where: { id: MoreThan(after) },
        order: { id: 'ASC' },
        take: PAGE,
      }));
      if (!rows.length) break;
      const terms = rows.flatMap((row) => {
        const definition = this.registry.find(row.workflow, row.version);
        return definition
          ? searchTermsOf(searchKeysOf(definition, row.snapshot)).map((term) => ({ term, instanceId: row.id }))
          : [];
      });
      if (terms.length) await this.db.run((tx) => table.insert(tx, terms));
      indexed += rows.length;
      after = rows[rows.length - 1].id;
    }
    if (indexed) this.logger.log(`Indexed ${indexed} instances for search by business key`);
  }
}
