import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { Type } from 'typebox';
import { ProgrammeRequestSchema, ProgrammeSchema } from '@yilin/contracts/schemas';
import { Operation } from '@engine/common/openapi/operation.decorator';
import { Access } from '@engine/auth/access.decorator';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';

import type { ProgrammeDto, ProgrammeRequest } from './programmes.dto';
import { ProgrammesService } from './programmes.service';

// Applicants choose among open programmes; the secretariat also sees closed ones.
const openOnlyFor = (user: SessionUser) => ({ openOnly: !user.roles.some((role) => role === 'admin' || role === 'staff') });

@ApiTags('programmes')
@Controller('programmes')
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Operation({
    summary: 'Grant programmes: the open ones for applicants, all of them for the secretariat',
    response: Type.Array(ProgrammeSchema),
  })
  @Get()
  @Access('signed-in')
  list(@CurrentUser() user: SessionUser): Promise<ProgrammeDto[]> {
    return this.programmes.list(openOnlyFor(user));
  }

  @Operation({ summary: 'A grant programme and its rules', response: ProgrammeSchema })
  @Get(':id')
  @Access('signed-in')
  get(@CurrentUser() user: SessionUser, @Param('id') id: string): Promise<ProgrammeDto> {
    return this.programmes.get(id, openOnlyFor(user));
  }

  @Operation({ summary: 'Create a grant programme', body: ProgrammeRequestSchema, response: ProgrammeSchema })
  @Post()
  @Access(['admin'])
  create(@CurrentUser() user: SessionUser, @Body() body: ProgrammeRequest): Promise<ProgrammeDto> {
    return this.programmes.create(body, user.username);
  }

  @Operation({
    summary: 'Change a grant programme; grants already started keep the rules they started with',
    body: ProgrammeRequestSchema, response: ProgrammeSchema,
  })
  @Put(':id')
  @Access(['admin'])
  update(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Body() body: ProgrammeRequest,
  ): Promise<ProgrammeDto> {
    return this.programmes.update(id, body, user.username);
  }

  @Operation({ summary: 'Delete a grant programme no grant has used' })
  @Delete(':id')
  @HttpCode(204)
  @Access(['admin'])
  remove(@Param('id') id: string): Promise<void> {
    return this.programmes.remove(id);
  }
}
