import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import type {
  InstanceStatus,
  MigrationReportDto,
  MigrationRequest,
  WorkflowGraphDto,
  WorkflowSummaryDto,
} from '@yilin/contracts';
import { DefinitionMigrator, InstanceStore, WorkflowRegistry } from '@yilin/runtime';
import { Type } from 'typebox';
import { MigrationReportSchema, MigrationRequestSchema, StateCountSchema, WorkflowGraphSchema, WorkflowSummarySchema, WorkflowVersionQuerySchema } from '@yilin/contracts/schemas';
import { Operation } from '@engine/common/openapi/operation.decorator';
import { Access } from '@engine/auth/access.decorator';

import { toWorkflowGraph, toWorkflowSummary } from './workflow-views';

@ApiTags('workflows')
@Controller('workflows')
export class DefinitionsController {
  constructor(
    private readonly registry: WorkflowRegistry,
    private readonly store: InstanceStore,
    private readonly migrator: DefinitionMigrator,
  ) {}

  @Operation({ summary: 'Every workflow at its latest version: states and events', response: Type.Array(WorkflowSummarySchema) })
  @Get()
  @Access('signed-in')
  list(): WorkflowSummaryDto[] {
    return this.registry.latestOfEach().map((d) => toWorkflowSummary(d, this.registry.versionsOf(d.key)));
  }

  @Operation({
    summary: "A workflow's states, events and graph (the latest version, or `version`)",
    query: WorkflowVersionQuerySchema, response: WorkflowGraphSchema,
  })
  @Get(':key')
  @Access('signed-in')
  get(
    @Param('key') key: string,
    @Query() query: { version?: string },
  ): WorkflowGraphDto {
    const definition = query.version ? this.registry.get(key, Number(query.version)) : this.registry.latest(key);
    return toWorkflowGraph(definition, this.registry.versionsOf(key));
  }

  /** How many instances sit in each state: where the work piles up. */
  @Operation({ summary: 'How many instances sit in each state: where the work piles up', response: Type.Array(StateCountSchema) })
  @Get(':key/stats')
  @Access(['admin', 'staff', 'supervisor'])
  async stats(@Param('key') key: string): Promise<Array<{ state: string; status: InstanceStatus; count: number }>> {
    this.registry.latest(key);
    return this.store.countByState(key);
  }

  /** Moves running instances to another version; with `dryRun` only reports which would not fit. */
  @Operation({
    summary: 'Move running instances to another version; with `dryRun` only report which would not fit',
    body: MigrationRequestSchema, response: MigrationReportSchema,
  })
  @Post(':key/migrations')
  @HttpCode(200)
  @Access(['admin'])
  migrate(
    @Param('key') key: string,
    @Body() body: MigrationRequest,
  ): Promise<MigrationReportDto> {
    return this.migrator.run(key, body.fromVersion, body.toVersion, body.dryRun ?? true);
  }
}
