import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';

import type { Clock, RuntimeDefinition } from '@yilin/runtime';
import { createEngineApp, readyEngineApp } from '@engine/app/create-engine-app';
import type { EngineConfig } from '@engine/config/engine-config';
import type { EngineStack } from '@test/support/engine-stacks';
import { DEMO_PASSWORD } from '@engine/demo/demo-users';

export interface TestEngine {
  app: NestFastifyApplication;
  http: ReturnType<typeof request>;
  /** A bearer token for a demo user (cached: logging in costs a KDF run). */
  tokenOf(username: string): Promise<string>;
  close(): Promise<void>;
}

export async function startTestEngine(
  config: EngineConfig,
  options: { definitions?: RuntimeDefinition[]; clock?: Clock } = {},
): Promise<TestEngine> {
  const app = await readyEngineApp(await createEngineApp(config, options));
  const http = request(app.getHttpServer());
  const tokens = new Map<string, string>();
  return {
    app,
    http,
    async tokenOf(username) {
      const cached = tokens.get(username);
      if (cached) return cached;
      const response = await http.post('/api/auth/login').send({ username, password: DEMO_PASSWORD }).expect(200);
      tokens.set(username, response.body.accessToken);
      return response.body.accessToken;
    },
    close: () => app.close(),
  };
}

export interface EngineOnStack {
  /** The engine of the enclosing `describe`, there from its `beforeAll` on. */
  readonly engine: TestEngine;
  /** The Authorization header of a demo user. */
  auth(username: string): Promise<{ Authorization: string }>;
}

/**
 * Starts an engine on a fresh database of `stack` before the enclosing block's tests and closes both
 * after them; `configure` adjusts the configuration the stack made.
 */
export function engineOnStack(
  stack: EngineStack,
  options: { definitions?: RuntimeDefinition[]; clock?: Clock; configure?: (config: EngineConfig) => EngineConfig } = {},
): EngineOnStack {
  let started: TestEngine | null = null;
  let drop: (() => Promise<void>) | null = null;
  beforeAll(async () => {
    const { config, database } = await stack.open();
    drop = database.drop;
    started = await startTestEngine(options.configure ? options.configure(config) : config, options);
  });
  afterAll(async () => {
    await started?.close();
    await drop?.();
  });
  const block: EngineOnStack = {
    get engine() {
      if (!started) throw new Error('The engine starts in beforeAll; use it inside a test');
      return started;
    },
    auth: async (username) => ({ Authorization: `Bearer ${await block.engine.tokenOf(username)}` }),
  };
  return block;
}

/** Polls until `check` passes or the time is up; the last failure is what the test reports. */
export async function eventually(check: () => Promise<void>, timeoutMs = 10_000, everyMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  }
}
