import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';

import { ENGINE_CONFIG, type EngineConfig } from '@engine/config/engine-config';

const WINDOW_MS = 60_000;
const MAX_TRACKED_ADDRESSES = 100_000;

/** Where an address stands: failed sign-ins in the current minute and seconds until the count resets. */
export interface FailureCount {
  failures: number;
  resetsInSeconds: number;
}

/**
 * Failed sign-ins per address per minute, across every username: one password tried against many accounts
 * from one place is stopped, while an office behind one address signing in correctly is never counted. With
 * REDIS_URL the counts live in Redis, shared by every engine process; otherwise in this process.
 */
@Injectable()
export class SignInFailures implements OnModuleDestroy {
  private readonly redis: Redis | null;
  private readonly prefix: string;
  private readonly local = new Map<string, { failures: number; resetAt: number }>();
  readonly limit: number;

  constructor(@Inject(ENGINE_CONFIG) config: EngineConfig) {
    this.limit = config.rateLimitPerMinute;
    this.prefix = `${config.queuePrefix}:sign-in-failures:`;
    this.redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2, lazyConnect: true }) : null;
  }

  async countOf(address: string, now = Date.now()): Promise<FailureCount> {
    if (this.redis) {
      const [[, failures], [, ttl]] = (await this.redis.multi().get(this.prefix + address).pttl(this.prefix + address).exec()) as [
        [unknown, string | null],
        [unknown, number],
      ];
      return { failures: Number(failures ?? 0), resetsInSeconds: Math.max(1, Math.ceil(ttl / 1000)) };
    }
    const entry = this.local.get(address);
    if (!entry || entry.resetAt <= now) return { failures: 0, resetsInSeconds: 0 };
    return { failures: entry.failures, resetsInSeconds: Math.ceil((entry.resetAt - now) / 1000) };
  }

  async record(address: string, now = Date.now()): Promise<void> {
    if (this.redis) {
      await this.redis.multi().incr(this.prefix + address).pexpire(this.prefix + address, WINDOW_MS, 'NX').exec();
      return;
    }
    const entry = this.local.get(address);
    if (entry && entry.resetAt > now) entry.failures += 1;
    else {
      if (this.local.size >= MAX_TRACKED_ADDRESSES) this.local.clear();
      this.local.set(address, { failures: 1, resetAt: now + WINDOW_MS });
    }
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
  }
}
