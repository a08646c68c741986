/** A JSON object, as opposed to an array or a primitive. */
export type JsonObject = Record<string, unknown>;

/** `true` for a plain JSON object (not an array, not `null`). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A subschema of a schema node and the pointer tokens that lead to it from that node. */
export interface Subschema {
  tokens: readonly string[];
  schema: unknown;
}

const SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', '$defs'];
const SINGLE_SCHEMAS = [
  'additionalProperties',
  'additionalItems',
  'contains',
  'propertyNames',
  'if',
  'then',
  'else',
  'not',
];
const SCHEMA_ARRAYS = ['allOf', 'anyOf', 'oneOf'];

/**
 * The direct subschemas of a draft-07 schema node. Values of non-schema keywords (`enum`, `const`, `default`,
 * `examples`, annotations) are data and are never treated as schemas.
 */
export function subschemas(node: JsonObject): Subschema[] {
  const found: Subschema[] = [];
  for (const key of SCHEMA_MAPS) {
    const map = node[key];
    if (!isJsonObject(map)) continue;
    for (const [name, schema] of Object.entries(map)) found.push({ tokens: [key, name], schema });
  }
  for (const key of SINGLE_SCHEMAS) {
    if (key in node) found.push({ tokens: [key], schema: node[key] });
  }
  for (const key of SCHEMA_ARRAYS) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((schema, i) => found.push({ tokens: [key, String(i)], schema }));
  }
  const items = node.items;
  if (Array.isArray(items)) items.forEach((schema, i) => found.push({ tokens: ['items', String(i)], schema }));
  else if (items !== undefined) found.push({ tokens: ['items'], schema: items });
  const dependencies = node.dependencies;
  if (isJsonObject(dependencies)) {
    for (const [name, value] of Object.entries(dependencies)) {
      // An array here lists required property names, not a schema.
      if (!Array.isArray(value)) found.push({ tokens: ['dependencies', name], schema: value });
    }
  }
  return found;
}
