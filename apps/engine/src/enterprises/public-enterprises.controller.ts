import { Controller, Get, Header } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { shanghaiDate } from '@yilin/workflow-common';
import { Access } from '@engine/auth/access.decorator';

import { toCsv } from '@engine/common/csv/csv.util';
import type { CertifiedEnterpriseDto } from './enterprise.dto';
import { EnterpriseRegistryService } from './enterprise-registry.service';

/** The transparency page's list of certified social enterprises: public facts only. */
@ApiTags('public')
@Controller('public/enterprises')
export class PublicEnterprisesController {
  constructor(private readonly registry: EnterpriseRegistryService) {}

  @Get()
  @Access('public')
  list(): Promise<CertifiedEnterpriseDto[]> {
    return this.registry.listCertified();
  }

  @Get('csv')
  @Access('public')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="certified-social-enterprises.csv"')
  async csv(): Promise<string> {
    const rows = await this.registry.listCertified();
    return toCsv(
      ['企业名称 / Name', '统一社会信用代码 / Registration number', '认定日期 / Certified on'],
      rows.map((row) => [row.name, row.registrationNo, shanghaiDate(row.certifiedAt)]),
    );
  }
}
