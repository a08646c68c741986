import { Body, Controller, Get, Param, Post, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ApiTags } from '@nestjs/swagger';

import type { PublicProgress } from '@yilin/workflow-supervisory-review';
import type { StepFormDto } from '@yilin/contracts';
import { FeedbackReceiptSchema, PublicProgressSchema, StepFormSchema, SubmitFeedbackRequestSchema } from '@yilin/contracts/schemas';
import { Operation } from '@engine/common/openapi/operation.decorator';
import { Access } from '@engine/auth/access.decorator';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';

import { FeedbackService } from './feedback.service';
import type { FeedbackReceiptDto, SubmitFeedbackRequest } from './supervision.dto';

/** Anyone may report a concern, signed in or not, and follow it with the tracking code they get back. */
@ApiTags('public')
@Controller('public/feedback')
export class PublicFeedbackController {
  constructor(private readonly feedback: FeedbackService) {}

  @Operation({
    summary: 'Report a concern, signed in or not; the answer holds the tracking code to follow it with',
    body: SubmitFeedbackRequestSchema, response: FeedbackReceiptSchema,
  })
  @Post()
  @Access('public')
  @UseGuards(ThrottlerGuard)
  submit(
    @CurrentUser() user: SessionUser | undefined,
    @Body() body: SubmitFeedbackRequest,
  ): Promise<FeedbackReceiptDto> {
    return this.feedback.submit(body, user);
  }

  @Operation({
    summary: 'The public-feedback form as staff designed it now: the form a concern is reported with',
    response: StepFormSchema,
  })
  @Get('form')
  @Access('public')
  form(): Promise<StepFormDto> {
    return this.feedback.form();
  }

  @Operation({
    summary: 'What the holder of a tracking code may see: phases, notes for the filer, the published outcome',
    response: PublicProgressSchema,
  })
  @Get(':code')
  @Access('public')
  progress(@Param('code') code: string): Promise<PublicProgress> {
    return this.feedback.progress(code);
  }
}
