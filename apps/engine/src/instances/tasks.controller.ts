import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { TaskPageDto } from '@yilin/contracts';
import { WorkflowRuntime } from '@yilin/runtime';
import { Access } from '@engine/auth/access.decorator';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';
import { RequestSchemaPipe } from '@engine/common/validation/request-schema.pipe';

const TASKS_QUERY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    workflow: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,63}$' },
    limit: { type: 'string', pattern: '^[0-9]{1,3}$' },
    cursor: { type: 'string', pattern: '^[0-9A-Z]{26}$' },
  },
};

@ApiTags('instances')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(private readonly runtime: WorkflowRuntime) {}

  @Get()
  @Access('signed-in')
  @ApiOperation({ summary: 'What waits for me: instances where I may act now, with their allowed events' })
  tasks(
    @CurrentUser() user: SessionUser,
    @Query(new RequestSchemaPipe(TASKS_QUERY_SCHEMA)) query: { workflow?: string; limit?: string; cursor?: string },
  ): Promise<TaskPageDto> {
    return this.runtime.tasks({ actor: user, ...query, limit: query.limit ? Number(query.limit) : undefined });
  }
}
