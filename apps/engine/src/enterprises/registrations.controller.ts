import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { RegistrationDeadlineSchema, RegistrationSettingsRequestSchema, RegistrationSettingsSchema } from '@yilin/contracts/schemas';
import { Operation } from '@engine/common/openapi/operation.decorator';
import { Access } from '@engine/auth/access.decorator';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';

import { RegistrationDeadlineService } from './registration-deadline.service';
import type { RegistrationDeadlineDto, RegistrationSettings, RegistrationSettingsDto } from './registration-settings.dto';
import { RegistrationSettingsService } from './registration-settings.service';

@ApiTags('registrations')
@Controller('registrations')
export class RegistrationsController {
  constructor(
    private readonly settings: RegistrationSettingsService,
    private readonly deadlines: RegistrationDeadlineService,
  ) {}

  @Operation({
    summary: "The green channel's settings: deadline, required materials, working calendar",
    response: RegistrationSettingsSchema,
  })
  @Get('settings')
  @Access(['admin', 'staff'])
  getSettings(): Promise<RegistrationSettingsDto> {
    return this.settings.get();
  }

  @Operation({
    summary: "Change the green channel's settings, for filings from now on",
    body: RegistrationSettingsRequestSchema, response: RegistrationSettingsSchema,
  })
  @Put('settings')
  @Access(['admin'])
  putSettings(
    @CurrentUser() user: SessionUser,
    @Body() body: RegistrationSettings,
  ): Promise<RegistrationSettingsDto> {
    return this.settings.update(body, user.id);
  }

  @Operation({
    summary: "A filing's green-channel deadline in working days: when it falls, how many are left, whether it was breached",
    response: RegistrationDeadlineSchema,
  })
  @Get(':id/deadline')
  @Access('signed-in')
  deadline(@CurrentUser() user: SessionUser, @Param('id') id: string): Promise<RegistrationDeadlineDto> {
    return this.deadlines.deadlineOf(id, user);
  }
}
