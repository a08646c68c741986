import { Module } from '@nestjs/common';

import { FormsModule } from '@engine/forms/forms.module';

import { DisclosedHistoryService } from './disclosed-history.service';
import { PublicHistoryController } from './public-history.controller';

@Module({
  imports: [FormsModule],
  controllers: [PublicHistoryController],
  providers: [DisclosedHistoryService],
})
export class DisclosureModule {}
