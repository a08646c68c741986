import { Global, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';

import { ENGINE_CONFIG, type EngineConfig } from '@engine/config/engine-config';

export const SENSITIVE_THROTTLER = 'sensitive';

/**
 * Limits for the few routes anyone can hammer without a session (sign-in, public feedback). Counted per
 * process: with several API processes the effective limit is that many times higher.
 */
@Global()
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [ENGINE_CONFIG],
      useFactory: (config: EngineConfig) => ({
        throttlers: [{ name: SENSITIVE_THROTTLER, ttl: 60_000, limit: config.rateLimitPerMinute }],
        errorMessage: 'Too many attempts; please wait a minute and try again',
      }),
    }),
  ],
})
export class RateLimitModule {}
