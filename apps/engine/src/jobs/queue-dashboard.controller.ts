import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { QueueDashboardSessionSchema } from '@yilin/contracts/schemas';
import { Operation } from '@engine/common/openapi/operation.decorator';
import { Access } from '@engine/auth/access.decorator';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';
import { SessionService } from '@engine/auth/session.service';

import { QUEUE_DASHBOARD_COOKIE, QUEUE_DASHBOARD_PATH } from './queue-dashboard';

const SESSION_SECONDS = 3600;

/** Exists only with Bull on Redis, where there is a queue dashboard to open. */
@ApiTags('admin')
@Controller('admin/queue-dashboard')
export class QueueDashboardController {
  constructor(private readonly sessions: SessionService) {}

  @Operation({
    summary: 'Let this browser open the queue dashboard (bull-board) for an hour',
    response: QueueDashboardSessionSchema,
  })
  @Post('session')
  @HttpCode(200)
  @Access(['admin'])
  async open(
    @CurrentUser() user: SessionUser,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ url: string }> {
    const token = encodeURIComponent(await this.sessions.issue(user, SESSION_SECONDS));
    const cookie = [
      `${QUEUE_DASHBOARD_COOKIE}=${token}`,
      `Path=${QUEUE_DASHBOARD_PATH}`,
      `Max-Age=${SESSION_SECONDS}`,
      `Expires=${new Date(Date.now() + SESSION_SECONDS * 1000).toUTCString()}`,
      'HttpOnly',
      // The dashboard can retry and remove jobs: no other site may make the browser send this cookie.
      'SameSite=Strict',
      ...(request.protocol === 'https' ? ['Secure'] : []),
    ];
    reply.header('Set-Cookie', cookie.join('; '));
    return { url: QUEUE_DASHBOARD_PATH };
  }
}
