import type { INestApplication } from '@nestjs/common';
import request, { type Response } from 'supertest';

import { createExpressEngineApp } from '@engine/app/create-express-engine-app';
import { DEMO_PASSWORD } from '@engine/demo/demo-users';
import { MetricsService } from '@engine/health/metrics.service';
import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { startTestEngine } from '@test/support/test-engine';
import { E2E_DEFINITIONS } from './workflow-fixtures';

type Http = ReturnType<typeof request>;

interface Served {
  http: Http;
  app: INestApplication;
  drop: () => Promise<void>;
  /** A bearer token for `staff`. */
  token: string;
}

// Ids, times and tokens differ between two engines by nature; everything else in an answer must not.
const VARYING: Array<[RegExp, string]> = [
  [/^[0-9A-HJKMNP-TV-Z]{26}$/, '<id>'],
  [/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, '<time>'],
  [/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/, '<token>'],
];
const comparable = (value: unknown): unknown => {
  if (typeof value === 'string') return VARYING.find(([pattern]) => pattern.test(value))?.[1] ?? value;
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, comparable(item)]));
  return value;
};

// The benchmark weighs Express against Fastify on the same routes: the comparison holds only while both answer alike.
describe.each(ENGINE_STACKS)('the API on Express answers as on Fastify, on $name', (stack) => {
  const served: Record<'express' | 'fastify', Served> = {} as Record<'express' | 'fastify', Served>;

  beforeAll(async () => {
    const onFastify = await stack.open();
    const fastify = await startTestEngine(onFastify.config, { definitions: E2E_DEFINITIONS });
    served.fastify = {
      http: fastify.http,
      app: fastify.app,
      drop: onFastify.database.drop,
      token: await fastify.tokenOf('staff'),
    };
    const onExpress = await stack.open();
    const app = await createExpressEngineApp(onExpress.config, { definitions: E2E_DEFINITIONS });
    await app.init();
    const http = request(app.getHttpServer());
    const login = await http.post('/api/auth/login').send({ username: 'staff', password: DEMO_PASSWORD }).expect(200);
    served.express = { http, app, drop: onExpress.database.drop, token: login.body.accessToken };
  });
  afterAll(async () => {
    for (const { app, drop } of Object.values(served)) {
      await app.close();
      await drop();
    }
  });

  /** The same request to both engines, which must answer alike; `send` gets each one's token for `staff`. */
  const onBoth = async (send: (http: Http, token: string) => PromiseLike<Response>) => {
    const express = await send(served.express.http, served.express.token);
    const fastify = await send(served.fastify.http, served.fastify.token);
    expect(fastify.status).toBe(express.status);
    expect(fastify.headers['content-type']).toBe(express.headers['content-type']);
    expect(comparable(fastify.body)).toEqual(comparable(express.body));
    return { express, fastify };
  };
  const openTicket = (http: Http, token: string) =>
    http
      .post('/api/instances')
      .auth(token, { type: 'bearer' })
      .send({ workflow: 'ticket', data: { subject: 'Broken street lamp' } });

  it('signs in, and refuses a wrong password in the same words', async () => {
    const { fastify } = await onBoth((http) =>
      http.post('/api/auth/login').send({ username: 'staff', password: DEMO_PASSWORD }),
    );
    expect(fastify.body).toMatchObject({ accessToken: expect.any(String), user: { username: 'staff' } });
    const refused = await onBoth((http) => http.post('/api/auth/login').send({ username: 'staff', password: 'nope' }));
    expect(refused.fastify.status).toBe(401);
  });

  it('starts instances and takes events, behind the same guard', async () => {
    const started = await onBoth(openTicket);
    expect(started.fastify.status).toBe(201);
    expect(started.fastify.headers['cache-control']).toBe('no-store');
    const sent = await onBoth(async (http, token) => {
      const ticket = await openTicket(http, token).expect(201);
      return http
        .post(`/api/instances/${ticket.body.id}/events`)
        .auth(token, { type: 'bearer' })
        .send({ type: 'COMMENT', data: { text: 'on it' } });
    });
    expect(sent.fastify.status).toBe(200);
    const anonymous = await onBoth((http) =>
      http.post('/api/instances').send({ workflow: 'ticket', data: { subject: 's' } }),
    );
    expect(anonymous.fastify.status).toBe(401);
    const unknown = await onBoth((http, token) =>
      http
        .post('/api/instances/01J0000000000000000000000A/events')
        .auth(token, { type: 'bearer' })
        .send({ type: 'COMMENT', data: { text: 'x' } }),
    );
    expect(unknown.fastify.status).toBe(404);
  });

  it('refuses malformed, oversized and deeply nested JSON, and bad idempotency keys, in the same shape', async () => {
    const malformed = await onBoth((http, token) =>
      http
        .post('/api/instances')
        .auth(token, { type: 'bearer' })
        .set('Content-Type', 'application/json')
        .send('{"workflow": "ticket",'),
    );
    expect(malformed.fastify.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'The request body is not valid JSON',
      code: 'MALFORMED_JSON',
    });
    const huge = await onBoth((http, token) =>
      http
        .post('/api/instances')
        .auth(token, { type: 'bearer' })
        .send({ workflow: 'ticket', data: { subject: 'x'.repeat(1_100_000) } }),
    );
    expect(huge.fastify.body).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: 'The request body is larger than 1mb',
      code: 'PAYLOAD_TOO_LARGE',
    });
    const deep = await onBoth((http, token) =>
      http
        .post('/api/instances')
        .auth(token, { type: 'bearer' })
        .set('Content-Type', 'application/json')
        .send(`{"data":${'['.repeat(100)}${']'.repeat(100)}}`),
    );
    expect(deep.fastify.body).toMatchObject({ statusCode: 400, code: 'JSON_TOO_DEEP' });
    const badKey = await onBoth((http, token) => openTicket(http, token).set('Idempotency-Key', 'not a key'));
    expect(badKey.fastify.status).toBe(400);
  });

  it('gives every answer a request id and the security headers', async () => {
    const { express, fastify } = await onBoth((http) =>
      http.post('/api/auth/login').set('X-Request-Id', 'edge-7f3a9c21').send({}),
    );
    expect(fastify.headers['x-request-id']).toBe('edge-7f3a9c21');
    for (const header of ['content-security-policy', 'x-content-type-options', 'x-frame-options']) {
      expect(fastify.headers[header]).toBe(express.headers[header]);
    }
    const fresh = await served.fastify.http.post('/api/auth/login').send({});
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('counts requests in the metrics by the same route labels and statuses', async () => {
    await onBoth((http) => http.get('/api/instances/no-such-instance'));
    const counted = async ({ app }: Served) =>
      (await app.get(MetricsService).registry.getSingleMetricAsString('yilin_http_requests_total'))
        .split('\n')
        .filter((line) => line.includes('route="/api/instances/:id"'));
    expect(await counted(served.fastify)).toEqual(await counted(served.express));
    expect(await counted(served.express)).toEqual(['yilin_http_requests_total{method="GET",route="/api/instances/:id",status="401"} 1']);
  });
});
