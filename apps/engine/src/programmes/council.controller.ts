import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import { Access } from '@engine/auth/access.decorator';
import { RequestSchemaPipe } from '@engine/common/validation/request-schema.pipe';

import { CouncilService } from './council.service';
import type { CouncilSettingsDto, CouncilSettingsRequest } from './programmes.dto';
import { COUNCIL_SCHEMA } from './programmes.schemas';

@ApiTags('council')
@ApiBearerAuth()
@Controller('council')
export class CouncilController {
  constructor(private readonly council: CouncilService) {}

  @Get()
  @Access(['admin', 'staff'])
  get(): Promise<CouncilSettingsDto> {
    return this.council.get();
  }

  @Put()
  @Access(['admin'])
  update(@Body(new RequestSchemaPipe(COUNCIL_SCHEMA)) body: CouncilSettingsRequest): Promise<CouncilSettingsDto> {
    return this.council.update(body);
  }
}
