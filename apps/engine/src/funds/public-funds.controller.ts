import { Controller, Get, Query, Res, type StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';

import type { PageDto, PublicFundDto, PublicGrantDto } from '@yilin/contracts';
import { Access } from '@engine/auth/access.decorator';
import { checkIdCursor, PAGE_QUERY_SCHEMA, type PageQuery, pageLimit } from '@engine/common/pagination/page-query';
import { RequestSchemaPipe } from '@engine/common/validation/request-schema.pipe';

import { CSV_FORMAT_SCHEMA } from './funds.schemas';
import { TransparencyService } from './transparency.service';

type Format = { format?: 'json' | 'csv' };

/** The transparency pages' data (公开): anyone may read it, no sign-in; CSV for spreadsheets. */
@ApiTags('public')
@Controller('public')
export class PublicFundsController {
  constructor(private readonly transparency: TransparencyService) {}

  @Get('funds')
  @Access('public')
  async funds(
    @Query(new RequestSchemaPipe(CSV_FORMAT_SCHEMA)) query: Format,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PublicFundDto[] | string> {
    const funds = await this.transparency.funds();
    return query.format === 'csv' ? csv(res, 'funds', this.transparency.fundsCsv(funds)) : funds;
  }

  @Get('funds/csv')
  @Access('public')
  async fundsCsv(@Res({ passthrough: true }) res: Response): Promise<string> {
    return csv(res, 'funds', this.transparency.fundsCsv(await this.transparency.funds()));
  }

  @Get('grants')
  @Access('public')
  @ApiOperation({ summary: 'Approved grants, newest first, a page at a time (`cursor`, `limit` ≤ 200); `format=csv` sends the whole register' })
  grants(@Query(new RequestSchemaPipe(PAGE_QUERY_SCHEMA)) query: PageQuery): Promise<PageDto<PublicGrantDto>> | StreamableFile {
    if (query.format === 'csv') return this.transparency.grantsCsv();
    return this.transparency.grants({ cursor: query.cursor && checkIdCursor(query.cursor), limit: pageLimit(query) });
  }

  @Get('grants/csv')
  @Access('public')
  grantsCsv(): StreamableFile {
    return this.transparency.grantsCsv();
  }
}

function csv(res: Response, name: string, body: string): string {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="yilin-${name}.csv"`);
  return body;
}
