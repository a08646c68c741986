import type { AddressInfo } from 'node:net';

import type { INestApplication } from '@nestjs/common';

import { DEMO_PASSWORD } from '@engine/demo/demo-users';

import { httpLoad } from '../http-load';
import { COMMENT } from './runtime-load';

/**
 * `connections` clients over loopback, each posting events to its own instance, on Express or Fastify alike;
 * after `warmUpMs` of the same load unmeasured, when given.
 */
export async function httpEvents(app: INestApplication, connections: number, durationMs: number, warmUpMs = 0) {
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/api`;
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'staff', password: DEMO_PASSWORD }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` };
  const ids: string[] = [];
  for (let i = 0; i < connections; i++) {
    const created = await fetch(`${base}/instances`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ workflow: 'ticket', data: { subject: `http ${i}` } }),
    });
    ids.push(((await created.json()) as { id: string }).id);
  }
  const body = JSON.stringify(COMMENT);
  const targets = ids.map((id) => ({ path: `/instances/${id}/events`, body }));
  if (warmUpMs > 0) await httpLoad(base, headers, targets, warmUpMs);
  return httpLoad(base, headers, targets, durationMs);
}
