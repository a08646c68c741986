import { weekOf } from './weekly.util';

export interface WeekThroughput {
  week: string;
  started: number;
  finished: number;
}

/** Per week (Chengdu time), how many instances started and how many finished, oldest first, every week
 * between the first and the last included so a quiet week shows as quiet. */
export function throughputPerWeek(items: ReadonlyArray<{ createdAt: string; updatedAt: string; status: string }>): WeekThroughput[] {
  const started = new Map<string, number>();
  const finished = new Map<string, number>();
  const bump = (map: Map<string, number>, week: string) => map.set(week, (map.get(week) ?? 0) + 1);
  for (const item of items) {
    bump(started, weekOf(item.createdAt));
    if (item.status === 'done') bump(finished, weekOf(item.updatedAt));
  }
  const weeks = [...new Set([...started.keys(), ...finished.keys()])].sort();
  if (!weeks.length) return [];
  const out: WeekThroughput[] = [];
  for (let week = weeks[0]; week <= weeks[weeks.length - 1]; ) {
    out.push({ week, started: started.get(week) ?? 0, finished: finished.get(week) ?? 0 });
    const next = new Date(`${week}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 7);
    week = next.toISOString().slice(0, 10);
  }
  return out;
}
