import { Controller, Get, Query, type StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import type { PageDto } from '@yilin/contracts';
import { shanghaiDate } from '@yilin/workflow-common';
import { pageOf, PageQuerySchema, PublicOutcomeSchema } from '@yilin/contracts/schemas';
import { CSV_CONTENT, Operation } from '@engine/common/openapi/operation.decorator';
import { Access } from '@engine/auth/access.decorator';
import { allPages, csvFile, mapPages } from '@engine/common/csv/csv-stream';
import { type PageQuery, pageLimit } from '@engine/common/pagination/page-query';

import { ReviewRecordsService } from './review-records.service';
import type { PublicOutcomeDto } from './supervision.dto';

const CSV_PAGE = 500;

/** Published supervisory outcomes: each review's disclosure, redacted when it was written. */
@ApiTags('public')
@Controller('public/outcomes')
export class PublicOutcomesController {
  constructor(private readonly records: ReviewRecordsService) {}

  @Operation({
    summary: 'Published supervisory outcomes, most recent first, a page at a time (`cursor`, `limit` ≤ 200)',
    query: PageQuerySchema, response: pageOf(PublicOutcomeSchema),
  })
  @Get()
  @Access('public')
  list(@Query() query: PageQuery): Promise<PageDto<PublicOutcomeDto>> {
    return this.records.listOutcomes({ cursor: query.cursor, limit: pageLimit(query) });
  }

  @Operation({ summary: 'Every published supervisory outcome as a spreadsheet (CSV)', produces: CSV_CONTENT })
  @Get('csv')
  @Access('public')
  csv(): StreamableFile {
    const pages = allPages((cursor) => this.records.listOutcomes({ cursor, limit: CSV_PAGE }));
    return csvFile(
      'supervisory-outcomes.csv',
      ['公开日期 / Published on', '结论 / Outcome', '风险等级 / Risk level', '结果摘要 / Summary'],
      mapPages(pages, (row) => [shanghaiDate(row.publishedAt), row.outcome, row.riskLevel, row.summary]),
    );
  }
}
