import { Controller, Get, Inject, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';

import type { AttachmentDto } from '@yilin/contracts';
import { Type } from 'typebox';
import { AttachmentSchema } from '@yilin/contracts/schemas';
import { Operation } from '@engine/common/openapi/operation.decorator';
import { Access } from '@engine/auth/access.decorator';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';
import { ENGINE_CONFIG, type EngineConfig } from '@engine/config/engine-config';

import { ATTACHMENT_TYPES } from './attachment-limits.const';
import { AttachmentsService } from './attachments.service';
import { multipartFileReader, type MultipartFileReader } from './multipart-upload';

@ApiTags('attachments')
@Controller()
export class AttachmentsController {
  private readonly readMultipartFile: MultipartFileReader;

  constructor(
    private readonly attachments: AttachmentsService,
    @Inject(ENGINE_CONFIG) config: EngineConfig,
  ) {
    this.readMultipartFile = multipartFileReader(config.attachmentMaxBytes);
  }

  @Operation({ summary: 'Attach a file to an instance (multipart/form-data, field `file`)', response: AttachmentSchema, uploadField: 'file' })
  @Post('instances/:id/attachments')
  @Access('signed-in')
  async upload(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
  ): Promise<AttachmentDto> {
    // Refuse before reading the body: strangers learn nothing and send nothing.
    await this.attachments.assertVisible(id, user);
    return this.attachments.store(id, user, await this.readMultipartFile(request));
  }

  @Operation({
    summary: 'Upload a file for a start form (a filing\'s documents) before its instance exists (multipart/form-data, field `file`)',
    description: 'Only the uploader sees it until an instance they start names its id; that instance then holds it',
    response: AttachmentSchema,
    uploadField: 'file',
  })
  @Post('attachments')
  @Access('signed-in')
  async stage(
    @CurrentUser() user: SessionUser,
    @Req() request: FastifyRequest,
  ): Promise<AttachmentDto> {
    return this.attachments.stage(user, await this.readMultipartFile(request));
  }

  @Operation({ summary: 'The files attached to an instance', response: Type.Array(AttachmentSchema) })
  @Get('instances/:id/attachments')
  @Access('signed-in')
  list(@CurrentUser() user: SessionUser, @Param('id') id: string): Promise<AttachmentDto[]> {
    return this.attachments.list(id, user);
  }

  @Operation({
    summary: 'Download an attached file',
    produces: Object.fromEntries(Object.keys(ATTACHMENT_TYPES).map((type) => [type, Type.String({ format: 'binary' })])),
  })
  @Get('attachments/:id')
  @Access('signed-in')
  async download(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { attachment, stream } = await this.attachments.open(id, user);
    reply.header('Content-Security-Policy', "default-src 'none'; sandbox");
    return new StreamableFile(stream, {
      type: attachment.contentType,
      length: attachment.size,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
    });
  }
}
