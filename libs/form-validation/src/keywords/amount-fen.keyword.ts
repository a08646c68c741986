import type { KeywordDefinition } from 'ajv';

/** The keyword that marks an integer field as an amount of money in fen (分). */
export const AMOUNT_FEN_KEYWORD = 'x-amount-fen';

/**
 * `true` when `value` is a whole, non-negative amount in fen that survives a JSON round trip exactly
 * (at most `Number.MAX_SAFE_INTEGER`).
 */
export function isAmountFen(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * `"x-amount-fen": true` — the value must be a non-negative safe integer. AJV formats only apply to strings,
 * hence a keyword. It checks every data type (not only numbers) so a string `"100"` fails even when the schema
 * forgot `type`; the designer still emits `type: "integer", minimum: 0` beside it so rjsf renders a number input.
 */
export const amountFenKeyword: KeywordDefinition = {
  keyword: AMOUNT_FEN_KEYWORD,
  schemaType: 'boolean',
  errors: false,
  validate: (enabled: boolean, data: unknown) => !enabled || isAmountFen(data),
};
