import { createBullBoard } from '@bull-board/api';
import { BullAdapter } from '@bull-board/api/bullAdapter';
import { FastifyAdapter as BullBoardAdapter } from '@bull-board/fastify';
import { HttpStatus } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bull';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Queue } from 'bull';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { bearerTokenOf } from '@engine/auth/bearer-token.util';
import { SessionService } from '@engine/auth/session.service';
import { errorBody } from '@engine/common/errors/error-body';

import { OUTBOX_QUEUE } from './outbox/outbox.job';
import { TIMERS_QUEUE } from './timers/timer.job';

export const QUEUE_DASHBOARD_PATH = '/api/admin/queues';
/** A page opened by navigation sends no bearer header: the console hands admins this cookie first. */
export const QUEUE_DASHBOARD_COOKIE = 'yilin_queues';

/** bull-board over the engine's Bull queues, beside the console's own failed-jobs view; admins only. */
export async function mountQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const serverAdapter = new BullBoardAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: [OUTBOX_QUEUE, TIMERS_QUEUE].map((name) => new BullAdapter(app.get<Queue>(getQueueToken(name)))),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Yilin 宜邻' } },
  });
  const sessions = app.get(SessionService);
  // The check guards only the dashboard's own scope: its pages, assets and API.
  await app.register(
    async (dashboard: FastifyInstance) => {
      dashboard.addHook('onRequest', adminsOnly(sessions));
      await dashboard.register(serverAdapter.registerPlugin());
    },
    { prefix: QUEUE_DASHBOARD_PATH },
  );
}

function adminsOnly(sessions: SessionService) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const token = bearerTokenOf(request) ?? cookieOf(request, QUEUE_DASHBOARD_COOKIE);
    const user = token ? await sessions.userOf(token) : null;
    if (!user) {
      await reply.status(HttpStatus.UNAUTHORIZED).send(errorBody(HttpStatus.UNAUTHORIZED, 'Please sign in as an administrator first'));
    } else if (!user.roles.includes('admin')) {
      await reply.status(HttpStatus.FORBIDDEN).send(errorBody(HttpStatus.FORBIDDEN, 'The queue dashboard is for administrators'));
    }
  };
}

function cookieOf(request: FastifyRequest, name: string): string | null {
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}
