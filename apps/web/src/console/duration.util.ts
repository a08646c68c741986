export interface DurationUnits {
  days: string;
  hours: string;
  minutes: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A duration in the largest unit that reads naturally: "3.5 天", "4 小时", "20 分钟". */
export function formatDuration(ms: number, units: DurationUnits): string {
  const round = (value: number) => String(Math.round(value * 10) / 10);
  if (ms >= DAY) return `${round(ms / DAY)} ${units.days}`;
  if (ms >= HOUR) return `${round(ms / HOUR)} ${units.hours}`;
  return `${Math.max(0, Math.round(ms / MINUTE))} ${units.minutes}`;
}
