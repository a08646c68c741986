import {
  addWorkingDays,
  endOfShanghaiDay,
  isWorkingDay,
  shanghaiDate,
  type WorkingCalendar,
  workingDaysBetween,
} from './working-calendar.util';

// National Day 2026 in the golden-week style: Oct 1–7 off, Sun Sep 20 and Sat Oct 10 worked instead.
const NATIONAL_DAY_2026: WorkingCalendar = {
  holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
  makeUpWorkingDays: ['2026-09-20', '2026-10-10'],
};
const PLAIN: WorkingCalendar = { holidays: [], makeUpWorkingDays: [] };

describe('working calendar', () => {
  describe('shanghaiDate', () => {
    it('reads the date in UTC+8 whatever the offset of the instant', () => {
      expect(shanghaiDate('2026-09-30T15:59:59.999Z')).toBe('2026-09-30');
      expect(shanghaiDate('2026-09-30T16:00:00.000Z')).toBe('2026-10-01');
      expect(shanghaiDate('2026-10-01T00:30:00+08:00')).toBe('2026-10-01');
      expect(shanghaiDate('2026-09-30T12:00:00-05:00')).toBe('2026-10-01');
      expect(shanghaiDate('2026-10-01')).toBe('2026-10-01');
    });

    it('refuses instants without an offset, which would silently use the host timezone', () => {
      expect(() => shanghaiDate('2026-10-01T10:00:00')).toThrow(RangeError);
      expect(() => shanghaiDate('next tuesday')).toThrow(RangeError);
      expect(() => shanghaiDate('2026-13-45')).toThrow(RangeError);
    });
  });

  describe('isWorkingDay', () => {
    it('treats weekdays as working and weekends as off on a plain calendar', () => {
      expect(isWorkingDay('2026-09-28', PLAIN)).toBe(true); // Monday
      expect(isWorkingDay('2026-09-26', PLAIN)).toBe(false); // Saturday
      expect(isWorkingDay('2026-09-27', PLAIN)).toBe(false); // Sunday
    });

    it('takes holidays off weekdays and puts make-up days on weekends', () => {
      expect(isWorkingDay('2026-10-01', NATIONAL_DAY_2026)).toBe(false); // Thursday, holiday
      expect(isWorkingDay('2026-10-07', NATIONAL_DAY_2026)).toBe(false); // Wednesday, holiday
      expect(isWorkingDay('2026-10-08', NATIONAL_DAY_2026)).toBe(true);
      expect(isWorkingDay('2026-09-20', NATIONAL_DAY_2026)).toBe(true); // Sunday, make-up
      expect(isWorkingDay('2026-10-10', NATIONAL_DAY_2026)).toBe(true); // Saturday, make-up
      expect(isWorkingDay('2026-10-11', NATIONAL_DAY_2026)).toBe(false); // Sunday
    });

    it('decides on the Shanghai date of an instant', () => {
      // Friday 23:30 in Shanghai is still Friday, though UTC says Friday 15:30 and New York says Friday morning.
      expect(isWorkingDay('2026-09-25T15:30:00Z', PLAIN)).toBe(true);
      // 00:30 Saturday in Shanghai is Friday in UTC.
      expect(isWorkingDay('2026-09-25T16:30:00Z', PLAIN)).toBe(false);
    });
  });

  describe('addWorkingDays', () => {
    it('skips the golden week and counts the make-up Saturday', () => {
      // Filed Wed Sep 30: Oct 8, 9, 10 (Sat, make-up), 12, 13 → ends when Oct 13 ends in Shanghai.
      expect(addWorkingDays('2026-09-30T07:00:00Z', 5, NATIONAL_DAY_2026)).toBe('2026-10-13T16:00:00.000Z');
    });

    it('does not count the starting day, even late at night', () => {
      expect(addWorkingDays('2026-09-28T15:59:00Z', 1, PLAIN)).toBe('2026-09-29T16:00:00.000Z');
      // One minute later it is already Tuesday in Shanghai.
      expect(addWorkingDays('2026-09-28T16:01:00Z', 1, PLAIN)).toBe('2026-09-30T16:00:00.000Z');
    });

    it('starting on a holiday or weekend counts from the next working day', () => {
      expect(addWorkingDays('2026-10-03T02:00:00Z', 1, NATIONAL_DAY_2026)).toBe('2026-10-08T16:00:00.000Z');
      expect(addWorkingDays('2026-09-26T02:00:00Z', 1, PLAIN)).toBe('2026-09-28T16:00:00.000Z');
    });

    it('gives the end of the starting day for zero', () => {
      expect(addWorkingDays('2026-10-03T02:00:00Z', 0, NATIONAL_DAY_2026)).toBe('2026-10-03T16:00:00.000Z');
    });

    it('refuses negative or fractional counts and calendars without working days', () => {
      expect(() => addWorkingDays('2026-10-01T00:00:00Z', -1, PLAIN)).toThrow(RangeError);
      expect(() => addWorkingDays('2026-10-01T00:00:00Z', 1.5, PLAIN)).toThrow(RangeError);
      const everyDayOff: WorkingCalendar = {
        holidays: Array.from({ length: 4000 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10)),
        makeUpWorkingDays: [],
      };
      expect(() => addWorkingDays('2026-01-01T00:00:00Z', 1, everyDayOff)).toThrow(RangeError);
    });

    it('crosses a year end', () => {
      const newYear: WorkingCalendar = { holidays: ['2027-01-01'], makeUpWorkingDays: [] };
      // Thu Dec 31 2026 → Fri Jan 1 off → Mon Jan 4.
      expect(addWorkingDays('2026-12-31T02:00:00Z', 1, newYear)).toBe('2027-01-04T16:00:00.000Z');
    });
  });

  describe('workingDaysBetween', () => {
    it('counts working days after the first day up to and including the last', () => {
      expect(workingDaysBetween('2026-09-30T07:00:00Z', '2026-10-09T03:00:00Z', NATIONAL_DAY_2026)).toBe(2);
      expect(workingDaysBetween('2026-09-19T07:00:00Z', '2026-09-20T03:00:00Z', NATIONAL_DAY_2026)).toBe(1);
      expect(workingDaysBetween('2026-09-28T01:00:00Z', '2026-09-28T09:00:00Z', PLAIN)).toBe(0);
    });

    it('is zero when the end is before the start', () => {
      expect(workingDaysBetween('2026-10-09T03:00:00Z', '2026-09-30T07:00:00Z', NATIONAL_DAY_2026)).toBe(0);
    });

    it('agrees with addWorkingDays up to the last millisecond of the period', () => {
      for (const from of ['2026-09-18T01:00:00Z', '2026-09-30T07:00:00Z', '2026-10-04T12:00:00Z']) {
        for (let n = 0; n <= 12; n += 1) {
          const end = addWorkingDays(from, n, NATIONAL_DAY_2026);
          const lastMoment = new Date(Date.parse(end) - 1).toISOString();
          expect(workingDaysBetween(from, lastMoment, NATIONAL_DAY_2026)).toBe(n);
        }
      }
    });
  });

  it('endOfShanghaiDay is midnight +08:00 of the following day', () => {
    expect(endOfShanghaiDay('2026-10-13')).toBe('2026-10-13T16:00:00.000Z');
    expect(endOfShanghaiDay('2026-10-13T20:00:00+08:00')).toBe('2026-10-13T16:00:00.000Z');
  });
});
