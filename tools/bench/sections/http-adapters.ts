import type { INestApplication } from '@nestjs/common';

import type { BenchStack } from '../bench-engine';
import { httpEvents } from './http-events';

/**
 * The HTTP event load on the engine served by Express, then by Fastify: each a fresh engine on the same
 * database, each measured after a warm-up as long as the measurement, so that the adapter that comes
 * second is not the only one whose code the JIT has compiled.
 */
export async function httpAdapters(stack: BenchStack, connections: number, durationMs: number) {
  const express = await warmedUp(await stack.startOnExpress(), connections, durationMs);
  const fastify = await warmedUp(await stack.start(), connections, durationMs);
  return { express, fastify };
}

async function warmedUp(app: INestApplication, connections: number, durationMs: number) {
  try {
    return await httpEvents(app, connections, durationMs, durationMs);
  } finally {
    await app.close();
  }
}
