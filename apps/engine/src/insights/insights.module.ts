import { Module } from '@nestjs/common';

import { AttentionService } from './attention.service';
import { InsightsController } from './insights.controller';
import { TimeInStateService } from './time-in-state.service';

@Module({
  controllers: [InsightsController],
  providers: [AttentionService, TimeInStateService],
})
export class InsightsModule {}
