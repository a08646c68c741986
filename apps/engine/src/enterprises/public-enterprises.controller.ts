import { Controller, Get, Query, type StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import type { PageDto } from '@yilin/contracts';
import { shanghaiDate } from '@yilin/workflow-common';
import { CertifiedEnterpriseSchema, pageOf, PageQuerySchema } from '@yilin/contracts/schemas';
import { CSV_CONTENT, Operation } from '@engine/common/openapi/operation.decorator';
import { Access } from '@engine/auth/access.decorator';
import { allPages, csvFile, mapPages } from '@engine/common/csv/csv-stream';
import { type PageQuery, pageLimit } from '@engine/common/pagination/page-query';

import type { CertifiedEnterpriseDto } from './enterprise.dto';
import { EnterpriseRegistryService } from './enterprise-registry.service';

const CSV_PAGE = 500;

/** The transparency page's list of certified social enterprises: public facts only. */
@ApiTags('public')
@Controller('public/enterprises')
export class PublicEnterprisesController {
  constructor(private readonly registry: EnterpriseRegistryService) {}

  @Operation({
    summary: 'Certified social enterprises, most recent first, a page at a time (`cursor`, `limit` ≤ 200)',
    query: PageQuerySchema, response: pageOf(CertifiedEnterpriseSchema),
  })
  @Get()
  @Access('public')
  list(@Query() query: PageQuery): Promise<PageDto<CertifiedEnterpriseDto>> {
    return this.registry.listCertified({ cursor: query.cursor, limit: pageLimit(query) });
  }

  @Operation({ summary: 'Every certified social enterprise as a spreadsheet (CSV)', produces: CSV_CONTENT })
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
