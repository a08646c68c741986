import type { JsonSchema } from '@yilin/contracts';

type JsonObject = Record<string, unknown>;

/** One field of a form as the registry sees it: where it sits and what it accepts. */
export interface FormField {
  /** Dotted path: `organisation`, `address.street`, `members.name` (items of a repeating group). */
  path: string;
  schema: JsonObject;
  type?: string;
  required: boolean;
  /** Declared only under a condition (`allOf[].then`, `dependencies`): shown when another field has a value. */
  conditional: boolean;
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The field's type as one comparable string (`string`, `integer`, `null|string`). */
export function typeOf(schema: JsonObject): string | undefined {
  const { type } = schema;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return [...type].map(String).sort().join('|');
  return undefined;
}

/** Every field a form schema declares, by path, nested objects and repeating groups included. */
export function formFields(schema: JsonSchema): Map<string, FormField> {
  const fields = new Map<string, FormField>();
  collect(schema, '', false, fields);
  return fields;
}

function collect(node: JsonObject, prefix: string, conditional: boolean, fields: Map<string, FormField>): void {
  const required = new Set(Array.isArray(node.required) ? node.required.map(String) : []);
  if (isObject(node.properties)) {
    for (const [name, child] of Object.entries(node.properties)) {
      if (!isObject(child)) continue;
      const path = prefix ? `${prefix}.${name}` : name;
      const existing = fields.get(path);
      fields.set(path, {
        path,
        schema: existing?.schema ?? child,
        type: existing?.type ?? typeOf(child),
        required: (existing?.required ?? false) || required.has(name),
        conditional: existing ? existing.conditional && conditional : conditional,
      });
      collect(child, path, conditional, fields);
      if (isObject(child.items)) collect(child.items, path, conditional, fields);
    }
  }
  // Conditions add fields (and requirements) only when another field has a value.
  const branches: JsonObject[] = [];
  if (Array.isArray(node.allOf)) {
    for (const part of node.allOf) {
      if (!isObject(part)) continue;
      if (isObject(part.then)) branches.push(part.then);
      if (isObject(part.else)) branches.push(part.else);
    }
  }
  if (isObject(node.then)) branches.push(node.then);
  if (isObject(node.dependencies)) {
    for (const dependency of Object.values(node.dependencies)) if (isObject(dependency)) branches.push(dependency);
  }
  for (const branch of branches) {
    collect(branch, prefix, true, fields);
    // A branch's `required` names fields declared elsewhere: they become conditionally required, not required.
  }
}
