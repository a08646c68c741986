import { formatFen } from './money.util';

type Json = Record<string, unknown>;

export interface ValueRow {
  /** Field path with dots (`founder.name`), as form labels name fields. */
  path: string;
  label: string;
  text: string;
  depth: number;
  /** The id of a file handed in with the form, shown as a download rather than as text. */
  attachment?: string;
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function fieldSchema(schema: unknown, name: string): Json | undefined {
  if (!isObject(schema)) return undefined;
  const properties = isObject(schema.properties) ? schema.properties : undefined;
  const own = properties?.[name];
  return isObject(own) ? own : undefined;
}

function itemSchema(schema: Json | undefined): Json | undefined {
  return schema && isObject(schema.items) ? schema.items : undefined;
}

/**
 * Submitted values in words: each field under its label from the form (the key when the form has none),
 * options under their labels, amounts in fen as yuan, yes/no in the reader's language.
 */
export function valueRows(values: Json, schema: unknown, labels: Record<string, string>, yesNo: [string, string]): ValueRow[] {
  const rows: ValueRow[] = [];
  const scalar = (value: unknown, field: Json | undefined, path: string): string => {
    if (typeof value === 'number' && field?.['x-amount-fen'] === true) return formatFen(value);
    if (typeof value === 'boolean') return value ? yesNo[0] : yesNo[1];
    if (typeof value === 'string' || typeof value === 'number') return labels[`${path}#option:${value}`] ?? String(value);
    return '';
  };
  const walk = (value: unknown, field: Json | undefined, path: string, depth: number): void => {
    const label = labels[path] ?? path.split('.').at(-1) ?? path;
    if (isObject(value)) {
      rows.push({ path, label, text: '', depth });
      for (const [name, child] of Object.entries(value)) walk(child, fieldSchema(field, name), `${path}.${name}`, depth + 1);
      return;
    }
    if (Array.isArray(value)) {
      const items = itemSchema(field);
      if (value.every((item) => !isObject(item))) {
        rows.push({ path, label, text: value.map((item) => scalar(item, items, path)).join('、'), depth });
        return;
      }
      rows.push({ path, label, text: '', depth });
      value.forEach((item) => {
        if (isObject(item)) {
          for (const [name, child] of Object.entries(item)) walk(child, fieldSchema(items, name), `${path}.${name}`, depth + 1);
        }
      });
      return;
    }
    if (typeof value === 'string' && field?.['x-kind'] === 'attachment') {
      rows.push({ path, label, text: '', depth, attachment: value });
      return;
    }
    rows.push({ path, label, text: scalar(value, field, path), depth });
  };
  for (const [name, value] of Object.entries(values)) walk(value, fieldSchema(schema, name), name, 0);
  return rows;
}
