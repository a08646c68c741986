import type { WorkingCalendar } from '@yilin/workflow-common';

import {
  isDeadlinePassed,
  restartedClock,
  stoppedClock,
  workingDaysLeft,
  workingDaysSpent,
} from './registration-deadline.util';

const CALENDAR: WorkingCalendar = {
  holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
  makeUpWorkingDays: ['2026-09-20', '2026-10-10'],
};
const fresh = {
  config: { deadlineWorkingDays: 5 },
  clockStartedAt: null,
  workingDaysUsed: 0,
  deadlineAt: null,
  deadlineBreached: false,
};

describe('registration deadline', () => {
  it('starts with the whole allowance and skips the golden week', () => {
    const clock = restartedClock(fresh, '2026-09-30T07:00:00Z', CALENDAR);
    expect(clock).toEqual({ clockStartedAt: '2026-09-30T07:00:00Z', deadlineAt: '2026-10-13T16:00:00.000Z' });
  });

  it('counts down working days, overdue as negative', () => {
    const running = { ...fresh, ...restartedClock(fresh, '2026-09-30T07:00:00Z', CALENDAR) };
    expect(workingDaysLeft(running, '2026-10-05T01:00:00Z', CALENDAR)).toBe(5);
    expect(workingDaysLeft(running, '2026-10-09T01:00:00Z', CALENDAR)).toBe(3);
    expect(workingDaysLeft(running, '2026-10-14T01:00:00Z', CALENDAR)).toBe(-1);
  });

  it('stops and resumes with what is left, the stopping day charged and the resuming day free', () => {
    const running = { ...fresh, ...restartedClock(fresh, '2026-09-30T07:00:00Z', CALENDAR) };
    // Stopped on Fri Oct 9: Oct 8 and 9 are spent.
    const stopped = { ...running, ...stoppedClock(running, '2026-10-09T03:00:00Z', CALENDAR) };
    expect(stopped).toMatchObject({ clockStartedAt: null, workingDaysUsed: 2 });
    expect(workingDaysLeft(stopped, '2026-10-20T03:00:00Z', CALENDAR)).toBe(3);
    // Resumed Tue Oct 20: Oct 21, 22, 23 remain.
    const resumed = { ...stopped, ...restartedClock(stopped, '2026-10-20T03:00:00Z', CALENDAR) };
    expect(resumed.deadlineAt).toBe('2026-10-23T16:00:00.000Z');
    expect(workingDaysSpent(resumed, '2026-10-22T03:00:00Z', CALENDAR)).toBe(4);
  });

  it('keeps the old deadline and starts no new one once breached', () => {
    const breached = { ...fresh, workingDaysUsed: 6, deadlineAt: '2026-10-13T16:00:00.000Z', deadlineBreached: true };
    expect(restartedClock(breached, '2026-10-20T03:00:00Z', CALENDAR)).toEqual({
      clockStartedAt: '2026-10-20T03:00:00Z',
      deadlineAt: '2026-10-13T16:00:00.000Z',
    });
  });

  it('sees the deadline passed only while the clock runs and the breach is unflagged', () => {
    const running = { ...fresh, ...restartedClock(fresh, '2026-09-30T07:00:00Z', CALENDAR) };
    expect(isDeadlinePassed(running, '2026-10-13T15:59:59.999Z')).toBe(false);
    expect(isDeadlinePassed(running, '2026-10-13T16:00:00.000Z')).toBe(true);
    expect(isDeadlinePassed({ ...running, clockStartedAt: null }, '2026-10-14T00:00:00Z')).toBe(false);
    expect(isDeadlinePassed({ ...running, deadlineBreached: true }, '2026-10-14T00:00:00Z')).toBe(false);
  });
});
