import { DataSource } from 'typeorm';

import { systemClock, ulid } from '@yilin/runtime';
import { dataSourceOptions } from '@engine/database/data-source-options';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '@engine/testing/test-database';

import { FundLedgerEntryEntity } from './fund-ledger-entry.entity';
import { FundLedger } from './fund-ledger.service';
import type { LedgerEntryDto } from './funds.dto';
import { FundsService } from './funds.service';

const facts = { programmeId: 'p', programmeTitle: '社区微更新', organisation: '玉林邻里互助会', title: '口袋公园' };

describe.each(TEST_DRIVERS)('fund ledger on %s', (driver) => {
  let testDb: TestDatabase;
  let dataSource: DataSource;
  let ledger: FundLedger;
  let funds: FundsService;
  let code = 0;

  beforeAll(async () => {
    testDb = await openTestDatabase(driver);
    dataSource = await new DataSource(dataSourceOptions(testDb.database)).initialize();
    const db = new DatabaseTransactions(dataSource);
    ledger = new FundLedger(db, systemClock);
    funds = new FundsService(db, systemClock);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await testDb.drop();
  });

  const newFund = async (donated: number) => {
    const fund = await funds.create({ code: `fund-${driver}-${++code}`, kind: 'micro', name: { zh: '测试微基金', en: 'Test micro-fund' } });
    if (donated) await ledger.donate(fund.id, { amount: donated });
    return fund.id;
  };

  /** The running totals must equal the ledger's sums, entry by entry. */
  const expectLedgerExact = async (fundId: string) => {
    const entries = await dataSource.manager.find(FundLedgerEntryEntity, { where: { fundId } });
    const sum = (kind: string) => entries.filter((e) => e.kind === kind).reduce((total, e) => total + e.amount, 0);
    const { balances } = await funds.get(fundId);
    expect(balances).toEqual({
      received: sum('donation'),
      reserved: sum('reservation'),
      released: sum('release'),
      disbursed: sum('disbursement'),
      granted: sum('reservation') - sum('release'),
      available: sum('donation') - sum('reservation') + sum('release'),
    });
    expect(balances.available).toBeGreaterThanOrEqual(0);
    return balances;
  };

  it('keeps balances exact through donation, reservation, tranches and release', async () => {
    const fundId = await newFund(0);
    await ledger.donate(fundId, { amount: 1_000_001, note: '众筹' });
    await ledger.donate(fundId, { amount: 99_999, key: 'receipt-7' });
    await ledger.donate(fundId, { amount: 99_999, key: 'receipt-7' });
    const reserved = await ledger.reserve({ grantId: 'G1', fundId, amount: 500_003, ...facts });
    expect(reserved).toEqual({ outcome: 'reserved', reservationId: expect.any(String), amount: 500_003 });
    if (reserved.outcome !== 'reserved') throw new Error('not reserved');
    await ledger.disburse({ reservationId: reserved.reservationId, amount: 300_001, tranche: 1 });
    await expect(ledger.disburse({ reservationId: reserved.reservationId, amount: 300_000, tranche: 2 })).rejects.toMatchObject({
      code: 'DISBURSEMENT_EXCEEDS_RESERVATION',
    });
    expect(await ledger.release(reserved.reservationId)).toEqual({ released: 200_002 });
    const balances = await expectLedgerExact(fundId);
    expect(balances).toMatchObject({ received: 1_100_000, reserved: 500_003, disbursed: 300_001, released: 200_002, granted: 300_001, available: 799_999 });
    await expect(ledger.disburse({ reservationId: reserved.reservationId, amount: 1, tranche: 3 })).rejects.toMatchObject({ code: 'RESERVATION_NOT_HELD' });
  });

  it('pages the ledger newest first, each entry carrying the available balance it left', async () => {
    const fundId = await newFund(0);
    for (let i = 1; i <= 5; i++) await ledger.donate(fundId, { amount: i * 1000 });
    const reserved = await ledger.reserve({ ...facts, grantId: ulid(), fundId, amount: 4000 });
    if (reserved.outcome !== 'reserved') throw new Error('expected a reservation');
    await ledger.disburse({ reservationId: reserved.reservationId, amount: 1000, tranche: 1 });
    await ledger.release(reserved.reservationId);
    await ledger.donate(fundId, { amount: 7 });

    const pages: LedgerEntryDto[] = [];
    let cursor: string | undefined;
    do {
      const page = await funds.ledger(fundId, { cursor, limit: 3 });
      expect(page.items.length).toBeLessThanOrEqual(3);
      pages.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(pages.map((e) => e.kind)).toEqual(['donation', 'release', 'disbursement', 'reservation', 'donation', 'donation', 'donation', 'donation', 'donation']);
    const oldestFirst = [...pages].reverse();
    let available = 0;
    for (const entry of oldestFirst) {
      available += entry.kind === 'reservation' ? -entry.amount : entry.kind === 'disbursement' ? 0 : entry.amount;
      expect(entry.availableAfter).toBe(available);
    }
    const detail = await funds.get(fundId);
    expect(detail.ledger[0].availableAfter).toBe(detail.balances.available);
    expect(detail.reservations).toHaveLength(1);
    expect(detail.reservationsNextCursor).toBeNull();
  });

  it('refuses a reservation the fund cannot cover, saying why, and gives the same answer again', async () => {
    const fundId = await newFund(10_000);
    const refused = await ledger.reserve({ grantId: 'G-big', fundId, amount: 10_001, ...facts });
    expect(refused).toEqual({ outcome: 'refused', reason: expect.stringContaining('100.00'), available: 10_000 });
    await ledger.donate(fundId, { amount: 50_000 });
    expect(await ledger.reserve({ grantId: 'G-big', fundId, amount: 10_001, ...facts })).toEqual(refused);
    await expectLedgerExact(fundId);
  });

  it('reserves, pays and releases once however often the same request is redelivered', async () => {
    const fundId = await newFund(100_000);
    const answers = await Promise.all(Array.from({ length: 5 }, () => ledger.reserve({ grantId: 'G-redelivered', fundId, amount: 60_000, ...facts })));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    const reservationId = answers[0].outcome === 'reserved' ? answers[0].reservationId : '';
    const paid = await Promise.all([1, 2, 3].map(() => ledger.disburse({ reservationId, amount: 36_000, tranche: 1 })));
    expect(new Set(paid.map((entry) => entry.id)).size).toBe(1);
    await Promise.all([ledger.release(reservationId), ledger.release(reservationId)]);
    expect(await expectLedgerExact(fundId)).toMatchObject({ reserved: 60_000, disbursed: 36_000, released: 24_000, available: 64_000 });
  });

  it('lets exactly 10 of 100 concurrent reservations through a fund that covers 10', async () => {
    const fundId = await newFund(10 * 12_345);
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, (_, i) => ledger.reserve({ grantId: `C-${driver}-${i}`, fundId, amount: 12_345, ...facts })),
    );
    expect(outcomes.filter((o) => o.outcome === 'reserved')).toHaveLength(10);
    expect(outcomes.filter((o) => o.outcome === 'refused')).toHaveLength(90);
    const balances = await expectLedgerExact(fundId);
    expect(balances).toMatchObject({ reserved: 123_450, available: 0 });
    const { items: reservations, nextCursor } = await funds.reservations(fundId, { limit: 200 });
    expect(nextCursor).toBeNull();
    expect(reservations.filter((r) => r.status === 'held')).toHaveLength(10);
  });
});
