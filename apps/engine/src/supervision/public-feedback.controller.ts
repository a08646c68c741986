import { Body, Controller, Get, Param, Post, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ApiTags } from '@nestjs/swagger';

import type { StepFormDto } from '@yilin/contracts';
import type { PublicProgress } from '@yilin/workflow-supervisory-review';
import { Access } from '@engine/auth/access.decorator';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';
import { RequestSchemaPipe } from '@engine/common/validation/request-schema.pipe';

import { FeedbackService } from './feedback.service';
import type { FeedbackReceiptDto, SubmitFeedbackRequest } from './supervision.dto';

const SHORT_TEXT = { type: 'string', minLength: 1, maxLength: 100 };

// Everything a person types is the public-feedback form's to check (its fields, categories and contact
// rules, and any field staff add); the request only bounds its shape. `contact` is the older way to send the
// form's contactName, contactMobile and contactEmail.
const FEEDBACK_SCHEMA = {
  type: 'object',
  required: ['description'],
  properties: {
    description: { type: 'string', minLength: 5, maxLength: 5000, pattern: '\\S' },
    enterprise: SHORT_TEXT,
    contact: {
      type: 'object',
      additionalProperties: false,
      properties: { name: { type: 'string' }, phone: { type: 'string' }, email: { type: 'string' } },
    },
  },
};

/** Anyone may report a concern, signed in or not, and follow it with the tracking code they get back. */
@ApiTags('public')
@Controller('public/feedback')
export class PublicFeedbackController {
  constructor(private readonly feedback: FeedbackService) {}

  @Post()
  @Access('public')
  @UseGuards(ThrottlerGuard)
  submit(
    @CurrentUser() user: SessionUser | undefined,
    @Body(new RequestSchemaPipe(FEEDBACK_SCHEMA)) body: SubmitFeedbackRequest,
  ): Promise<FeedbackReceiptDto> {
    return this.feedback.submit(body, user);
  }

  @Get('form')
  @Access('public')
  form(): Promise<StepFormDto> {
    return this.feedback.form();
  }

  @Get(':code')
  @Access('public')
  progress(@Param('code') code: string): Promise<PublicProgress> {
    return this.feedback.progress(code);
  }
}
