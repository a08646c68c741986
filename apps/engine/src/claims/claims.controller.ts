import { Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { ClaimDto } from '@yilin/contracts';
import { Access } from '@engine/auth/access.decorator';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';
import { RequestSchemaPipe } from '@engine/common/validation/request-schema.pipe';

import { ClaimsService } from './claims.service';

// Ids of 1–26 characters joined by single commas. Written with look-aheads because a repeated group of
// repetitions is refused as a pattern that could backtrack; 2,699 characters hold 100 ids of 26.
const IDS_PATTERN = '^(?!,)(?!.*,,)(?!.*,$)(?!.*[^,]{27})[0-9A-Za-z_,-]+$';

const LIST_CLAIMS_SCHEMA = {
  type: 'object',
  required: ['ids'],
  additionalProperties: false,
  properties: { ids: { type: 'string', maxLength: 2699, pattern: IDS_PATTERN } },
};

@ApiTags('claims')
@ApiBearerAuth()
@Controller()
export class ClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  @Get('claims')
  @Access('signed-in')
  @ApiOperation({ summary: 'Live claims among up to 100 instances (comma-separated ids) the caller can see' })
  list(@CurrentUser() user: SessionUser, @Query(new RequestSchemaPipe(LIST_CLAIMS_SCHEMA)) query: { ids: string }): Promise<ClaimDto[]> {
    return this.claims.list(query.ids.split(','), user);
  }

  @Post('instances/:id/claim')
  @HttpCode(200)
  @Access('signed-in')
  @ApiOperation({ summary: 'Claim a task', description: '403 when the caller has nothing to do on it; 409 when someone else holds it' })
  claim(@CurrentUser() user: SessionUser, @Param('id') id: string): Promise<ClaimDto> {
    return this.claims.claim(id, user);
  }

  @Delete('instances/:id/claim')
  @HttpCode(204)
  @Access('signed-in')
  @ApiOperation({ summary: 'Release a task', description: '409 when someone else holds it (administrators may release any claim)' })
  release(@CurrentUser() user: SessionUser, @Param('id') id: string): Promise<void> {
    return this.claims.release(id, user);
  }
}
