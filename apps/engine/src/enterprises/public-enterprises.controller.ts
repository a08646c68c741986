import { Controller, Get, Query, type StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import type { PageDto } from '@yilin/contracts';
import { shanghaiDate } from '@yilin/workflow-common';
import { Access } from '@engine/auth/access.decorator';
import { allPages, csvFile, mapPages } from '@engine/common/csv/csv-stream';
import { PAGE_QUERY_SCHEMA, type PageQuery, pageLimit } from '@engine/common/pagination/page-query';
import { RequestSchemaPipe } from '@engine/common/validation/request-schema.pipe';

import type { CertifiedEnterpriseDto } from './enterprise.dto';
import { EnterpriseRegistryService } from './enterprise-registry.service';

const CSV_PAGE = 500;

/** The transparency page's list of certified social enterprises: public facts only. */
@ApiTags('public')
@Controller('public/enterprises')
export class PublicEnterprisesController {
  constructor(private readonly registry: EnterpriseRegistryService) {}

  @Get()
  @Access('public')
  @ApiOperation({ summary: 'Certified social enterprises, most recent first, a page at a time (`cursor`, `limit` ≤ 200)' })
  list(@Query(new RequestSchemaPipe(PAGE_QUERY_SCHEMA)) query: PageQuery): Promise<PageDto<CertifiedEnterpriseDto>> {
    return this.registry.listCertified({ cursor: query.cursor, limit: pageLimit(query) });
  }

  @Get('csv')
  @Access('public')
  csv(): StreamableFile {
    const pages = allPages((cursor) => this.registry.listCertified({ cursor, limit: CSV_PAGE }));
    return csvFile(
      'certified-social-enterprises.csv',
      ['企业名称 / Name', '统一社会信用代码 / Registration number', '认定日期 / Certified on'],
      mapPages(pages, (row) => [row.name, row.registrationNo, shanghaiDate(row.certifiedAt)]),
    );
  }
}
