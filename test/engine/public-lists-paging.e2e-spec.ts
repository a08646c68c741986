import { DataSource } from 'typeorm';

import type { PageDto } from '@yilin/contracts';
import { ulid } from '@yilin/runtime';
import { partialRow } from '@engine/database/partial-row.util';
import { EnterpriseEntity } from '@engine/enterprises/enterprise.entity';
import { FundReservationEntity, type ReservationStatus } from '@engine/funds/fund-reservation.entity';
import { ReviewRecordEntity } from '@engine/supervision/review-record.entity';
import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { engineOnStack } from '@test/support/test-engine';

// More grants than SQLite takes variables in one statement (32,766): the register once sent them all in one `IN (…)`.
const GRANTS = 33_000;
const STATUSES: ReservationStatus[] = ['held', 'closed', 'refused'];
const published = (i: number) => i % 3 !== 2;

describe.each(ENGINE_STACKS)('public lists page by page on $name', (stack) => {
  const block = engineOnStack(stack);
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = block.engine.app.get(DataSource);
    const at = new Date('2026-01-01T00:00:00Z');
    await dataSource.transaction(async (m) => {
      for (let start = 0; start < GRANTS; start += 1000) {
        const rows = Array.from({ length: Math.min(1000, GRANTS - start) }, (_, k) => {
          const i = start + k;
          return partialRow<FundReservationEntity>({
            id: ulid(at.getTime() + i),
            grantId: ulid(at.getTime() + i),
            fundId: 'FUND0000000000000000000000',
            programmeId: null,
            programmeTitle: '社区微更新',
            organisation: `机构 ${i}`,
            title: `grant-${i}`,
            status: STATUSES[i % 3],
            requested: 100,
            amount: 100,
            disbursed: 0,
            released: 0,
            refusalReason: null,
            availableAtRefusal: null,
            createdAt: at,
            updatedAt: at,
          });
        });
        await m.createQueryBuilder().insert().into(FundReservationEntity).values(rows).execute();
      }
    });
  }, 120_000);

  it(`answers the grants register with a page, not a 500, above 32,766 grants`, async () => {
    const first = await block.engine.http.get('/api/public/grants').expect(200);
    expect(first.body.items).toHaveLength(50);
    expect(first.body.items[0].title).toBe(`grant-${GRANTS - 2}`);
    const second = await block.engine.http.get(`/api/public/grants?limit=200&cursor=${first.body.nextCursor}`).expect(200);
    expect(second.body.items).toHaveLength(200);
    const titles = [...first.body.items, ...second.body.items].map((grant: { title: string }) => Number(grant.title.slice(6)));
    const expected = [];
    for (let i = GRANTS - 1; expected.length < 250; i--) if (published(i)) expected.push(i);
    expect(titles).toEqual(expected);
  });

  it('sends the whole register as CSV, every published grant once', async () => {
    const csv = await block.engine.http.get('/api/public/grants/csv').expect(200);
    const lines = csv.text.split('\r\n').slice(1, -1);
    const titles = new Set(lines.map((line) => line.split(',')[2]));
    expect(lines).toHaveLength(Math.ceil((GRANTS * 2) / 3));
    expect(titles.size).toBe(lines.length);
    expect(titles.has('grant-2')).toBe(false);
    expect(titles.has('grant-0')).toBe(true);
  }, 60_000);

  it('pages enterprises and outcomes certified or published at the same moment without duplicates or gaps', async () => {
    const moments = [new Date('2026-03-01T08:00:00Z'), new Date('2026-03-02T08:00:00Z')];
    const enterprises = Array.from({ length: 7 }, (_, i) =>
      partialRow<EnterpriseEntity>({
        id: ulid(),
        registrationInstanceId: ulid(),
        name: `企业 ${i}`,
        normalizedName: `企业${i}`,
        registrationNo: `91510100MA${String(i).padStart(8, '0')}`,
        founderUserId: 'founder',
        registeredAt: moments[0],
        certifiedAt: i === 6 ? null : moments[i % 2],
        referredToIncubationAt: null,
      }),
    );
    const reviews = Array.from({ length: 5 }, (_, i) =>
      partialRow<ReviewRecordEntity>({
        reviewId: ulid(),
        trackingCode: `TRACK${i}`,
        source: 'public',
        raisedAt: moments[0],
        disclosure: { summary: `结果 ${i}`, outcome: 'no-issue', riskLevel: null, publishedAt: moments[i % 2].toISOString() },
        publishedAt: moments[i % 2],
      }),
    );
    await dataSource.manager.insert(EnterpriseEntity, enterprises);
    await dataSource.manager.insert(ReviewRecordEntity, reviews);

    const pageThrough = async (path: string) => {
      const seen: Array<Record<string, string>> = [];
      let cursor: string | null = null;
      do {
        const response: { body: PageDto<Record<string, string>> } = await block.engine.http.get(`${path}?limit=2${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
        seen.push(...response.body.items);
        cursor = response.body.nextCursor;
      } while (cursor);
      return seen;
    };
    const certified = (await pageThrough('/api/public/enterprises')).map((e) => e.name);
    expect(certified).toHaveLength(6);
    expect([...certified].sort()).toEqual(['企业 0', '企业 1', '企业 2', '企业 3', '企业 4', '企业 5']);
    expect(certified.slice(0, 3).sort()).toEqual(['企业 1', '企业 3', '企业 5']);
    const outcomes = (await pageThrough('/api/public/outcomes')).map((o) => o.summary);
    expect([...outcomes].sort()).toEqual(['结果 0', '结果 1', '结果 2', '结果 3', '结果 4']);
    expect(outcomes.slice(0, 2).sort()).toEqual(['结果 1', '结果 3']);

    await block.engine.http.get('/api/public/enterprises?cursor=not-a-cursor').expect(400);
    await block.engine.http.get('/api/public/grants?cursor=nope').expect(400);
  });
});
