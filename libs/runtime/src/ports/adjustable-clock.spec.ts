import { AdjustableClock } from './adjustable-clock';

describe('AdjustableClock', () => {
  let system = Date.parse('2026-11-30T08:00:00.000Z');
  const clock = new AdjustableClock(() => system);

  it('runs with the system clock, moved by what an admin set', () => {
    expect(clock.now().toISOString()).toBe('2026-11-30T08:00:00.000Z');
    expect(clock.set(new Date('2027-02-05T01:00:00.000Z'))).toBe(true);
    system += 60_000;
    expect(clock.now().toISOString()).toBe('2027-02-05T01:01:00.000Z');
    expect(clock.advance(24 * 3_600_000)).toBe(true);
    expect(clock.now().toISOString()).toBe('2027-02-06T01:01:00.000Z');
  });

  it('never runs backwards', () => {
    const before = clock.now().getTime();
    expect(clock.set(new Date('2026-01-01T00:00:00.000Z'))).toBe(false);
    expect(clock.advance(-1)).toBe(false);
    expect(clock.now().getTime()).toBe(before);
  });
});
