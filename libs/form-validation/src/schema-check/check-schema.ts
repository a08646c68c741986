import Ajv from 'ajv';

import type { FieldIssue } from '@yilin/contracts';

import { AJV_OPTIONS } from '../ajv/ajv-options.const';
import { configureAjv } from '../ajv/configure-ajv';
import { AMOUNT_FEN_KEYWORD } from '../keywords/amount-fen.keyword';
import { DISCLOSURES, DISCLOSURE_KEYWORD } from '../keywords/disclosure.keyword';
import type { Disclosure } from '../keywords/disclosure.keyword';
import { DEFAULT_LOCALE } from '../messages/locale';
import type { Locale, Localized } from '../messages/locale';
import { appendPointer } from '../util/json-pointer.util';
import { isJsonObject, subschemas } from '../util/subschemas.util';
import type { JsonObject } from '../util/subschemas.util';
import { SCHEMA_ISSUE_MESSAGES as M } from './schema-issue-messages.const';
import { SCHEMA_LIMITS } from './schema-limits.const';
import type { SchemaLimits } from './schema-limits.const';

/** Options of {@link checkSchema}. */
export interface CheckSchemaOptions {
  locale?: Locale;
  limits?: Partial<SchemaLimits>;
}

const REFUSED_KEYWORDS = new Set(['$async']);

/**
 * Everything wrong with a form schema before it is published or compiled; an empty list means it is safe to
 * compile. `path` in each issue is a JSON Pointer into the schema (`/properties/idNumber/format`).
 *
 * Refused: anything that is not a draft-07 JSON Schema object, schemas over the {@link SCHEMA_LIMITS}, unknown
 * `format`s, `$ref`s that leave the schema, `$async`, and unknown keywords, except those starting with `x-`,
 * which are annotations (`x-disclosure` must name a {@link Disclosure}, `x-amount-fen` is a boolean keyword).
 */
export function checkSchema(schema: unknown, options: CheckSchemaOptions = {}): FieldIssue[] {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const limits: SchemaLimits = { ...SCHEMA_LIMITS, ...options.limits };
  const issue: IssueMaker = (path, keyword, message) => ({
    path,
    keyword,
    message: message[locale],
  });

  if (!isJsonObject(schema)) return [issue('', 'type', M.notAnObject)];
  const bytes = serializedBytes(schema);
  if (bytes === undefined) return [issue('', 'json', M.notJson)];
  if (bytes > limits.maxBytes) return [issue('', 'maxBytes', M.tooLarge(bytes, limits))];

  const ajv = strictAjv();
  const walk = walkSchema(schema, ajv, limits);
  const issues = walk.issues.map(([path, keyword, message]) => issue(path, keyword, message));
  if (walk.propertyCount > limits.maxProperties) {
    issues.push(issue('', 'maxProperties', M.tooManyProperties(walk.propertyCount, limits)));
  }
  if (issues.length > 0) return issues;

  for (const keyword of walk.annotations) if (!ajv.getKeyword(keyword)) ajv.addKeyword(keyword);
  try {
    if (!ajv.validateSchema(schema)) return metaSchemaIssues(ajv, issue);
    ajv.compile(schema);
  } catch (error) {
    // An unknown `$schema` or an unresolvable local `$ref` throws instead of reporting.
    return [issue('', 'schema', M.invalidSchema(error instanceof Error ? error.message : String(error)))];
  }
  return [];
}

function metaSchemaIssues(ajv: Ajv, issue: IssueMaker): FieldIssue[] {
  // The meta-schema reports one mistake several ways (enum, type, anyOf); its first word per place is enough.
  const firstPerPath = new Map<string, string>();
  for (const error of ajv.errors ?? []) {
    if (!firstPerPath.has(error.instancePath)) firstPerPath.set(error.instancePath, error.message ?? error.keyword);
  }
  return [...firstPerPath].map(([path, detail]) => issue(path, 'schema', M.invalidSchema(detail)));
}

type IssueMaker = (path: string, keyword: string, message: Localized) => FieldIssue;

type RawIssue = [path: string, keyword: string, message: Localized];

interface WalkResult {
  issues: RawIssue[];
  propertyCount: number;
  annotations: Set<string>;
}

function walkSchema(root: JsonObject, ajv: Ajv, limits: SchemaLimits): WalkResult {
  const result: WalkResult = { issues: [], propertyCount: 0, annotations: new Set() };
  const visit = (node: unknown, path: string, depth: number): void => {
    if (!isJsonObject(node)) return;
    if (depth > limits.maxDepth) {
      result.issues.push([path, 'maxDepth', M.tooDeep(limits)]);
      return;
    }
    checkKeywords(node, path, ajv, result);
    if (isJsonObject(node.properties)) result.propertyCount += Object.keys(node.properties).length;
    for (const { tokens, schema } of subschemas(node)) {
      visit(schema, tokens.reduce(appendPointer, path), depth + 1);
    }
  };
  visit(root, '', 0);
  return result;
}

function checkKeywords(node: JsonObject, path: string, ajv: Ajv, result: WalkResult): void {
  for (const [keyword, value] of Object.entries(node)) {
    const at = appendPointer(path, keyword);
    if (keyword.startsWith('x-')) {
      result.annotations.add(keyword);
      if (keyword === DISCLOSURE_KEYWORD && !DISCLOSURES.includes(value as Disclosure)) {
        result.issues.push([at, keyword, M.badDisclosure]);
      }
      if (keyword === AMOUNT_FEN_KEYWORD && value === true && !declaresInteger(node)) {
        result.issues.push([at, keyword, M.amountFenNotInteger]);
      }
    } else if (REFUSED_KEYWORDS.has(keyword)) {
      result.issues.push([at, keyword, M.asyncSchema]);
    } else if (!ajv.RULES.keywords[keyword]) {
      result.issues.push([at, 'keyword', M.unknownKeyword(keyword)]);
    } else if (keyword === 'format' && typeof value === 'string' && !ajv.formats[value]) {
      result.issues.push([at, keyword, M.unknownFormat(value)]);
    } else if (keyword === '$ref' && typeof value === 'string' && !value.startsWith('#')) {
      result.issues.push([at, keyword, M.remoteRef(value)]);
    }
  }
}

function declaresInteger(node: JsonObject): boolean {
  return node.type === 'integer' || (Array.isArray(node.type) && node.type.includes('integer'));
}

// A fresh instance per check: the schema's own `x-` annotations get registered on it, and nothing a hostile
// schema adds (keywords, `$id`s) outlives the check.
function strictAjv(): Ajv {
  return configureAjv(
    new Ajv({
      ...AJV_OPTIONS,
      strict: true,
      strictTypes: false,
      strictTuples: false,
      // `then: { required: [...] }` naming properties defined beside the `if` is the usual conditional form.
      strictRequired: false,
      addUsedSchema: false,
    }),
  );
}

function serializedBytes(schema: JsonObject): number | undefined {
  try {
    return new TextEncoder().encode(JSON.stringify(schema)).length;
  } catch {
    // Cycles throw a TypeError and absurd nesting a RangeError; neither is a schema anyone can publish.
    return undefined;
  }
}
