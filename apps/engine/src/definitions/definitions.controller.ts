import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import type {
  InstanceStatus,
  MigrationReportDto,
  MigrationRequest,
  WorkflowGraphDto,
  WorkflowSummaryDto,
} from '@yilin/contracts';
import { DefinitionMigrator, InstanceStore, WorkflowRegistry } from '@yilin/runtime';
import { Access } from '@engine/auth/access.decorator';
import { RequestSchemaPipe } from '@engine/common/validation/request-schema.pipe';

import { toWorkflowGraph, toWorkflowSummary } from './workflow-views';

const MIGRATION_SCHEMA = {
  type: 'object',
  required: ['fromVersion', 'toVersion'],
  additionalProperties: false,
  properties: {
    fromVersion: { type: 'integer', minimum: 1 },
    toVersion: { type: 'integer', minimum: 1 },
    dryRun: { type: 'boolean' },
  },
};

const VERSION_QUERY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: { version: { type: 'string', pattern: '^[1-9][0-9]{0,5}$' } },
};

@ApiTags('workflows')
@ApiBearerAuth()
@Controller('workflows')
export class DefinitionsController {
  constructor(
    private readonly registry: WorkflowRegistry,
    private readonly store: InstanceStore,
    private readonly migrator: DefinitionMigrator,
  ) {}

  @Get()
  @Access('signed-in')
  list(): WorkflowSummaryDto[] {
    return this.registry.latestOfEach().map((d) => toWorkflowSummary(d, this.registry.versionsOf(d.key)));
  }

  @Get(':key')
  @Access('signed-in')
  get(
    @Param('key') key: string,
    @Query(new RequestSchemaPipe(VERSION_QUERY_SCHEMA)) query: { version?: string },
  ): WorkflowGraphDto {
    const definition = query.version ? this.registry.get(key, Number(query.version)) : this.registry.latest(key);
    return toWorkflowGraph(definition, this.registry.versionsOf(key));
  }

  /** How many instances sit in each state: where the work piles up. */
  @Get(':key/stats')
  @Access(['admin', 'staff', 'supervisor'])
  async stats(@Param('key') key: string): Promise<Array<{ state: string; status: InstanceStatus; count: number }>> {
    this.registry.latest(key);
    return this.store.countByState(key);
  }

  /** Moves running instances to another version; with `dryRun` only reports which would not fit. */
  @Post(':key/migrations')
  @HttpCode(200)
  @Access(['admin'])
  migrate(
    @Param('key') key: string,
    @Body(new RequestSchemaPipe(MIGRATION_SCHEMA)) body: MigrationRequest,
  ): Promise<MigrationReportDto> {
    return this.migrator.run(key, body.fromVersion, body.toVersion, body.dryRun ?? true);
  }
}
