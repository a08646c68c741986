import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { NotificationPageDto } from '@yilin/contracts';

import { Access } from '@engine/auth/access.decorator';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';
import { LIST_PAGE_SCHEMA, type PageQuery, pageLimit } from '@engine/common/pagination/page-query';
import { RequestSchemaPipe } from '@engine/common/validation/request-schema.pipe';

import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Access('signed-in')
  @ApiOperation({ summary: 'Notices for me and my roles, newest first, a page at a time (`cursor`, `limit` ≤ 200), with the unread count' })
  mine(
    @CurrentUser() user: SessionUser,
    @Query(new RequestSchemaPipe(LIST_PAGE_SCHEMA)) query: Omit<PageQuery, 'format'>,
  ): Promise<NotificationPageDto> {
    return this.notifications.listFor(user, { cursor: query.cursor, limit: pageLimit(query) });
  }

  @Post('read')
  @HttpCode(204)
  @Access('signed-in')
  @ApiOperation({ summary: 'Mark every notice sent so far to me and my roles as read' })
  markAllRead(@CurrentUser() user: SessionUser): Promise<void> {
    return this.notifications.markAllRead(user);
  }
}
