import type { Disclosure } from '../keywords/disclosure.keyword';
import { isJsonObject } from '../util/subschemas.util';
import { governingDisclosure } from './disclosure-of';
import { expandSchema, formatOf, itemsOf, propertiesOf } from './schema-fields.util';
import type { FieldSchemas } from './schema-fields.util';
import { maskValue } from './mask-value';

const REMOVED = Symbol('removed');
type Redacted = unknown;

const MAX_DEPTH = 32;

/**
 * A copy of `data` fit to show beyond the staff: `private` fields removed, `masked` text partly hidden (see
 * {@link maskValue}; masked numbers and booleans cannot be partly shown and are removed), `public` fields kept.
 * Disclosures follow {@link disclosureOf}. Anything the schema does not declare is removed, and so is a group or
 * list left empty by the removals. Returns `undefined` when nothing may be shown. `data` is not modified.
 */
export function redact(schema: unknown, data: unknown): unknown {
  const root = expandSchema(schema, schema);
  const result = redactValue(schema, root, data, governingDisclosure(root, undefined), 0);
  return result === REMOVED ? undefined : result;
}

function redactValue(
  schema: unknown,
  nodes: FieldSchemas,
  value: unknown,
  governing: Disclosure | undefined,
  depth: number,
): Redacted | typeof REMOVED {
  if (governing === 'private' || depth > MAX_DEPTH) return REMOVED;
  if (Array.isArray(value)) {
    const items = value
      .map((item, i) =>
        redactValue(schema, itemsOf(schema, nodes, i), item, childDisclosure(schema, nodes, i, governing), depth + 1),
      )
      .filter((item) => item !== REMOVED);
    return items.length === 0 && value.length > 0 ? REMOVED : keepEmpty(items, governing);
  }
  if (isJsonObject(value)) {
    const fields = propertiesOf(schema, nodes);
    const result: Record<string, unknown> = {};
    for (const [name, child] of Object.entries(value)) {
      const field = fields.get(name);
      if (!field) continue;
      const redacted = redactValue(schema, field, child, governingDisclosure(field, governing), depth + 1);
      if (redacted !== REMOVED) result[name] = redacted;
    }
    return Object.keys(result).length === 0 && Object.keys(value).length > 0 ? REMOVED : keepEmpty(result, governing);
  }
  if (governing === undefined) return REMOVED;
  if (governing === 'public') return value;
  return typeof value === 'string' ? maskValue(value, formatOf(nodes)) : REMOVED;
}

function childDisclosure(
  schema: unknown,
  nodes: FieldSchemas,
  index: number,
  governing: Disclosure | undefined,
): Disclosure | undefined {
  return governingDisclosure(itemsOf(schema, nodes, index), governing);
}

// An empty group says nothing unless someone made it visible.
function keepEmpty<T>(value: T, governing: Disclosure | undefined): T | typeof REMOVED {
  const empty = Array.isArray(value) ? value.length === 0 : Object.keys(value as object).length === 0;
  return empty && governing === undefined ? REMOVED : value;
}
