import { Controller, Get, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';

import type { AttachmentDto } from '@yilin/contracts';
import { Access } from '@engine/auth/access.decorator';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';

import { AttachmentsService } from './attachments.service';
import { readMultipartFile } from './multipart-upload';

@ApiTags('attachments')
@ApiBearerAuth()
@Controller()
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post('instances/:id/attachments')
  @Access('signed-in')
  @ApiConsumes('multipart/form-data')
  async upload(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AttachmentDto> {
    // Refuse before reading the body: strangers learn nothing and send nothing.
    await this.attachments.assertVisible(id, user);
    return this.attachments.store(id, user, await readMultipartFile(request, response));
  }

  @Post('attachments')
  @Access('signed-in')
  @ApiConsumes('multipart/form-data')
  @ApiOperation({
    summary: 'Upload a file for a start form (a filing\'s documents) before its instance exists',
    description: 'Only the uploader sees it until an instance they start names its id; that instance then holds it',
  })
  async stage(
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AttachmentDto> {
    return this.attachments.stage(user, await readMultipartFile(request, response));
  }

  @Get('instances/:id/attachments')
  @Access('signed-in')
  list(@CurrentUser() user: SessionUser, @Param('id') id: string): Promise<AttachmentDto[]> {
    return this.attachments.list(id, user);
  }

  @Get('attachments/:id')
  @Access('signed-in')
  async download(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { attachment, stream } = await this.attachments.open(id, user);
    response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    return new StreamableFile(stream, {
      type: attachment.contentType,
      length: attachment.size,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
    });
  }
}
