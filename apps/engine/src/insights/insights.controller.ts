import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import type { AttentionDto, TimeInStateDto } from '@yilin/contracts';
import { Type } from 'typebox';
import { AttentionQuerySchema, AttentionSchema, TimeInStateSchema } from '@yilin/contracts/schemas';
import { Operation } from '@engine/common/openapi/operation.decorator';
import { Access } from '@engine/auth/access.decorator';

import { AttentionService } from './attention.service';
import { TimeInStateService } from './time-in-state.service';

const DEFAULT_STUCK_DAYS = 7;

/** What the console watches: work that needs someone, and where time goes. */
@ApiTags('admin')
@Controller()
export class InsightsController {
  constructor(
    private readonly attention: AttentionService,
    private readonly timeInState: TimeInStateService,
  ) {}

  @Operation({
    summary: 'Overdue timers and active instances not moved for more than stuckDays (default 7)',
    query: AttentionQuerySchema, response: AttentionSchema,
  })
  @Get('admin/attention')
  @Access(['admin', 'staff', 'supervisor'])
  needsAttention(@Query() query: { stuckDays?: string }): Promise<AttentionDto> {
    return this.attention.attention(query.stuckDays ? Number(query.stuckDays) : DEFAULT_STUCK_DAYS);
  }

  @Operation({
    summary: 'Average and longest time instances spent in each state they have left',
    response: Type.Array(TimeInStateSchema),
  })
  @Get('workflows/:key/time-in-state')
  @Access(['admin', 'staff', 'supervisor'])
  timeInStateOf(@Param('key') key: string): Promise<TimeInStateDto[]> {
    return this.timeInState.forWorkflow(key);
  }
}
