import { Injectable, type StreamableFile } from '@nestjs/common';
import { In, LessThan } from 'typeorm';

import type { LocalizedText, PageDto, PublicFundDto, PublicGrantDto } from '@yilin/contracts';
import { WorkflowRegistry } from '@yilin/runtime';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { WorkflowInstanceEntity } from '@engine/instances/entities/workflow-instance.entity';

import { allPages, csvFile, mapPages } from '@engine/common/csv/csv-stream';
import { toCsv, yuanCell } from '@engine/common/csv/csv.util';

import { FundEntity } from './fund.entity';
import { FundReservationEntity, type ReservationStatus } from './fund-reservation.entity';
import { availableOf } from './funds.dto';

const GRANT_WORKFLOW = 'grant-approval';

@Injectable()
export class TransparencyService {
  constructor(
    private readonly db: DatabaseTransactions,
    private readonly registry: WorkflowRegistry,
  ) {}

  async funds(): Promise<PublicFundDto[]> {
    const funds = await this.db.exclusive(() => this.db.dataSource.manager.find(FundEntity, { order: { code: 'ASC' } }));
    return funds
      .sort((a, b) => Number(a.kind !== 'special') - Number(b.kind !== 'special'))
      .map((fund) => ({
        id: fund.id,
        code: fund.code,
        kind: fund.kind,
        name: { zh: fund.nameZh, en: fund.nameEn },
        received: fund.received,
        granted: fund.reserved - fund.released,
        disbursed: fund.disbursed,
        available: availableOf(fund),
      }));
  }

  /**
   * A page of grants whose money a fund reserved, newest first, with the step each one is at. Each status
   * is read in id order on its own index and the newest of both make the page, so a page costs the
   * same whatever the register holds.
   */
  async grants(page: { cursor?: string; limit: number }): Promise<PageDto<PublicGrantDto>> {
    const { rows, funds, instances } = await this.db.exclusive(async () => {
      const m = this.db.dataSource.manager;
      const newest = (status: ReservationStatus) =>
        m.find(FundReservationEntity, {
          where: { status, ...(page.cursor ? { id: LessThan(page.cursor) } : {}) },
          order: { id: 'DESC' },
          take: page.limit + 1,
        });
      const rows = [...(await newest('held')), ...(await newest('closed'))]
        .sort((a, b) => (a.id < b.id ? 1 : -1))
        .slice(0, page.limit + 1);
      const funds = await m.find(FundEntity, { select: { id: true, nameZh: true, nameEn: true } });
      // By id alone, the primary key: with the workflow in the condition as well, SQLite may read the
      // workflow's whole range of an index instead of one row per grant on the page.
      const instances = rows.length
        ? (
            await m.find(WorkflowInstanceEntity, {
              select: { id: true, workflow: true, state: true },
              where: { id: In(rows.map((row) => row.grantId)) },
            })
          ).filter((instance) => instance.workflow === GRANT_WORKFLOW)
        : [];
      return { rows, funds, instances };
    });
    const fundNames = new Map(funds.map((fund) => [fund.id, { zh: fund.nameZh, en: fund.nameEn }]));
    const states = new Map(instances.map((instance) => [instance.id, instance.state]));
    const items = rows.slice(0, page.limit).map((row) => {
      const stage = this.stageOf(states.get(row.grantId) ?? 'granted');
      return {
        grantId: row.grantId,
        programme: row.programmeTitle,
        organisation: row.organisation,
        title: row.title,
        fund: fundNames.get(row.fundId) ?? { zh: '', en: '' },
        amount: row.amount,
        disbursed: row.disbursed,
        released: row.released,
        state: stage.path,
        stateTitle: stage.title,
        approvedAt: row.createdAt.toISOString(),
      };
    });
    return { items, nextCursor: rows.length > page.limit ? rows[page.limit - 1].id : null };
  }

  fundsCsv(funds: PublicFundDto[]): string {
    return toCsv(FUND_COLUMNS, funds.map(fundCells));
  }

  /** The whole register as CSV, read and sent a page at a time. */
  grantsCsv(): StreamableFile {
    const pages = allPages((cursor) => this.grants({ cursor, limit: CSV_PAGE }));
    return csvFile('yilin-grants.csv', GRANT_COLUMNS, mapPages(pages, grantCells));
  }

  /** The step to show the public: `granted.delivery` rather than every parallel leaf inside it. */
  private stageOf(state: string): { path: string; title: LocalizedText } {
    const titles = this.registry.keys().includes(GRANT_WORKFLOW) ? (this.registry.latest(GRANT_WORKFLOW).states ?? {}) : {};
    const leaf = state.split(',')[0];
    const segments = leaf.split('.');
    const path = [segments.slice(0, 2).join('.'), segments[0]].find((candidate) => titles[candidate]) ?? segments[0];
    return { path, title: titles[path] ?? { zh: path, en: path } };
  }
}

const CSV_PAGE = 500;

const FUND_COLUMNS = ['基金 Fund', '类型 Kind', '累计接收(元) Received (yuan)', '已资助(元) Granted (yuan)', '已拨付(元) Disbursed (yuan)', '可用余额(元) Available (yuan)'];

const fundCells = (fund: PublicFundDto) => [
  fund.name.zh,
  fund.kind === 'special' ? '专项基金 special fund' : '微基金 micro-fund',
  yuanCell(fund.received),
  yuanCell(fund.granted),
  yuanCell(fund.disbursed),
  yuanCell(fund.available),
];

const GRANT_COLUMNS = ['项目类别 Programme', '申请机构 Organisation', '项目名称 Title', '基金 Fund', '资助金额(元) Amount (yuan)', '已拨付(元) Disbursed (yuan)', '状态 State', '批准时间 Approved at'];

const grantCells = (grant: PublicGrantDto) => [
  grant.programme,
  grant.organisation,
  grant.title,
  grant.fund.zh,
  yuanCell(grant.amount),
  yuanCell(grant.disbursed),
  `${grant.stateTitle.zh} ${grant.stateTitle.en}`,
  grant.approvedAt,
];
