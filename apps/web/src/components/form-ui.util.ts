import type { FormLabels } from '@yilin/contracts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A published form made ready for rjsf in one language: field titles and help from the labels, enum options
 * as `oneOf` consts with their titles (validation unchanged), `x-amount-fen` fields shown in yuan.
 * Returns new objects; the published document is never touched.
 */
export function localizeForm(
  schema: Json,
  uiSchema: Json,
  labels: FormLabels | undefined,
  language: 'zh' | 'en',
): { schema: Json; uiSchema: Json } {
  const texts = labels?.[language] ?? {};
  const walk = (node: Json, ui: Json, path: string): { schema: Json; ui: Json } => {
    const out: Json = { ...node };
    const outUi: Json = { ...ui };
    const title = path ? texts[path] : texts.$form;
    if (title) out.title = title;
    const help = path ? texts[`${path}#help`] : undefined;
    if (help) outUi['ui:help'] = help;
    if (Array.isArray(node.enum) && path && node.enum.some((value) => texts[`${path}#option:${String(value)}`])) {
      out.oneOf = node.enum.map((value) => ({ const: value, title: texts[`${path}#option:${String(value)}`] ?? String(value) }));
      delete out.enum;
    }
    if (node['x-amount-fen'] === true && !outUi['ui:widget']) outUi['ui:widget'] = 'amountFen';
    if (isObject(node.properties)) {
      const properties: Json = {};
      for (const [key, child] of Object.entries(node.properties)) {
        if (!isObject(child)) continue;
        const result = walk(child, isObject(ui[key]) ? ui[key] : {}, path ? `${path}.${key}` : key);
        properties[key] = result.schema;
        if (Object.keys(result.ui).length) outUi[key] = result.ui;
      }
      out.properties = properties;
    }
    // Conditional fields (`allOf[].then`, as the designer writes them) are labelled like any other.
    if (Array.isArray(node.allOf)) {
      out.allOf = node.allOf.map((part) => {
        if (!isObject(part) || !isObject(part.then)) return part;
        const branch = walk(part.then, ui, path);
        Object.assign(outUi, branch.ui);
        const { title: _branchTitle, ...then } = branch.schema;
        return { ...part, then };
      });
    }
    // Array items share the array's label path: `addresses.address`, as the designer writes them.
    if (isObject(node.items)) {
      const result = walk(node.items, isObject(ui.items) ? ui.items : {}, path);
      const { title: _title, ...items } = result.schema;
      out.items = node.items.title ? result.schema : items;
      if (Object.keys(result.ui).length) outUi.items = result.ui;
    }
    return { schema: out, ui: outUi };
  };
  const result = walk(schema, uiSchema, '');
  return { schema: result.schema, uiSchema: result.ui };
}

/** The fields a form collects at its top level, with their value from data, for read-only views. */
export function hasFields(schema: Json | undefined): boolean {
  return Boolean(schema && isObject(schema.properties) && Object.keys(schema.properties).length > 0);
}
