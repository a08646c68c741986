import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import { Access } from '@engine/auth/access.decorator';

import { FeedbackService } from './feedback.service';
import type { FeedbackFilerDto } from './supervision.dto';

@ApiTags('supervision')
@ApiBearerAuth()
@Controller('supervision')
export class SupervisionController {
  constructor(private readonly feedback: FeedbackService) {}

  /** The filer's contact, kept apart from the review, for the supervisors who may need to reach them. */
  @Get('reviews/:id/filer')
  @Access(['supervisor', 'admin'])
  filer(@Param('id') id: string): Promise<FeedbackFilerDto> {
    return this.feedback.filerOf(id);
  }
}
