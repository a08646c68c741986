import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';

import type {
  AuditEntryDto,
  CreateInstanceRequest,
  InstanceDto,
  InstancePageDto,
  InstanceStatus,
  SendEventRequest,
} from '@yilin/contracts';
import { WorkflowRuntime } from '@yilin/runtime';
import { Access } from '@engine/auth/access.decorator';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';
import { RequestSchemaPipe } from '@engine/common/validation/request-schema.pipe';

import { IdempotencyKey } from '@engine/common/validation/idempotency-key.decorator';
import { AttachmentsService } from '@engine/forms/attachments/attachments.service';

import { type InstanceExport, instanceHistoryCsv } from './instance-export';
import { StartPreparations } from './start-preparations';
import { CREATE_INSTANCE_SCHEMA, LIST_INSTANCES_SCHEMA, SEND_EVENT_SCHEMA } from './instances.schemas';

interface ListInstancesQuery {
  workflow?: string;
  state?: string;
  status?: InstanceStatus;
  /** Part of a business key: a project title, an organisation, an enterprise name, a registration number, a tracking code. */
  q?: string;
  limit?: number;
  cursor?: string;
}

@ApiTags('instances')
@ApiBearerAuth()
@Controller('instances')
export class InstancesController {
  constructor(
    private readonly runtime: WorkflowRuntime,
    private readonly preparations: StartPreparations,
    private readonly attachments: AttachmentsService,
  ) {}

  @Post()
  @Access('signed-in')
  @ApiOperation({ summary: 'Start an instance of a workflow' })
  @ApiBody({ schema: CREATE_INSTANCE_SCHEMA })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A retry with the same key returns the first result',
  })
  async start(
    @CurrentUser() user: SessionUser,
    @Body(new RequestSchemaPipe(CREATE_INSTANCE_SCHEMA)) body: CreateInstanceRequest,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<InstanceDto> {
    const data = body.data ?? {};
    const injected = await this.preparations.prepare(body.workflow, data, user);
    const started = await this.runtime.start({ workflow: body.workflow, data, injected, actor: user, idempotencyKey });
    // Files uploaded with the start form go to the instance that names them.
    await this.attachments.attachTo(started.id, user, data);
    return started;
  }

  @Get()
  @Access('signed-in')
  @ApiOperation({
    summary: 'Instances the caller may see, newest first',
    description:
      '`q` finds instances by any part of a business key (project title, applicant organisation, enterprise name, registration number, tracking code), through an index',
  })
  @ApiQuery({ name: 'q', required: false })
  list(
    @CurrentUser() user: SessionUser,
    @Query(new RequestSchemaPipe(LIST_INSTANCES_SCHEMA)) query: ListInstancesQuery,
  ): Promise<InstancePageDto> {
    const { q, ...filters } = query;
    return this.runtime.list({ actor: user, ...filters, search: q, limit: query.limit ? Number(query.limit) : undefined });
  }

  @Get(':id')
  @Access('signed-in')
  get(@CurrentUser() user: SessionUser, @Param('id') id: string): Promise<InstanceDto> {
    return this.runtime.get(id, user);
  }

  @Post(':id/events')
  @HttpCode(200)
  @Access('signed-in')
  @ApiOperation({
    summary: 'Send an event',
    description:
      '409 when the event is not possible now (listing what is) or the revision moved; 403 wrong role; 422 invalid data with field paths',
  })
  @ApiBody({ schema: SEND_EVENT_SCHEMA })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A retry with the same key returns the first result',
  })
  send(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Body(new RequestSchemaPipe(SEND_EVENT_SCHEMA)) body: SendEventRequest,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<InstanceDto> {
    return this.runtime.send({
      instanceId: id,
      type: body.type,
      data: body.data,
      expectedRevision: body.expectedRevision,
      actor: user,
      idempotencyKey,
    });
  }

  @Get(':id/export')
  @Access('signed-in')
  @ApiOperation({ summary: 'The instance and its history as the caller sees them, as JSON or as a CSV of the history' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  async export(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Query('format') format: string | undefined,
  ): Promise<InstanceExport | StreamableFile> {
    if (format !== undefined && format !== 'json' && format !== 'csv') {
      throw new BadRequestException({ message: 'format must be json or csv', code: 'INVALID_FORMAT' });
    }
    const [instance, history] = await Promise.all([this.runtime.get(id, user), this.runtime.history(id, user)]);
    const exported: InstanceExport = { exportedAt: new Date().toISOString(), instance, history };
    if (format !== 'csv') return exported;
    const definition = this.runtime.registry.get(instance.workflow, instance.version);
    const csv = instanceHistoryCsv(exported, (event) => definition.events[event]?.title);
    return new StreamableFile(Buffer.from(csv, 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="yilin-${instance.workflow}-${instance.id}.csv"`,
    });
  }

  @Get(':id/history')
  @Access('signed-in')
  history(@CurrentUser() user: SessionUser, @Param('id') id: string): Promise<AuditEntryDto[]> {
    return this.runtime.history(id, user);
  }
}
