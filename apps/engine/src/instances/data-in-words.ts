import { formatYuan } from '@engine/funds/fen-format.util';

type Json = Record<string, unknown>;

/** The form a step was validated against, as far as reading its data in words needs it. */
export interface FormWords {
  schema: unknown;
  /** The form's labels in one language: field paths (`period.start`) and options (`choice#option:approve`). */
  labels: Record<string, string>;
}

/** A field the form does not label, in words the view already holds (a programme by its title, not its id). */
export type KnownWords = Record<string, { label: string; text: string }>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function fieldSchema(schema: unknown, name: string): Json | undefined {
  const properties = isObject(schema) && isObject(schema.properties) ? schema.properties : undefined;
  const own = properties?.[name];
  return isObject(own) ? own : undefined;
}

const itemSchema = (schema: Json | undefined): Json | undefined =>
  schema && isObject(schema.items) ? schema.items : undefined;

/**
 * Submitted values as one line of words: `label：value；label：value`, each field under its label from the
 * form (its key when the form has none), options by their labels, amounts in fen as 元, yes/no as 是/否.
 */
export function dataInWords(values: Json, form: FormWords | undefined, known: KnownWords = {}): string {
  const labels = form?.labels ?? {};
  const scalar = (value: unknown, field: Json | undefined, path: string): string => {
    if (typeof value === 'number' && field?.['x-amount-fen'] === true) return `${formatYuan(value)} 元`;
    if (typeof value === 'boolean') return value ? '是' : '否';
    if (typeof value === 'string' && field?.['x-kind'] === 'attachment') return `附件 ${value}`;
    if (typeof value === 'string' || typeof value === 'number')
      return labels[`${path}#option:${value}`] ?? String(value);
    return value === null || value === undefined ? '' : JSON.stringify(value);
  };
  const fieldsOf = (object: Json, schema: unknown, prefix: string, separator: string): string =>
    Object.entries(object)
      .map(([name, child]) => field(child, fieldSchema(schema, name), prefix ? `${prefix}.${name}` : name))
      .filter(Boolean)
      .join(separator);
  const field = (value: unknown, schema: Json | undefined, path: string): string => {
    if (path in known) return `${known[path].label}：${known[path].text}`;
    if (value === undefined || value === '' || value === null) return '';
    const label = labels[path] ?? path.split('.').at(-1) ?? path;
    return `${label}：${text(value, schema, path)}`;
  };
  const text = (value: unknown, schema: Json | undefined, path: string): string => {
    if (isObject(value)) return `（${fieldsOf(value, schema, path, '，')}）`;
    if (Array.isArray(value)) return value.map((item) => text(item, itemSchema(schema), path)).join('、');
    return scalar(value, schema, path);
  };
  return fieldsOf(values, form?.schema, '', '；');
}
