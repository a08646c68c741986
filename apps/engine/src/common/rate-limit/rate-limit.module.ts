import { Global, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';

import { ENGINE_CONFIG, type EngineConfig } from '@engine/config/engine-config';

import { SENSITIVE_THROTTLER, TOO_MANY_ATTEMPTS } from './rate-limit.const';
import { SignInAddressGuard } from './sign-in-address.guard';
import { SignInFailures } from './sign-in-failures';

/**
 * Limits for the few routes anyone can hammer without a session (sign-in, public feedback). With REDIS_URL the
 * counters live in Redis, so several API processes share one limit; keys carry the deployment's prefix.
 */
@Global()
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [ENGINE_CONFIG],
      useFactory: (config: EngineConfig) => ({
        throttlers: [{ name: SENSITIVE_THROTTLER, ttl: 60_000, limit: config.rateLimitPerMinute }],
        errorMessage: TOO_MANY_ATTEMPTS,
        generateKey: (context, tracker, name) => `${config.queuePrefix}:throttle:${name}:${context.getClass().name}.${context.getHandler().name}:${tracker}`,
        ...(config.redisUrl ? { storage: new ThrottlerStorageRedisService(config.redisUrl, { maxRetriesPerRequest: 2 }) } : {}),
      }),
    }),
  ],
  providers: [SignInFailures, SignInAddressGuard],
  exports: [SignInFailures, SignInAddressGuard],
})
export class RateLimitModule {}
