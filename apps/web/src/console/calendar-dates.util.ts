const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Dates typed one per line (or separated by commas, spaces, 、), sorted, without repeats; and the lines that are not dates. */
export function parseDates(text: string): { dates: string[]; invalid: string[] } {
  const entries = text.split(/[\s,，、]+/).map((entry) => entry.trim()).filter(Boolean);
  const valid = (entry: string) => DATE.test(entry) && !Number.isNaN(Date.parse(`${entry}T00:00:00Z`)) && new Date(`${entry}T00:00:00Z`).toISOString().startsWith(entry);
  return {
    dates: [...new Set(entries.filter(valid))].sort(),
    invalid: entries.filter((entry) => !valid(entry)),
  };
}

/** Dates grouped by year, newest year first, for the calendar editor. */
export function datesByYear(dates: readonly string[]): Array<[string, string[]]> {
  const years = new Map<string, string[]>();
  for (const date of [...dates].sort()) years.set(date.slice(0, 4), [...(years.get(date.slice(0, 4)) ?? []), date]);
  return [...years.entries()].sort(([a], [b]) => b.localeCompare(a));
}
