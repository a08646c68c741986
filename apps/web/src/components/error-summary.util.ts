/** The id rjsf gives the input for an error's property: `.budget.0.cost` → `root_budget_0_cost`. */
export const fieldIdOf = (property: string | undefined): string => `root${(property ?? '').replace(/\./g, '_')}`;

/** The field an error belongs to, named by its labels from the outside in ("预算明细 · 金额"); array
 * positions are skipped, as labels are written once per column. Falls back to the property's last name. */
export function fieldLabelOf(property: string | undefined, texts: Record<string, string>): string {
  const names = (property ?? '').split('.').filter((part) => part && !/^\d+$/.test(part));
  const found = names.map((_, index) => texts[names.slice(0, index + 1).join('.')]).filter((text): text is string => Boolean(text));
  return found.length ? found.join(' · ') : (names[names.length - 1] ?? '');
}
