import type { ErrorObject, KeywordDefinition, SchemaValidateFunction } from 'ajv';

/** On an object: names the field that holds the weighted average of the fields marked `x-weight` (a rubric). */
export const WEIGHTED_TOTAL_KEYWORD = 'x-weighted-total';
/** On a number field: its weight in the rubric's total. */
export const WEIGHT_KEYWORD = 'x-weight';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The rubric's fields and weights in an object schema: every property with a positive `x-weight`. */
export function rubricOf(schema: unknown): Array<{ field: string; weight: number }> {
  if (!isObject(schema) || !isObject(schema.properties)) return [];
  return Object.entries(schema.properties).flatMap(([field, child]) => {
    const weight = isObject(child) ? child[WEIGHT_KEYWORD] : undefined;
    return typeof weight === 'number' && weight > 0 ? [{ field, weight }] : [];
  });
}

/** The weighted average of the rubric's scores, rounded to a whole number; null until every one is given. */
export function weightedTotal(schema: unknown, data: unknown): number | null {
  const rubric = rubricOf(schema);
  if (!rubric.length || !isObject(data)) return null;
  let sum = 0;
  let weights = 0;
  for (const { field, weight } of rubric) {
    const value = data[field];
    if (typeof value !== 'number' || !Number.isFinite(value)) return null;
    sum += value * weight;
    weights += weight;
  }
  return Math.round(sum / weights);
}

const validate: SchemaValidateFunction = (target, data, parentSchema, context) => {
  const total = typeof target === 'string' ? weightedTotal(parentSchema, data) : null;
  const given = isObject(data) && typeof target === 'string' ? data[target] : undefined;
  const holds = total === null || given === undefined || given === total;
  validate.errors = holds
    ? []
    : [
        {
          keyword: WEIGHTED_TOTAL_KEYWORD,
          instancePath: `${context?.instancePath ?? ''}/${String(target).replace(/~/g, '~0').replace(/\//g, '~1')}`,
          params: { total },
        } as Partial<ErrorObject>,
      ];
  return holds;
};

/**
 * `"x-weighted-total": "score"` on an object whose criteria carry `"x-weight": n`: `score` must be the weighted
 * average of the criteria (rounded). The machine keeps reading the one total; the browser fills it in as the
 * reviewer scores each criterion, and the engine refuses a total that does not add up.
 */
export const weightedTotalKeyword: KeywordDefinition = {
  keyword: WEIGHTED_TOTAL_KEYWORD,
  type: 'object',
  schemaType: 'string',
  errors: true,
  validate,
};
