const HOUR_MS = 3_600_000;

/** `iso` plus `hours`, as ISO-8601. Machines compute due dates from the event's `at`, never from a clock. */
export function addHours(iso: string, hours: number): string {
  return new Date(Date.parse(iso) + hours * HOUR_MS).toISOString();
}

export function addDays(iso: string, days: number): string {
  return addHours(iso, days * 24);
}
