type Json = Record<string, unknown>;

/** The field kinds the form designer offers; a published field names its kind in `x-kind`. */
export const FIELD_KINDS = [
  'text', 'textarea', 'number', 'amount', 'date', 'date-range', 'choice', 'multi', 'yesno', 'email', 'mobile',
  'resident-id', 'credit-code', 'address', 'attachment', 'group', 'heading', 'help',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number] | 'custom';

const FORMAT_KIND: Record<string, FieldKind> = { email: 'email', 'cn-mobile': 'mobile', 'cn-resident-id': 'resident-id', 'cn-credit-code': 'credit-code', date: 'date' };

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The kind of a published field: its `x-kind`, else read from its schema (forms written by hand); `custom`
 * when it is none the designer models. */
export function kindOf(schema: Json, ui: Json): FieldKind {
  const declared = schema['x-kind'];
  if (typeof declared === 'string' && (FIELD_KINDS as readonly string[]).includes(declared)) return declared as FieldKind;
  if (schema.type === 'object' && isObject(schema.properties)) return 'custom';
  if (schema['x-amount-fen'] === true) return 'amount';
  if (typeof schema.format === 'string') return FORMAT_KIND[schema.format] ?? 'custom';
  if (schema.type === 'string') {
    if (Array.isArray(schema.enum)) return 'choice';
    return ui['ui:widget'] === 'textarea' ? 'textarea' : 'text';
  }
  if (schema.type === 'integer' || schema.type === 'number') return 'number';
  if (schema.type === 'boolean') return 'yesno';
  return 'custom';
}
