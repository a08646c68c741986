import { Module } from '@nestjs/common';

import { EnterprisesModule } from '@engine/enterprises/enterprises.module';

import { FeedbackService } from './feedback.service';
import { PublicFeedbackController } from './public-feedback.controller';
import { PublicOutcomesController } from './public-outcomes.controller';
import { ReviewRecordsService } from './review-records.service';
import { ReviewStartService } from './review-start.service';
import { SupervisionController } from './supervision.controller';
import { SupervisionDemoSeeder } from './supervision-demo.seeder';

/** Public feedback, tracking codes and published outcomes around the supervisory-review workflow. */
@Module({
  imports: [EnterprisesModule],
  controllers: [PublicFeedbackController, PublicOutcomesController, SupervisionController],
  providers: [FeedbackService, ReviewRecordsService, ReviewStartService, SupervisionDemoSeeder],
})
export class SupervisionModule {}
