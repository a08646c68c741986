import type { Disclosure } from '../keywords/disclosure.keyword';
import { appendPointer } from '../util/json-pointer.util';
import { declaredDisclosure, expandSchema, itemsOf, propertiesOf } from './schema-fields.util';
import type { FieldSchemas } from './schema-fields.util';
import { strictestDisclosure } from './strictest-disclosure.util';

/** Disclosure of every field a schema declares, by JSON Pointer into the data; `*` stands for any array index. */
export type DisclosureMap = Record<string, Disclosure>;

const MAX_DEPTH = 32;

/**
 * Who may see each field of a form's data, from its `x-disclosure` annotations:
 * a field without one takes its nearest annotated ancestor's, and is `private` when none says anything; a field
 * may be stricter than its ancestor but never more open (a `public` field inside a `private` group is private).
 * Fields declared only inside `allOf`/`anyOf`/`oneOf`/`then`/`else`/`dependencies` are included; when a field is
 * declared several times the strictest annotation wins. The token `*`
 * stands for any element of an array (`/members/*` followed by `/name`).
 */
export function disclosureOf(schema: unknown): DisclosureMap {
  const map: DisclosureMap = {};
  const visit = (nodes: FieldSchemas, path: string, inherited: Disclosure | undefined, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    for (const [name, field] of propertiesOf(schema, nodes)) {
      visitField(field, appendPointer(path, name), inherited, depth);
    }
    if (nodes.some((node) => node.items !== undefined)) {
      const tuples = nodes.map((node) => node.items).filter(Array.isArray);
      const length = Math.max(0, ...tuples.map((items) => items.length));
      for (let i = 0; i < length; i += 1) {
        visitField(itemsOf(schema, nodes, i), appendPointer(path, i), inherited, depth);
      }
      if (tuples.length === 0) visitField(itemsOf(schema, nodes), `${path}/*`, inherited, depth);
    }
  };
  const visitField = (field: FieldSchemas, path: string, inherited: Disclosure | undefined, depth: number): void => {
    const governing = governingDisclosure(field, inherited);
    map[path] = governing ?? 'private';
    visit(field, path, governing, depth + 1);
  };
  const root = expandSchema(schema, schema);
  visit(root, '', declaredDisclosure(root), 0);
  return map;
}

/** The disclosure that applies at a place in the data, before the `private` default: see {@link disclosureOf}. */
export function governingDisclosure(field: FieldSchemas, inherited: Disclosure | undefined): Disclosure | undefined {
  const declared = declaredDisclosure(field);
  return declared ? strictestDisclosure(declared, inherited) : inherited;
}
