import { ManualClock } from '@yilin/runtime/testing';
import type { DatabaseTransactions } from '@engine/database/database-transactions';

import { RegistrationSettingsService } from './registration-settings.service';

describe('the calendar coverage a health probe reports', () => {
  const reads = { count: 0 };
  const db = {
    exclusive: (work: () => Promise<unknown>) => work(),
    dataSource: { manager: { findOneBy: async () => (reads.count++, null) } },
  } as unknown as DatabaseTransactions;

  beforeEach(() => (reads.count = 0));

  it('reads the settings once, then answers from them for a minute without queueing a read', async () => {
    const service = new RegistrationSettingsService(db, new ManualClock(new Date('2026-11-30T12:00:00Z')));
    const now = jest.spyOn(Date, 'now').mockReturnValue(1_000_000);
    try {
      expect(await service.coverageForProbe()).toMatchObject({ nextYear: 2027, warn: true });
      await service.coverageForProbe();
      expect(reads.count).toBe(1);
      now.mockReturnValue(1_000_000 + 61_000);
      await service.coverageForProbe();
      await new Promise((resolve) => setImmediate(resolve));
      expect(reads.count).toBe(2);
    } finally {
      now.mockRestore();
    }
  });
});
