import { Controller, Get, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { InstanceStore, OutboxProcessor } from '@yilin/runtime';
import { Type } from 'typebox';
import { FailedJobSchema, RetriedJobSchema } from '@yilin/contracts/schemas';
import { Operation } from '@engine/common/openapi/operation.decorator';
import { Access } from '@engine/auth/access.decorator';
import { DomainError } from '@engine/common/errors/domain.error';

import { EffectQueue } from './effect-queue';

export interface FailedJobDto {
  id: string;
  instanceId: string;
  type: string;
  payload: Record<string, unknown>;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
}

@ApiTags('admin')
@Controller('admin/jobs')
export class FailedJobsController {
  constructor(
    private readonly store: InstanceStore,
    private readonly outbox: OutboxProcessor,
    private readonly queue: EffectQueue,
  ) {}

  @Operation({
    summary: 'Side effects that failed every attempt (at most 500), for an admin to retry',
    response: Type.Array(FailedJobSchema),
  })
  @Get('failed')
  @Access(['admin'])
  async failed(): Promise<FailedJobDto[]> {
    const messages = await this.store.listOutbox({ status: 'failed', limit: 500 });
    return messages.map((m) => ({
      id: m.id,
      instanceId: m.instanceId,
      type: m.type,
      payload: m.payload,
      attempts: m.attempts,
      lastError: m.lastError,
      createdAt: m.createdAt.toISOString(),
      updatedAt: m.updatedAt.toISOString(),
    }));
  }

  @Operation({ summary: 'Retry a failed side effect', response: RetriedJobSchema })
  @Post(':id/retry')
  @Access(['admin'])
  async retry(@Param('id') id: string): Promise<{ id: string; status: 'pending' }> {
    const message = await this.outbox.reset(id);
    if (!message) throw new DomainError(HttpStatus.NOT_FOUND, 'FAILED_JOB_NOT_FOUND', `No failed job ${id}`);
    await this.queue.retry(id);
    return { id, status: 'pending' };
  }
}
