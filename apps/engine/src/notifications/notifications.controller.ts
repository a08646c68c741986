import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import type { NotificationPageDto } from '@yilin/contracts';

import { ListPageQuerySchema, NotificationPageSchema } from '@yilin/contracts/schemas';
import { Operation } from '@engine/common/openapi/operation.decorator';
import { Access } from '@engine/auth/access.decorator';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';
import { type PageQuery, pageLimit } from '@engine/common/pagination/page-query';

import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Operation({
    summary: 'Notices for me and my roles, newest first, a page at a time (`cursor`, `limit` ≤ 200), with the unread count',
    query: ListPageQuerySchema, response: NotificationPageSchema,
  })
  @Get()
  @Access('signed-in')
  mine(
    @CurrentUser() user: SessionUser,
    @Query() query: Omit<PageQuery, 'format'>,
  ): Promise<NotificationPageDto> {
    return this.notifications.listFor(user, { cursor: query.cursor, limit: pageLimit(query) });
  }

  @Operation({ summary: 'Mark every notice sent so far to me and my roles as read' })
  @Post('read')
  @HttpCode(204)
  @Access('signed-in')
  markAllRead(@CurrentUser() user: SessionUser): Promise<void> {
    return this.notifications.markAllRead(user);
  }
}
