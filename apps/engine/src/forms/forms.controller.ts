import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import type {
  FormCheckDto,
  FormDiffDto,
  FormDocument,
  FormDto,
  FormSummaryDto,
  FormUsageDto,
  FormVersionDto,
  PublishFormResultDto,
} from '@yilin/contracts';
import { Access } from '@engine/auth/access.decorator';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';
import { RequestSchemaPipe } from '@engine/common/validation/request-schema.pipe';

import { CHECK_DRAFT_SCHEMA, CREATE_FORM_SCHEMA, DIFF_QUERY_SCHEMA, SAVE_DRAFT_SCHEMA } from './forms.schemas';
import { FormsService } from './registry/forms.service';

const DESIGNERS = ['staff', 'admin'] as const;

@ApiTags('forms')
@ApiBearerAuth()
@Controller('forms')
export class FormsController {
  constructor(private readonly forms: FormsService) {}

  @Get()
  @Access(DESIGNERS)
  list(): Promise<FormSummaryDto[]> {
    return this.forms.list();
  }

  @Post()
  @Access(DESIGNERS)
  create(
    @CurrentUser() user: SessionUser,
    @Body(new RequestSchemaPipe(CREATE_FORM_SCHEMA)) body: { key: string; draft?: FormDocument },
  ): Promise<FormDto> {
    return this.forms.create(body.key, body.draft, user.username);
  }

  @Get(':key')
  @Access(DESIGNERS)
  get(@Param('key') key: string): Promise<FormDto> {
    return this.forms.get(key);
  }

  @Put(':key/draft')
  @Access(DESIGNERS)
  saveDraft(
    @CurrentUser() user: SessionUser,
    @Param('key') key: string,
    @Body(new RequestSchemaPipe(SAVE_DRAFT_SCHEMA)) body: { draft: FormDocument },
  ): Promise<FormDto> {
    return this.forms.saveDraft(key, body.draft, user.username);
  }

  @Post(':key/check')
  @HttpCode(200)
  @Access(DESIGNERS)
  check(@Param('key') key: string, @Body(new RequestSchemaPipe(CHECK_DRAFT_SCHEMA)) body: { draft?: FormDocument }): Promise<FormCheckDto> {
    return this.forms.check(key, body.draft);
  }

  @Post(':key/publish')
  @Access(DESIGNERS)
  publish(@CurrentUser() user: SessionUser, @Param('key') key: string): Promise<PublishFormResultDto> {
    return this.forms.publish(key, user.username);
  }

  @Get(':key/versions/latest')
  @Access('signed-in')
  latest(@Param('key') key: string): Promise<FormVersionDto> {
    return this.forms.latest(key);
  }

  @Get(':key/versions/:version')
  @Access('signed-in')
  version(@Param('key') key: string, @Param('version', ParseIntPipe) version: number): Promise<FormVersionDto> {
    return this.forms.version(key, version);
  }

  @Get(':key/diff')
  @Access(DESIGNERS)
  diff(@Param('key') key: string, @Query(new RequestSchemaPipe(DIFF_QUERY_SCHEMA)) query: { from: string; to: string }): Promise<FormDiffDto> {
    return this.forms.diff(key, Number(query.from), query.to === 'draft' ? 'draft' : Number(query.to));
  }

  @Get(':key/usages')
  @Access(DESIGNERS)
  usages(@Param('key') key: string): Promise<FormUsageDto[]> {
    return this.forms.usages(key);
  }
}
