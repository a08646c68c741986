import { Body, Controller, Get, HttpStatus, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import type { ClockDto, MoveClockRequest } from '@yilin/contracts';
import { AdjustableClock, type Clock } from '@yilin/runtime';
import { Access } from '@engine/auth/access.decorator';
import { DomainError } from '@engine/common/errors/domain.error';
import { RequestSchemaPipe } from '@engine/common/validation/request-schema.pipe';
import { CLOCK } from '@engine/config/engine-config';
import { EffectSweeper } from '@engine/jobs/effect-sweeper.service';

const MINUTE = 60_000;

const MOVE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    at: { type: 'string', format: 'date-time' },
    days: { type: 'integer', minimum: 0, maximum: 3660 },
    hours: { type: 'integer', minimum: 0, maximum: 100_000 },
    minutes: { type: 'integer', minimum: 0, maximum: 1_000_000 },
  },
};

/**
 * The engine's clock, which an admin may move forward when MANUAL_CLOCK=true (demos, acceptance tests):
 * deadlines, reminders and escalations then fall due as they would days later. Timers due by the moved
 * clock are handed to the queue at once.
 */
@ApiTags('clock')
@ApiBearerAuth()
@Controller('admin/clock')
export class ClockController {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly sweeper: EffectSweeper,
  ) {}

  @Get()
  @Access(['admin'])
  read(): ClockDto {
    const manual = this.clock instanceof AdjustableClock;
    return { now: this.clock.now().toISOString(), manual, offsetMs: manual ? (this.clock as AdjustableClock).offset : 0 };
  }

  @Post()
  @Access(['admin'])
  async move(@Body(new RequestSchemaPipe(MOVE_SCHEMA)) body: MoveClockRequest): Promise<ClockDto> {
    if (!(this.clock instanceof AdjustableClock)) {
      throw new DomainError(HttpStatus.CONFLICT, 'MANUAL_CLOCK_DISABLED', 'The clock follows real time; start the engine with MANUAL_CLOCK=true to move it');
    }
    const moved = body.at
      ? this.clock.set(new Date(body.at))
      : this.clock.advance((((body.days ?? 0) * 24 + (body.hours ?? 0)) * 60 + (body.minutes ?? 0)) * MINUTE);
    if (!moved) {
      throw new DomainError(HttpStatus.CONFLICT, 'CLOCK_BACKWARDS', 'The clock only moves forward; deadlines already passed stay passed', {
        now: this.clock.now().toISOString(),
      });
    }
    await this.sweeper.sweep(false);
    return this.read();
  }
}
