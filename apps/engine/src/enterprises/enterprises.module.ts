import { Module } from '@nestjs/common';

import { UsersModule } from '@engine/users/users.module';

import { EnterpriseRegistryService } from './enterprise-registry.service';
import { EnterprisesDemoSeeder } from './enterprises-demo.seeder';
import { PublicEnterprisesController } from './public-enterprises.controller';
import { RegistrationDeadlineService } from './registration-deadline.service';
import { RegistrationEffectsService } from './registration-effects.service';
import { RegistrationSettingsService } from './registration-settings.service';
import { RegistrationStartService } from './registration-start.service';
import { RegistrationsController } from './registrations.controller';

/** The green channel around its workflow: the enterprise register, its settings, deadlines, public list. */
@Module({
  imports: [UsersModule],
  controllers: [RegistrationsController, PublicEnterprisesController],
  providers: [
    EnterpriseRegistryService,
    RegistrationSettingsService,
    RegistrationStartService,
    RegistrationDeadlineService,
    RegistrationEffectsService,
    EnterprisesDemoSeeder,
  ],
  exports: [EnterpriseRegistryService, RegistrationSettingsService],
})
export class EnterprisesModule {}
