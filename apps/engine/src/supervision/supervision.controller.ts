import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { FeedbackFilerSchema } from '@yilin/contracts/schemas';
import { Operation } from '@engine/common/openapi/operation.decorator';
import { Access } from '@engine/auth/access.decorator';

import { FeedbackService } from './feedback.service';
import type { FeedbackFilerDto } from './supervision.dto';

@ApiTags('supervision')
@Controller('supervision')
export class SupervisionController {
  constructor(private readonly feedback: FeedbackService) {}

  /** The filer's contact, kept apart from the review, for the supervisors who may need to reach them. */
  @Operation({ summary: 'Who filed a public feedback and how to reach them (supervisors only)', response: FeedbackFilerSchema })
  @Get('reviews/:id/filer')
  @Access(['supervisor', 'admin'])
  filer(@Param('id') id: string): Promise<FeedbackFilerDto> {
    return this.feedback.filerOf(id);
  }
}
