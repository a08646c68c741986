import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import type { TaskPageDto } from '@yilin/contracts';
import { WorkflowRuntime } from '@yilin/runtime';
import { TaskPageSchema, TasksQuerySchema } from '@yilin/contracts/schemas';
import { Operation } from '@engine/common/openapi/operation.decorator';
import { Access } from '@engine/auth/access.decorator';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';

@ApiTags('instances')
@Controller('tasks')
export class TasksController {
  constructor(private readonly runtime: WorkflowRuntime) {}

  @Operation({
    summary: 'What waits for me: instances where I may act now, with their allowed events',
    query: TasksQuerySchema, response: TaskPageSchema,
  })
  @Get()
  @Access('signed-in')
  tasks(
    @CurrentUser() user: SessionUser,
    @Query() query: { workflow?: string; limit?: string; cursor?: string },
  ): Promise<TaskPageDto> {
    return this.runtime.tasks({ actor: user, ...query, limit: query.limit ? Number(query.limit) : undefined });
  }
}
