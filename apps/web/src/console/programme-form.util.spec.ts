import { describe, expect, it } from '@jest/globals';

import type { ProgrammeDto } from '@yilin/contracts';

import { toFormValues, toProgrammeRequest } from './programme-form.util';

const programme: ProgrammeDto = {
  id: 'p1',
  fundId: 'f1',
  formKey: 'grant-application',
  title: { zh: '社区微更新', en: 'Community micro-renewal' },
  maxAmount: 5_000_000,
  smallAmountLimit: 2_000_050,
  trancheSplit: [60, 40],
  reportDueDays: { midterm: 90, final: 180 },
  reminderDaysBeforeDue: 5,
  overdueEscalationDays: 10,
  directorSlaHours: 48,
  reviewersRequired: 3,
  reviewAboveAmount: null,
  open: true,
  createdAt: '2026-01-05T08:00:00.000Z',
  updatedAt: '2026-01-05T08:00:00.000Z',
};

describe('programme form', () => {
  it('shows amounts in yuan and sends them back in fen, keeping the settings it does not edit', () => {
    const values = toFormValues(programme);
    expect(values).toMatchObject({ maxAmount: '50000.00', smallAmountLimit: '20000.50', trancheSplit: '60/40', midterm: '90' });
    const loaded = { ...programme, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z' };
    const edited = toProgrammeRequest({ ...values, maxAmount: '80,000', trancheSplit: '50 / 30 / 20', open: false }, loaded);
    const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...unchanged } = programme;
    expect(edited).toStrictEqual({
      request: {
        ...unchanged,
        maxAmount: 8_000_000,
        trancheSplit: [50, 30, 20],
        open: false,
      },
    });
  });

  it('starts a new programme from sensible defaults', () => {
    const values = { ...toFormValues(null, 'f9'), titleZh: '新项目', titleEn: 'New', maxAmount: '10000', smallAmountLimit: '3000' };
    expect(toProgrammeRequest(values, null)).toEqual({
      request: expect.objectContaining({ fundId: 'f9', maxAmount: 1_000_000, smallAmountLimit: 300_000, trancheSplit: [60, 40], reviewersRequired: 2 }),
    });
  });

  it('names the fields typed in a way that cannot be sent', () => {
    const values = { ...toFormValues(programme), maxAmount: '12.345', trancheSplit: '60/abc', final: '-1' };
    expect(toProgrammeRequest(values, programme)).toEqual({ problems: { maxAmount: 'badAmount', trancheSplit: 'badSplit', final: 'badDays' } });
  });
});
