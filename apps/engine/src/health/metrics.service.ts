import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

import { InstanceStore } from '@yilin/runtime';

/** Prometheus metrics of this process, on a registry of its own (tests start several engines). */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'yilin_http_requests_total',
    help: 'HTTP requests by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'yilin_http_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor(store: InstanceStore) {
    collectDefaultMetrics({ register: this.registry, prefix: 'yilin_' });
    new Gauge({
      name: 'yilin_outbox_messages',
      help: 'Outbox messages waiting or failed',
      labelNames: ['status'] as const,
      registers: [this.registry],
      async collect() {
        for (const status of ['pending', 'failed'] as const) {
          this.set({ status }, (await store.listOutbox({ status, limit: 10_000 })).length);
        }
      },
    });
    new Gauge({
      name: 'yilin_timers_overdue',
      help: 'Pending timers already due',
      registers: [this.registry],
      async collect() {
        this.set((await store.listPendingTimers({ dueBefore: new Date(), limit: 10_000 })).length);
      },
    });
  }
}
