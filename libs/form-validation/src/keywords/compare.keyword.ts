import type { ErrorObject, KeywordDefinition, SchemaValidateFunction } from 'ajv';

/** The keyword, on an object, that holds rules between two of its fields: an end not before its start. */
export const COMPARE_KEYWORD = 'x-compare';

export type CompareOperator = '>=' | '>' | '<=' | '<';

/** `field` must stand in `op` to `other`; `otherTitle` names the other field in messages. */
export interface CompareRule {
  field: string;
  op: CompareOperator;
  other: string;
  otherTitle?: { zh?: string; en?: string };
}

const HOLDS: Record<CompareOperator, (a: number, b: number) => boolean> = {
  '>=': (a, b) => a >= b,
  '>': (a, b) => a > b,
  '<=': (a, b) => a <= b,
  '<': (a, b) => a < b,
};

const isRule = (value: unknown): value is CompareRule =>
  typeof value === 'object' && value !== null &&
  typeof (value as CompareRule).field === 'string' && typeof (value as CompareRule).other === 'string' &&
  (value as CompareRule).op in HOLDS;

/** Dates (YYYY-MM-DD…) compare as text in order, numbers as numbers; anything else is not compared. */
function order(a: unknown, b: unknown): [number, number] | null {
  if (typeof a === 'number' && typeof b === 'number') return [a, b];
  if (typeof a === 'string' && typeof b === 'string' && a && b) return [a < b ? -1 : a > b ? 1 : 0, 0];
  return null;
}

/** The rules of `x-compare` that `data` breaks, each reported on the field that must change. */
export function brokenCompareRules(rules: unknown, data: unknown): CompareRule[] {
  if (!Array.isArray(rules) || typeof data !== 'object' || data === null) return [];
  const values = data as Record<string, unknown>;
  return rules.filter(isRule).filter((rule) => {
    const pair = order(values[rule.field], values[rule.other]);
    return pair !== null && !HOLDS[rule.op](pair[0], pair[1]);
  });
}

const validate: SchemaValidateFunction = (rules, data, _parent, context) => {
  const broken = brokenCompareRules(rules, data);
  validate.errors = broken.map(
    (rule): Partial<ErrorObject> => ({
      keyword: COMPARE_KEYWORD,
      instancePath: `${context?.instancePath ?? ''}/${rule.field.replace(/~/g, '~0').replace(/\//g, '~1')}`,
      params: { field: rule.field, op: rule.op, other: rule.other, otherTitle: rule.otherTitle, kind: typeof (data as Record<string, unknown>)[rule.field] },
    }),
  );
  return broken.length === 0;
};

/**
 * `"x-compare": [{ "field": "end", "op": ">=", "other": "start" }]` on an object: when both fields hold a
 * value, `field` must stand in `op` to `other` (dates as YYYY-MM-DD, or numbers). Staff set such rules in the
 * designer; the browser and the engine check them with this same keyword.
 */
export const compareKeyword: KeywordDefinition = {
  keyword: COMPARE_KEYWORD,
  type: 'object',
  errors: true,
  validate,
};
