import { Global, Module, type DynamicModule } from '@nestjs/common';

import { AdjustableClock, type Clock, systemClock } from '@yilin/runtime';

import { CLOCK, ENGINE_CONFIG, type EngineConfig } from './engine-config';

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: EngineConfig, given?: Clock): DynamicModule {
    const clock = given ?? (config.manualClock ? new AdjustableClock() : systemClock);
    return {
      module: ConfigModule,
      providers: [
        { provide: ENGINE_CONFIG, useValue: config },
        { provide: CLOCK, useValue: clock },
      ],
      exports: [ENGINE_CONFIG, CLOCK],
    };
  }
}
