/** Keys people never have to invent: derived from the English label, or numbered when only Chinese is typed. */

const words = (label: string) => label.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/** `Project start date` → `projectStartDate`; empty when the label has no latin letters to build from. */
export function fieldKeyFromLabel(label: string): string {
  const parts = words(label);
  const key = parts.map((word, index) => (index === 0 ? word : word[0].toUpperCase() + word.slice(1))).join('').slice(0, 40);
  return /^[a-z]/.test(key) ? key : '';
}

/** `Community survey 2026` → `community-survey-2026`; empty when the title has no latin letters. */
export function formKeyFromTitle(title: string): string {
  const key = words(title).join('-').slice(0, 64).replace(/-+$/, '');
  return /^[a-z]/.test(key) ? key : '';
}

/** `base`, or `base2`, `base3`… whichever no other field holds. */
export function untakenKey(base: string, taken: readonly string[], separator = ''): string {
  if (!taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}${separator}${n}`)) n += 1;
  return `${base}${separator}${n}`;
}

export type FormKeyProblem = 'empty' | 'start' | 'characters' | 'length' | 'taken';

/** Why a form key cannot be used, or null; the page says each reason in words. */
export function formKeyProblem(key: string, taken: readonly string[]): FormKeyProblem | null {
  if (!key) return 'empty';
  if (!/^[a-z]/.test(key)) return 'start';
  if (!/^[a-z0-9-]+$/.test(key)) return 'characters';
  if (key.length > 64) return 'length';
  if (taken.includes(key)) return 'taken';
  return null;
}

export type FieldKeyProblem = 'empty' | 'start' | 'taken';

/** Why a field key cannot be used, or null. */
export function fieldKeyProblem(key: string, taken: readonly string[]): FieldKeyProblem | null {
  if (!key) return 'empty';
  if (!/^[A-Za-z]/.test(key)) return 'start';
  if (taken.includes(key)) return 'taken';
  return null;
}
