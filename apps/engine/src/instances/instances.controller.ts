import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import { Type } from 'typebox';

import type {
  AuditEntryDto,
  CreateInstanceRequest,
  InstanceDto,
  InstancePageDto,
  ListInstancesQuery,
  Role,
  SendEventRequest,
} from '@yilin/contracts';
import {
  AuditEntrySchema,
  CreateInstanceRequestSchema,
  ExportFormatQuerySchema,
  InstanceExportSchema,
  InstancePageSchema,
  InstanceSchema,
  ListInstancesQuerySchema,
  SendEventRequestSchema,
} from '@yilin/contracts/schemas';
import { WorkflowRuntime } from '@yilin/runtime';
import { Access } from '@engine/auth/access.decorator';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';
import { CSV_CONTENT, Operation } from '@engine/common/openapi/operation.decorator';

import { IdempotencyKey } from '@engine/common/validation/idempotency-key.decorator';
import { AttachmentsService } from '@engine/forms/attachments/attachments.service';
import { FormsService } from '@engine/forms/registry/forms.service';
import { UsersService } from '@engine/users/users.service';

import type { FormWords, KnownWords } from './data-in-words';
import { type InstanceExport, instanceHistoryCsv, ROLE_NAMES } from './instance-export';
import { StartPreparations } from './start-preparations';

@ApiTags('instances')
@Controller('instances')
export class InstancesController {
  constructor(
    private readonly runtime: WorkflowRuntime,
    private readonly preparations: StartPreparations,
    private readonly attachments: AttachmentsService,
    private readonly forms: FormsService,
    private readonly users: UsersService,
  ) {}

  @Operation({ summary: 'Start an instance of a workflow', body: CreateInstanceRequestSchema, response: InstanceSchema })
  @Post()
  @Access('signed-in')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A retry with the same key returns the first result',
  })
  async start(
    @CurrentUser() user: SessionUser,
    @Body() body: CreateInstanceRequest,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<InstanceDto> {
    const data = body.data ?? {};
    const injected = await this.preparations.prepare(body.workflow, data, user);
    const started = await this.runtime.start({ workflow: body.workflow, data, injected, actor: user, idempotencyKey });
    // Files uploaded with the start form go to the instance that names them.
    await this.attachments.attachTo(started.id, user, data);
    return started;
  }

  @Operation({
    summary: 'Instances the caller may see, newest first, filtered by workflow, state, status and business key',
    description:
      '`q` finds instances by any part of a business key (project title, applicant organisation, enterprise name, registration number, tracking code) through an index, each only through a key the caller may read',
    query: ListInstancesQuerySchema,
    response: InstancePageSchema,
  })
  @Get()
  @Access('signed-in')
  list(
    @CurrentUser() user: SessionUser,
    @Query() query: ListInstancesQuery,
  ): Promise<InstancePageDto> {
    const { q, ...filters } = query;
    return this.runtime.list({ actor: user, ...filters, search: q, limit: query.limit ? Number(query.limit) : undefined });
  }

  @Operation({ summary: 'An instance as the caller sees it, with the events the caller may send now', response: InstanceSchema })
  @Get(':id')
  @Access('signed-in')
  get(@CurrentUser() user: SessionUser, @Param('id') id: string): Promise<InstanceDto> {
    return this.runtime.get(id, user);
  }

  @Operation({
    summary: 'Send an event',
    description:
      '409 when the event is not possible now (listing what is) or the revision moved; 403 wrong role; 422 invalid data with field paths',
    body: SendEventRequestSchema,
    response: InstanceSchema,
  })
  @Post(':id/events')
  @HttpCode(200)
  @Access('signed-in')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A retry with the same key returns the first result',
  })
  send(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Body() body: SendEventRequest,
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

  @Operation({
    summary: 'The instance and its history as the caller sees them, as JSON or as a CSV of the history',
    query: ExportFormatQuerySchema,
    response: InstanceExportSchema,
    produces: CSV_CONTENT,
  })
  @Get(':id/export')
  @Access('signed-in')
  async export(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Query() { format }: { format?: 'json' | 'csv' },
  ): Promise<InstanceExport | StreamableFile> {
    const [instance, history] = await Promise.all([this.runtime.get(id, user), this.runtime.history(id, user)]);
    const exported: InstanceExport = { exportedAt: new Date().toISOString(), instance, history };
    if (format !== 'csv') return exported;
    const definition = this.runtime.registry.get(instance.workflow, instance.version);
    const forms = await this.formsOf(history);
    const programme: KnownWords =
      instance.view.workflow === 'grant-approval' ? { programmeId: { label: '资助项目', text: instance.view.programme.title } } : {};
    const assigned = await this.assignedPeople(history, (event) => definition.events[event]?.assigns);
    const csv = instanceHistoryCsv(
      exported,
      (event) => definition.events[event]?.title,
      (form) => (form ? forms.get(`${form.key}@${form.version}`) : undefined),
      (entry) => ({ ...programme, ...assigned(entry) }),
    );
    return new StreamableFile(Buffer.from(csv, 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="yilin-${instance.workflow}-${instance.id}.csv"`,
    });
  }

  @Operation({ summary: "An instance's steps as the caller sees them: data cut by each step's form", response: Type.Array(AuditEntrySchema) })
  @Get(':id/history')
  @Access('signed-in')
  history(@CurrentUser() user: SessionUser, @Param('id') id: string): Promise<AuditEntryDto[]> {
    return this.runtime.history(id, user);
  }

  /** The pinned form versions the history's steps were validated against, by `key@version`, in Chinese. */
  private async formsOf(history: AuditEntryDto[]): Promise<Map<string, FormWords>> {
    const refs = new Map(history.flatMap((entry) => (entry.form ? [[`${entry.form.key}@${entry.form.version}`, entry.form] as const] : [])));
    const forms = new Map<string, FormWords>();
    for (const [ref, { key, version }] of refs) {
      const form = await this.forms.version(key, version);
      forms.set(ref, { schema: form.document.schema, labels: form.document.labels.zh });
    }
    return forms;
  }

  /** The people a step assigned (the reviewers an acceptance picked) by display name instead of their ids. */
  private async assignedPeople(
    history: AuditEntryDto[],
    assignsOf: (event: string) => Readonly<Record<string, Role>> | undefined,
  ): Promise<(entry: AuditEntryDto) => KnownWords> {
    const idsIn = (entry: AuditEntryDto, field: string) => ([] as unknown[]).concat(entry.data[field] ?? []).map(String);
    const ids = history.flatMap((entry) => Object.keys(assignsOf(entry.event) ?? {}).flatMap((field) => idsIn(entry, field)));
    const names = new Map((ids.length ? await this.users.findByIds([...new Set(ids)]) : []).map((user) => [user.id, user.displayName]));
    return (entry) =>
      Object.fromEntries(
        Object.entries(assignsOf(entry.event) ?? {})
          .filter(([field]) => entry.data[field] !== undefined)
          .map(([field, role]) => [field, { label: ROLE_NAMES[role], text: idsIn(entry, field).map((id) => names.get(id) ?? ROLE_NAMES[role]).join('、') }]),
      );
  }
}
