/** Monday (UTC+8, Chengdu) of the week an instant falls in, as YYYY-MM-DD. */
export function weekOf(iso: string): string {
  const local = new Date(Date.parse(iso) + 8 * 3_600_000);
  const day = (local.getUTCDay() + 6) % 7;
  local.setUTCDate(local.getUTCDate() - day);
  return local.toISOString().slice(0, 10);
}
