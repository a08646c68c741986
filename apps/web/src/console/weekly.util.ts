/** Monday (UTC+8, Chengdu) of the week an instant falls in, as YYYY-MM-DD. */
export function weekOf(iso: string): string {
  const local = new Date(Date.parse(iso) + 8 * 3_600_000);
  const day = (local.getUTCDay() + 6) % 7;
  local.setUTCDate(local.getUTCDate() - day);
  return local.toISOString().slice(0, 10);
}

/** How many started each week, oldest first, weeks without any included so the chart does not lie. */
export function perWeek(instants: string[]): Array<{ week: string; count: number }> {
  if (!instants.length) return [];
  const counts = new Map<string, number>();
  for (const instant of instants) counts.set(weekOf(instant), (counts.get(weekOf(instant)) ?? 0) + 1);
  const weeks = [...counts.keys()].sort();
  const out: Array<{ week: string; count: number }> = [];
  for (let week = weeks[0]; week <= weeks[weeks.length - 1]; ) {
    out.push({ week, count: counts.get(week) ?? 0 });
    const next = new Date(`${week}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 7);
    week = next.toISOString().slice(0, 10);
  }
  return out;
}
