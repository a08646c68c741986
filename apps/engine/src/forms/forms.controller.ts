import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

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
import { Type } from 'typebox';
import { CheckFormDraftRequestSchema, CreateFormRequestSchema, FormCheckSchema, FormDiffQuerySchema, FormDiffSchema, FormSchema, FormSummarySchema, FormUsageSchema, FormVersionSchema, PublishFormResultSchema, SaveFormDraftRequestSchema } from '@yilin/contracts/schemas';
import { Operation } from '@engine/common/openapi/operation.decorator';
import { Access } from '@engine/auth/access.decorator';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';

import { FormsService } from './registry/forms.service';

const DESIGNERS = ['staff', 'admin'] as const;

@ApiTags('forms')
@Controller('forms')
export class FormsController {
  constructor(private readonly forms: FormsService) {}

  @Operation({
    summary: 'Every form with its title, latest published version and whether its draft changed',
    response: Type.Array(FormSummarySchema),
  })
  @Get()
  @Access(DESIGNERS)
  list(): Promise<FormSummaryDto[]> {
    return this.forms.list();
  }

  @Operation({
    summary: 'Create a form (an empty draft unless one is given)',
    body: CreateFormRequestSchema, response: FormSchema,
  })
  @Post()
  @Access(DESIGNERS)
  create(
    @CurrentUser() user: SessionUser,
    @Body() body: { key: string; draft?: FormDocument },
  ): Promise<FormDto> {
    return this.forms.create(body.key, body.draft, user.username);
  }

  @Operation({ summary: 'A form with its draft and published versions', response: FormSchema })
  @Get(':key')
  @Access(DESIGNERS)
  get(@Param('key') key: string): Promise<FormDto> {
    return this.forms.get(key);
  }

  @Operation({ summary: "Save a form's draft", body: SaveFormDraftRequestSchema, response: FormSchema })
  @Put(':key/draft')
  @Access(DESIGNERS)
  saveDraft(
    @CurrentUser() user: SessionUser,
    @Param('key') key: string,
    @Body() body: { draft: FormDocument },
  ): Promise<FormDto> {
    return this.forms.saveDraft(key, body.draft, user.username);
  }

  @Operation({
    summary: 'Check a draft (the one given, or the saved one): errors block publishing, warnings do not',
    body: CheckFormDraftRequestSchema, response: FormCheckSchema,
  })
  @Post(':key/check')
  @HttpCode(200)
  @Access(DESIGNERS)
  check(@Param('key') key: string, @Body() body: { draft?: FormDocument }): Promise<FormCheckDto> {
    return this.forms.check(key, body.draft);
  }

  @Operation({
    summary: 'Publish the draft as the next version; steps bound to the form use it for new data',
    response: PublishFormResultSchema,
  })
  @Post(':key/publish')
  @Access(DESIGNERS)
  publish(@CurrentUser() user: SessionUser, @Param('key') key: string): Promise<PublishFormResultDto> {
    return this.forms.publish(key, user.username);
  }

  @Operation({ summary: 'The latest published version of a form', response: FormVersionSchema })
  @Get(':key/versions/latest')
  @Access('signed-in')
  latest(@Param('key') key: string): Promise<FormVersionDto> {
    return this.forms.latest(key);
  }

  @Operation({ summary: 'One published version of a form', response: FormVersionSchema })
  @Get(':key/versions/:version')
  @Access('signed-in')
  version(@Param('key') key: string, @Param('version', ParseIntPipe) version: number): Promise<FormVersionDto> {
    return this.forms.version(key, version);
  }

  @Operation({
    summary: 'What changed between two versions of a form (or a version and the draft)',
    query: FormDiffQuerySchema, response: FormDiffSchema,
  })
  @Get(':key/diff')
  @Access(DESIGNERS)
  diff(@Param('key') key: string, @Query() query: { from: string; to: string }): Promise<FormDiffDto> {
    return this.forms.diff(key, Number(query.from), query.to === 'draft' ? 'draft' : Number(query.to));
  }

  @Operation({ summary: 'The workflow steps that collect their data with this form', response: Type.Array(FormUsageSchema) })
  @Get(':key/usages')
  @Access(DESIGNERS)
  usages(@Param('key') key: string): Promise<FormUsageDto[]> {
    return this.forms.usages(key);
  }
}
