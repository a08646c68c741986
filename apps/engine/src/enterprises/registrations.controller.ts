import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import { Access } from '@engine/auth/access.decorator';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';
import { RequestSchemaPipe } from '@engine/common/validation/request-schema.pipe';

import { RegistrationDeadlineService } from './registration-deadline.service';
import type { RegistrationDeadlineDto, RegistrationSettings, RegistrationSettingsDto } from './registration-settings.dto';
import { RegistrationSettingsService } from './registration-settings.service';

const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' };
const PERCENT = { type: 'number', minimum: 0, maximum: 100 };

const SETTINGS_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['deadlineWorkingDays', 'requiredMaterials', 'holidays', 'makeUpWorkingDays', 'certification'],
  properties: {
    deadlineWorkingDays: { type: 'integer', minimum: 1, maximum: 60 },
    requiredMaterials: { type: 'array', maxItems: 50, items: { type: 'string', minLength: 1, maxLength: 100 } },
    holidays: { type: 'array', maxItems: 400, items: DATE },
    makeUpWorkingDays: { type: 'array', maxItems: 100, items: DATE },
    certification: {
      type: 'object',
      additionalProperties: false,
      required: ['distributionCapPercent'],
      properties: { distributionCapPercent: PERCENT, minReinvestedPercent: PERCENT },
    },
  },
};

@ApiTags('registrations')
@ApiBearerAuth()
@Controller('registrations')
export class RegistrationsController {
  constructor(
    private readonly settings: RegistrationSettingsService,
    private readonly deadlines: RegistrationDeadlineService,
  ) {}

  @Get('settings')
  @Access(['admin', 'staff'])
  getSettings(): Promise<RegistrationSettingsDto> {
    return this.settings.get();
  }

  @Put('settings')
  @Access(['admin'])
  putSettings(
    @CurrentUser() user: SessionUser,
    @Body(new RequestSchemaPipe(SETTINGS_SCHEMA)) body: RegistrationSettings,
  ): Promise<RegistrationSettingsDto> {
    return this.settings.update(body, user.id);
  }

  @Get(':id/deadline')
  @Access('signed-in')
  deadline(@CurrentUser() user: SessionUser, @Param('id') id: string): Promise<RegistrationDeadlineDto> {
    return this.deadlines.deadlineOf(id, user);
  }
}
