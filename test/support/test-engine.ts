import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';

import type { Clock, RuntimeDefinition } from '@yilin/runtime';
import { createEngineApp } from '@engine/app/create-engine-app';
import type { EngineConfig } from '@engine/config/engine-config';
import { DEMO_PASSWORD } from '@engine/demo/demo-users';

export interface TestEngine {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  /** A bearer token for a demo user (cached: logging in costs a KDF run). */
  tokenOf(username: string): Promise<string>;
  close(): Promise<void>;
}

export async function startTestEngine(
  config: EngineConfig,
  options: { definitions?: RuntimeDefinition[]; clock?: Clock } = {},
): Promise<TestEngine> {
  const app = await createEngineApp(config, options);
  await app.init();
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
