import { Module, type DynamicModule } from '@nestjs/common';

import type { Clock } from '@yilin/runtime';

import { AuthModule } from '@engine/auth/auth.module';
import { ClaimsModule } from '@engine/claims/claims.module';
import { ClockModule } from '@engine/clock/clock.module';
import { RateLimitModule } from '@engine/common/rate-limit/rate-limit.module';
import { ConfigModule } from '@engine/config/config.module';
import type { EngineConfig } from '@engine/config/engine-config';
import { DatabaseModule } from '@engine/database/database.module';
import { DefinitionsModule } from '@engine/definitions/definitions.module';
import { DemoModule } from '@engine/demo/demo.module';
import { EnterprisesModule } from '@engine/enterprises/enterprises.module';
import { DisclosureModule } from '@engine/disclosure/disclosure.module';
import { FormsModule } from '@engine/forms/forms.module';
import { FundsModule } from '@engine/funds/funds.module';
import { HealthModule } from '@engine/health/health.module';
import { InsightsModule } from '@engine/insights/insights.module';
import { InstancesModule } from '@engine/instances/instances.module';
import { JobsModule } from '@engine/jobs/jobs.module';
import { NotificationsModule } from '@engine/notifications/notifications.module';
import { ProgrammesModule } from '@engine/programmes/programmes.module';
import { RuntimeModule, type RuntimeModuleOptions } from '@engine/runtime/runtime.module';
import { SupervisionModule } from '@engine/supervision/supervision.module';
import { UsersModule } from '@engine/users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: EngineConfig, runtime: RuntimeModuleOptions = {}, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, clock),
        DatabaseModule,
        RateLimitModule,
        JobsModule.forRoot(config),
        RuntimeModule.forRoot(runtime),
        FormsModule,
        DisclosureModule,
        AuthModule,
        UsersModule,
        DefinitionsModule,
        InstancesModule,
        NotificationsModule,
        HealthModule,
        DemoModule,
        FundsModule,
        ProgrammesModule,
        EnterprisesModule,
        SupervisionModule,
        ClaimsModule,
        InsightsModule,
        ClockModule,
      ],
    };
  }
}
