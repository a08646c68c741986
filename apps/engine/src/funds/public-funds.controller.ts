import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';

import type { PublicFundDto, PublicGrantDto } from '@yilin/contracts';
import { Access } from '@engine/auth/access.decorator';
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
  async grants(
    @Query(new RequestSchemaPipe(CSV_FORMAT_SCHEMA)) query: Format,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PublicGrantDto[] | string> {
    const grants = await this.transparency.grants();
    return query.format === 'csv' ? csv(res, 'grants', this.transparency.grantsCsv(grants)) : grants;
  }

  @Get('grants/csv')
  @Access('public')
  async grantsCsv(@Res({ passthrough: true }) res: Response): Promise<string> {
    return csv(res, 'grants', this.transparency.grantsCsv(await this.transparency.grants()));
  }
}

function csv(res: Response, name: string, body: string): string {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="yilin-${name}.csv"`);
  return body;
}
