import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { Type } from 'typebox';
import { DisclosedEntrySchema } from '@yilin/contracts/schemas';
import { Operation } from '@engine/common/openapi/operation.decorator';
import { Access } from '@engine/auth/access.decorator';

import type { DisclosedEntryDto } from '@yilin/contracts';

import { DisclosedHistoryService } from './disclosed-history.service';

@ApiTags('public')
@Controller('public/grants')
export class PublicHistoryController {
  constructor(private readonly history: DisclosedHistoryService) {}

  /** An approved grant's steps with what their forms disclose: the public audit export. */
  @Operation({
    summary: "An approved grant's steps with what their forms disclose: the public audit trail",
    response: Type.Array(DisclosedEntrySchema),
  })
  @Get(':id/history')
  @Access('public')
  grantHistory(@Param('id') id: string): Promise<DisclosedEntryDto[]> {
    return this.history.ofApprovedGrant(id);
  }
}
