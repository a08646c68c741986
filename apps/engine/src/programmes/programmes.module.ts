import { Module } from '@nestjs/common';

import { EnterprisesModule } from '@engine/enterprises/enterprises.module';
import { FundsModule } from '@engine/funds/funds.module';
import { UsersModule } from '@engine/users/users.module';

import { CouncilController } from './council.controller';
import { CouncilService } from './council.service';
import { GrantStartPreparer } from './grant-start.preparer';
import { GrantsDemoSeeder } from './grants-demo.seeder';
import { ProgrammesController } from './programmes.controller';
import { ProgrammesService } from './programmes.service';

/** Grant programmes and the council: the configuration a grant starts with, injected at its start. */
@Module({
  imports: [FundsModule, UsersModule, EnterprisesModule],
  controllers: [ProgrammesController, CouncilController],
  providers: [ProgrammesService, CouncilService, GrantStartPreparer, GrantsDemoSeeder],
  exports: [ProgrammesService, CouncilService],
})
export class ProgrammesModule {}
