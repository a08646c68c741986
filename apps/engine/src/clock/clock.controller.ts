import { Body, Controller, Get, HttpStatus, Inject, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import type { ClockDto, MoveClockRequest } from '@yilin/contracts';
import { AdjustableClock, type Clock } from '@yilin/runtime';
import { ClockSchema, MoveClockRequestSchema } from '@yilin/contracts/schemas';
import { Operation } from '@engine/common/openapi/operation.decorator';
import { Access } from '@engine/auth/access.decorator';
import { DomainError } from '@engine/common/errors/domain.error';
import { CLOCK } from '@engine/config/engine-config';
import { EffectSweeper } from '@engine/jobs/effect-sweeper.service';

const MINUTE = 60_000;

/**
 * The engine's clock, which an admin may move forward when MANUAL_CLOCK=true (demos, acceptance tests):
 * deadlines, reminders and escalations then fall due as they would days later. Timers due by the moved
 * clock are handed to the queue at once.
 */
@ApiTags('clock')
@Controller('admin/clock')
export class ClockController {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly sweeper: EffectSweeper,
  ) {}

  @Operation({ summary: "The engine's clock: now, and whether admins may move it (MANUAL_CLOCK)", response: ClockSchema })
  @Get()
  @Access(['admin'])
  read(): ClockDto {
    const manual = this.clock instanceof AdjustableClock;
    return { now: this.clock.now().toISOString(), manual, offsetMs: manual ? (this.clock as AdjustableClock).offset : 0 };
  }

  @Operation({
    summary: 'Move a manual clock forward (to an instant or by a duration); timers now due fire',
    body: MoveClockRequestSchema, response: ClockSchema,
  })
  @Post()
  @Access(['admin'])
  async move(@Body() body: MoveClockRequest): Promise<ClockDto> {
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
