import { createBullBoard } from '@bull-board/api';
import { BullAdapter } from '@bull-board/api/bullAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { HttpStatus } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bull';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Queue } from 'bull';
import type { NextFunction, Request, Response } from 'express';

import { bearerTokenOf } from '@engine/auth/bearer-token.util';
import { SessionService } from '@engine/auth/session.service';
import { errorBody } from '@engine/common/errors/error-body';

import { OUTBOX_QUEUE } from './outbox/outbox.job';
import { TIMERS_QUEUE } from './timers/timer.job';

export const QUEUE_DASHBOARD_PATH = '/api/admin/queues';
/** A page opened by navigation sends no bearer header: the console hands admins this cookie first. */
export const QUEUE_DASHBOARD_COOKIE = 'yilin_queues';

/** bull-board over the engine's Bull queues, beside the console's own failed-jobs view; admins only. */
export function mountQueueDashboard(app: NestExpressApplication): void {
  const serverAdapter = new ExpressAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: [OUTBOX_QUEUE, TIMERS_QUEUE].map((name) => new BullAdapter(app.get<Queue>(getQueueToken(name)))),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Yilin 宜邻' } },
  });
  app.use(QUEUE_DASHBOARD_PATH, adminsOnly(app.get(SessionService)), serverAdapter.getRouter());
}

function adminsOnly(sessions: SessionService) {
  return async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    const token = bearerTokenOf(request) ?? cookieOf(request, QUEUE_DASHBOARD_COOKIE);
    const user = token ? await sessions.userOf(token) : null;
    if (!user) {
      response.status(HttpStatus.UNAUTHORIZED).json(errorBody(HttpStatus.UNAUTHORIZED, 'Please sign in as an administrator first'));
    } else if (!user.roles.includes('admin')) {
      response.status(HttpStatus.FORBIDDEN).json(errorBody(HttpStatus.FORBIDDEN, 'The queue dashboard is for administrators'));
    } else {
      next();
    }
  };
}

function cookieOf(request: Request, name: string): string | null {
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}
