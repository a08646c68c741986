import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import { Access } from '@engine/auth/access.decorator';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';
import { RequestSchemaPipe } from '@engine/common/validation/request-schema.pipe';

import type { ProgrammeDto, ProgrammeRequest } from './programmes.dto';
import { PROGRAMME_SCHEMA } from './programmes.schemas';
import { ProgrammesService } from './programmes.service';

// Applicants choose among open programmes; the secretariat also sees closed ones.
const openOnlyFor = (user: SessionUser) => ({ openOnly: !user.roles.some((role) => role === 'admin' || role === 'staff') });

@ApiTags('programmes')
@ApiBearerAuth()
@Controller('programmes')
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Get()
  @Access('signed-in')
  list(@CurrentUser() user: SessionUser): Promise<ProgrammeDto[]> {
    return this.programmes.list(openOnlyFor(user));
  }

  @Get(':id')
  @Access('signed-in')
  get(@CurrentUser() user: SessionUser, @Param('id') id: string): Promise<ProgrammeDto> {
    return this.programmes.get(id, openOnlyFor(user));
  }

  @Post()
  @Access(['admin'])
  create(@CurrentUser() user: SessionUser, @Body(new RequestSchemaPipe(PROGRAMME_SCHEMA)) body: ProgrammeRequest): Promise<ProgrammeDto> {
    return this.programmes.create(body, user.username);
  }

  @Put(':id')
  @Access(['admin'])
  update(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Body(new RequestSchemaPipe(PROGRAMME_SCHEMA)) body: ProgrammeRequest,
  ): Promise<ProgrammeDto> {
    return this.programmes.update(id, body, user.username);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access(['admin'])
  remove(@Param('id') id: string): Promise<void> {
    return this.programmes.remove(id);
  }
}
