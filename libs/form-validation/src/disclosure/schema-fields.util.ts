import { DISCLOSURES, DISCLOSURE_KEYWORD } from '../keywords/disclosure.keyword';
import type { Disclosure } from '../keywords/disclosure.keyword';
import { isJsonObject } from '../util/subschemas.util';
import type { JsonObject } from '../util/subschemas.util';
import { strictestDisclosure } from './strictest-disclosure.util';

/**
 * Every schema node that may describe one place in the data: the node itself, what its local `$ref` points at,
 * and the branches of `allOf`/`anyOf`/`oneOf`/`then`/`else`/`dependencies`, because a field may be declared in
 * any of them. `if` is left out: it tests data, it does not declare it.
 */
export type FieldSchemas = readonly JsonObject[];

const BRANCH_ARRAYS = ['allOf', 'anyOf', 'oneOf'];
const BRANCH_SINGLES = ['then', 'else'];
const MAX_EXPANSION = 64;

/** The {@link FieldSchemas} of `schema` within `root` (which local `$ref`s resolve against). */
export function expandSchema(root: unknown, schema: unknown): FieldSchemas {
  const found: JsonObject[] = [];
  const seen = new Set<unknown>();
  const visit = (node: unknown): void => {
    // Shared `$ref` targets and cycles are visited once; the cap stops pathological fan-out.
    if (!isJsonObject(node) || seen.has(node) || seen.size >= MAX_EXPANSION) return;
    seen.add(node);
    found.push(node);
    if (typeof node.$ref === 'string') visit(resolveLocalRef(root, node.$ref));
    for (const key of BRANCH_ARRAYS) {
      const branches = node[key];
      if (Array.isArray(branches)) branches.forEach(visit);
    }
    for (const key of BRANCH_SINGLES) visit(node[key]);
    if (isJsonObject(node.dependencies)) Object.values(node.dependencies).forEach(visit);
  };
  visit(schema);
  return found;
}

/** The schemas of each declared property, merged over all the given nodes. */
export function propertiesOf(root: unknown, nodes: FieldSchemas): Map<string, FieldSchemas> {
  const fields = new Map<string, JsonObject[]>();
  for (const node of nodes) {
    if (!isJsonObject(node.properties)) continue;
    for (const [name, schema] of Object.entries(node.properties)) {
      fields.set(name, [...(fields.get(name) ?? []), ...expandSchema(root, schema)]);
    }
  }
  return fields;
}

/** The schemas of the array element at `index` (`undefined` for "any element"), merged over all nodes. */
export function itemsOf(root: unknown, nodes: FieldSchemas, index?: number): FieldSchemas {
  const found: JsonObject[] = [];
  for (const node of nodes) {
    const items = node.items;
    if (Array.isArray(items)) {
      const tupleItem = index === undefined ? undefined : items[index];
      found.push(...expandSchema(root, tupleItem ?? node.additionalItems));
    } else {
      found.push(...expandSchema(root, items));
    }
  }
  return found;
}

/** The strictest `x-disclosure` written on any of the nodes, `undefined` when none says anything. */
export function declaredDisclosure(nodes: FieldSchemas): Disclosure | undefined {
  return strictestDisclosure(
    ...nodes.map((node) => node[DISCLOSURE_KEYWORD] as Disclosure).filter((d) => DISCLOSURES.includes(d)),
  );
}

/** The first `format` among the nodes. */
export function formatOf(nodes: FieldSchemas): string | undefined {
  const node = nodes.find((candidate) => typeof candidate.format === 'string');
  return node?.format as string | undefined;
}

function resolveLocalRef(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const token of ref.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isJsonObject(node) ? node[key] : Array.isArray(node) ? node[Number(key)] : undefined;
  }
  return node;
}
