import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { CouncilSettingsRequestSchema, CouncilSettingsSchema } from '@yilin/contracts/schemas';
import { Operation } from '@engine/common/openapi/operation.decorator';
import { Access } from '@engine/auth/access.decorator';

import { CouncilService } from './council.service';
import type { CouncilSettingsDto, CouncilSettingsRequest } from './programmes.dto';

@ApiTags('council')
@Controller('council')
export class CouncilController {
  constructor(private readonly council: CouncilService) {}

  @Operation({
    summary: "The council's quorum, approval share and members (who would vote on a grant starting now)",
    response: CouncilSettingsSchema,
  })
  @Get()
  @Access(['admin', 'staff'])
  get(): Promise<CouncilSettingsDto> {
    return this.council.get();
  }

  @Operation({
    summary: "Change the council's quorum, approval share or members, for grants starting from now",
    body: CouncilSettingsRequestSchema, response: CouncilSettingsSchema,
  })
  @Put()
  @Access(['admin'])
  update(@Body() body: CouncilSettingsRequest): Promise<CouncilSettingsDto> {
    return this.council.update(body);
  }
}
