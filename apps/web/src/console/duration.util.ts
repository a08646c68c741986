export interface DurationUnits {
  days: string;
  hours: string;
  minutes: string;
  seconds: string;
}

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A duration in the largest unit that reads naturally: "3.5 天", "4 小时", "20 分钟", "12 秒", "0.25 秒";
 * never a flat zero beside a bar of some length. */
export function formatDuration(ms: number, units: DurationUnits): string {
  const round = (value: number) => String(Math.round(value * 10) / 10);
  if (ms >= DAY) return `${round(ms / DAY)} ${units.days}`;
  if (ms >= HOUR) return `${round(ms / HOUR)} ${units.hours}`;
  if (ms >= MINUTE) return `${round(ms / MINUTE)} ${units.minutes}`;
  if (ms >= SECOND) return `${round(ms / SECOND)} ${units.seconds}`;
  // Sub-second stays (a demo, an automatic step) still differ from one another, as their bars do.
  if (ms >= 10) return `${String(Math.round(ms / 10) / 100)} ${units.seconds}`;
  return ms > 0 ? `< 0.01 ${units.seconds}` : `0 ${units.seconds}`;
}
