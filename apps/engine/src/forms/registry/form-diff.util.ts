import type { FormDocument, FormFieldChangeDto } from '@yilin/contracts';

import { formFields, type FormField } from './form-fields.util';

const COMPARED_KEYWORDS = [
  'format',
  'enum',
  'const',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'pattern',
  'x-disclosure',
  'x-amount-fen',
  'x-kind',
] as const;

export interface FormDiff {
  added: string[];
  removed: string[];
  changed: FormFieldChangeDto[];
  relabelled: string[];
}

const show = (value: unknown): string => (value === undefined ? '—' : JSON.stringify(value));

/** What changed between two versions of a form, field by field, in words a designer reads. */
export function diffForms(before: FormDocument, after: FormDocument): FormDiff {
  const old = formFields(before.schema);
  const next = formFields(after.schema);
  const added = [...next.keys()].filter((path) => !old.has(path));
  const removed = [...old.keys()].filter((path) => !next.has(path));
  const changed: FormFieldChangeDto[] = [];
  for (const [path, field] of next) {
    const previous = old.get(path);
    if (!previous) continue;
    const changes = fieldChanges(previous, field);
    if (changes.length) changed.push({ path, changes });
  }
  return { added, removed, changed, relabelled: relabelled(before, after) };
}

function fieldChanges(before: FormField, after: FormField): string[] {
  const changes: string[] = [];
  if (before.type !== after.type) changes.push(`type: ${before.type ?? '—'} → ${after.type ?? '—'}`);
  if (before.required !== after.required) changes.push(after.required ? 'now required' : 'no longer required');
  if (before.conditional !== after.conditional) changes.push(after.conditional ? 'now conditional' : 'no longer conditional');
  for (const keyword of COMPARED_KEYWORDS) {
    const was = before.schema[keyword];
    const is = after.schema[keyword];
    if (JSON.stringify(was) !== JSON.stringify(is)) changes.push(`${keyword}: ${show(was)} → ${show(is)}`);
  }
  return changes;
}

function relabelled(before: FormDocument, after: FormDocument): string[] {
  const keys = new Set<string>();
  for (const language of ['zh', 'en'] as const) {
    const was = before.labels[language] ?? {};
    const is = after.labels[language] ?? {};
    for (const key of new Set([...Object.keys(was), ...Object.keys(is)])) if (was[key] !== is[key]) keys.add(key);
  }
  return [...keys].sort();
}
