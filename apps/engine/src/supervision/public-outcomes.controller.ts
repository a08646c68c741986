import { Controller, Get, Query, type StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import type { PageDto } from '@yilin/contracts';
import { shanghaiDate } from '@yilin/workflow-common';
import { Access } from '@engine/auth/access.decorator';
import { allPages, csvFile, mapPages } from '@engine/common/csv/csv-stream';
import { PAGE_QUERY_SCHEMA, type PageQuery, pageLimit } from '@engine/common/pagination/page-query';
import { RequestSchemaPipe } from '@engine/common/validation/request-schema.pipe';

import { ReviewRecordsService } from './review-records.service';
import type { PublicOutcomeDto } from './supervision.dto';

const CSV_PAGE = 500;

/** Published supervisory outcomes: each review's disclosure, redacted when it was written. */
@ApiTags('public')
@Controller('public/outcomes')
export class PublicOutcomesController {
  constructor(private readonly records: ReviewRecordsService) {}

  @Get()
  @Access('public')
  @ApiOperation({ summary: 'Published supervisory outcomes, most recent first, a page at a time (`cursor`, `limit` ≤ 200)' })
  list(@Query(new RequestSchemaPipe(PAGE_QUERY_SCHEMA)) query: PageQuery): Promise<PageDto<PublicOutcomeDto>> {
    return this.records.listOutcomes({ cursor: query.cursor, limit: pageLimit(query) });
  }

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
