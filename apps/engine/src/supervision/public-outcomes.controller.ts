import { Controller, Get, Header } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { shanghaiDate } from '@yilin/workflow-common';
import { Access } from '@engine/auth/access.decorator';
import { toCsv } from '@engine/common/csv/csv.util';

import { ReviewRecordsService } from './review-records.service';
import type { PublicOutcomeDto } from './supervision.dto';

/** Published supervisory outcomes: each review's disclosure, redacted when it was written. */
@ApiTags('public')
@Controller('public/outcomes')
export class PublicOutcomesController {
  constructor(private readonly records: ReviewRecordsService) {}

  @Get()
  @Access('public')
  list(): Promise<PublicOutcomeDto[]> {
    return this.records.listOutcomes();
  }

  @Get('csv')
  @Access('public')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="supervisory-outcomes.csv"')
  async csv(): Promise<string> {
    const rows = await this.records.listOutcomes();
    return toCsv(
      ['公开日期 / Published on', '结论 / Outcome', '风险等级 / Risk level', '结果摘要 / Summary'],
      rows.map((row) => [shanghaiDate(row.publishedAt), row.outcome, row.riskLevel, row.summary]),
    );
  }
}
