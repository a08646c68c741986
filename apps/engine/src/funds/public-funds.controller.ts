import { Controller, Get, Query, Res, type StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Type } from 'typebox';
import type { FastifyReply } from 'fastify';

import type { PageDto, PageQuery, PublicFundDto, PublicGrantDto } from '@yilin/contracts';
import { ExportFormatQuerySchema, PageQuerySchema, pageOf, PublicFundSchema, PublicGrantSchema } from '@yilin/contracts/schemas';
import { Access } from '@engine/auth/access.decorator';
import { CSV_CONTENT, Operation } from '@engine/common/openapi/operation.decorator';
import { checkIdCursor, pageLimit } from '@engine/common/pagination/page-query';

import { TransparencyService } from './transparency.service';

type Format = { format?: 'json' | 'csv' };

/** The transparency pages' data (公开): anyone may read it, no sign-in; CSV for spreadsheets. */
@ApiTags('public')
@Controller('public')
export class PublicFundsController {
  constructor(private readonly transparency: TransparencyService) {}

  @Operation({
    summary: 'Every fund: what came in, what was granted, what is left; `format=csv` for a spreadsheet',
    query: ExportFormatQuerySchema,
    response: Type.Array(PublicFundSchema),
    produces: CSV_CONTENT,
  })
  @Get('funds')
  @Access('public')
  async funds(
    @Query() query: Format,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PublicFundDto[] | string> {
    const funds = await this.transparency.funds();
    return query.format === 'csv' ? csv(reply, 'funds', this.transparency.fundsCsv(funds)) : funds;
  }

  @Operation({ summary: 'Every fund as a spreadsheet (CSV)', produces: CSV_CONTENT })
  @Get('funds/csv')
  @Access('public')
  async fundsCsv(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    return csv(reply, 'funds', this.transparency.fundsCsv(await this.transparency.funds()));
  }

  @Operation({
    summary: 'Approved grants, newest first, a page at a time (`cursor`, `limit` ≤ 200); `format=csv` sends the whole register',
    query: PageQuerySchema,
    response: pageOf(PublicGrantSchema),
    produces: CSV_CONTENT,
  })
  @Get('grants')
  @Access('public')
  grants(@Query() query: PageQuery): Promise<PageDto<PublicGrantDto>> | StreamableFile {
    if (query.format === 'csv') return this.transparency.grantsCsv();
    return this.transparency.grants({ cursor: query.cursor && checkIdCursor(query.cursor), limit: pageLimit(query) });
  }

  @Operation({ summary: 'Every approved grant as a spreadsheet (CSV)', produces: CSV_CONTENT })
  @Get('grants/csv')
  @Access('public')
  grantsCsv(): StreamableFile {
    return this.transparency.grantsCsv();
  }
}

function csv(reply: FastifyReply, name: string, body: string): string {
  reply.header('Content-Type', 'text/csv; charset=utf-8');
  reply.header('Content-Disposition', `attachment; filename="yilin-${name}.csv"`);
  return body;
}
