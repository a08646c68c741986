import { Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import type { ClaimDto } from '@yilin/contracts';
import { Type } from 'typebox';
import { ClaimSchema, ClaimsQuerySchema } from '@yilin/contracts/schemas';
import { Operation } from '@engine/common/openapi/operation.decorator';
import { Access } from '@engine/auth/access.decorator';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';

import { ClaimsService } from './claims.service';

@ApiTags('claims')
@Controller()
export class ClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  @Operation({
    summary: 'Live claims among up to 100 instances (comma-separated ids) the caller can see',
    query: ClaimsQuerySchema, response: Type.Array(ClaimSchema),
  })
  @Get('claims')
  @Access('signed-in')
  list(@CurrentUser() user: SessionUser, @Query() query: { ids: string }): Promise<ClaimDto[]> {
    return this.claims.list(query.ids.split(','), user);
  }

  @Operation({
    summary: 'Claim a task', description: '403 when the caller has nothing to do on it; 409 when someone else holds it',
    response: ClaimSchema,
  })
  @Post('instances/:id/claim')
  @HttpCode(200)
  @Access('signed-in')
  claim(@CurrentUser() user: SessionUser, @Param('id') id: string): Promise<ClaimDto> {
    return this.claims.claim(id, user);
  }

  @Operation({ summary: 'Release a task', description: '409 when someone else holds it (administrators may release any claim)' })
  @Delete('instances/:id/claim')
  @HttpCode(204)
  @Access('signed-in')
  release(@CurrentUser() user: SessionUser, @Param('id') id: string): Promise<void> {
    return this.claims.release(id, user);
  }
}
