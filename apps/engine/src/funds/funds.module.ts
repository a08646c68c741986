import { Module } from '@nestjs/common';

import { FundLedger } from './fund-ledger.service';
import { FundsController } from './funds.controller';
import { FundsService } from './funds.service';
import { GrantFundEffects } from './grant-fund-effects.service';
import { PublicFundsController } from './public-funds.controller';
import { TransparencyService } from './transparency.service';

/** Funds, their ledger, the grant workflow's money effects and the public transparency data. */
@Module({
  controllers: [FundsController, PublicFundsController],
  providers: [FundLedger, FundsService, GrantFundEffects, TransparencyService],
  exports: [FundLedger, FundsService],
})
export class FundsModule {}
