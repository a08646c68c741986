import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { AttentionDto, TimeInStateDto } from '@yilin/contracts';
import { Access } from '@engine/auth/access.decorator';
import { RequestSchemaPipe } from '@engine/common/validation/request-schema.pipe';

import { AttentionService } from './attention.service';
import { TimeInStateService } from './time-in-state.service';

const DEFAULT_STUCK_DAYS = 7;

const ATTENTION_QUERY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: { stuckDays: { type: 'string', pattern: '^[1-9][0-9]{0,2}$' } },
};

/** What the console watches: work that needs someone, and where time goes. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller()
export class InsightsController {
  constructor(
    private readonly attention: AttentionService,
    private readonly timeInState: TimeInStateService,
  ) {}

  @Get('admin/attention')
  @Access(['admin', 'staff', 'supervisor'])
  @ApiOperation({ summary: 'Overdue timers and active instances not moved for more than stuckDays (default 7)' })
  needsAttention(@Query(new RequestSchemaPipe(ATTENTION_QUERY_SCHEMA)) query: { stuckDays?: string }): Promise<AttentionDto> {
    return this.attention.attention(query.stuckDays ? Number(query.stuckDays) : DEFAULT_STUCK_DAYS);
  }

  @Get('workflows/:key/time-in-state')
  @Access(['admin', 'staff', 'supervisor'])
  @ApiOperation({ summary: 'Average and longest time instances spent in each state they have left' })
  timeInStateOf(@Param('key') key: string): Promise<TimeInStateDto[]> {
    return this.timeInState.forWorkflow(key);
  }
}
