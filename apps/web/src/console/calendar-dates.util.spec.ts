import { describe, expect, it } from '@jest/globals';

import { datesByYear, parseDates } from './calendar-dates.util';

describe('calendar dates', () => {
  it('reads dates one per line or separated by commas, sorted and without repeats', () => {
    expect(parseDates('2027-02-11\n2027-02-10, 2027-02-10、2027-01-01 ')).toEqual({
      dates: ['2027-01-01', '2027-02-10', '2027-02-11'],
      invalid: [],
    });
  });

  it('names what is not a date', () => {
    expect(parseDates('2027-02-30\n2月10日\n2027-02-10').invalid).toEqual(['2027-02-30', '2月10日']);
  });

  it('groups dates by year, newest first', () => {
    expect(datesByYear(['2026-10-01', '2027-01-01', '2026-01-01'])).toEqual([
      ['2027', ['2027-01-01']],
      ['2026', ['2026-01-01', '2026-10-01']],
    ]);
  });
});
