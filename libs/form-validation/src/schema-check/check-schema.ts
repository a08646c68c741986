import Ajv from 'ajv';

import type { FieldIssue } from '@yilin/contracts';

import { AJV_OPTIONS } from '../ajv/ajv-options.const';
import { configureAjv } from '../ajv/configure-ajv';
import { AMOUNT_FEN_KEYWORD } from '../keywords/amount-fen.keyword';
import { DISCLOSURES, DISCLOSURE_KEYWORD } from '../keywords/disclosure.keyword';
import type { Disclosure } from '../keywords/disclosure.keyword';
import { DEFAULT_LOCALE } from '../messages/locale';
import { patternHazard } from '../patterns/safe-pattern.util';
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
 * Refused: anything that is not a draft-07 JSON Schema object, everything {@link checkSchemaHazards} refuses, more
 * fields or `enum` options than the {@link SCHEMA_LIMITS} allow, unknown
 * `format`s, `$ref`s that leave the schema, `$async`, and unknown keywords, except those starting with `x-`,
 * which are annotations (`x-disclosure` must name a {@link Disclosure}, `x-amount-fen` is a boolean keyword).
 */
export function checkSchema(schema: unknown, options: CheckSchemaOptions = {}): FieldIssue[] {
  const checked = hazardCheck(schema, options);
  if (!checked.walk) return checked.issues;
  const { walk, issue } = checked;
  const overLimits = walk.overLimits.map(([path, keyword, message]) => issue(path, keyword, message));
  if (walk.propertyCount > checked.limits.maxProperties) {
    overLimits.push(issue('', 'maxProperties', M.tooManyProperties(walk.propertyCount, checked.limits)));
  }
  if (checked.issues.length > 0 || overLimits.length > 0) return [...checked.issues, ...overLimits];
  // Created only now: an AJV instance costs more than the whole hazard check of a hostile schema.
  const ajv = strictAjv();
  const keywords: KeywordCheck = { issues: [], annotations: new Set() };
  for (const [node, path] of walk.nodes) checkKeywords(node, path, ajv, keywords);
  const issues = keywords.issues.map(([path, keyword, message]) => issue(path, keyword, message));
  if (issues.length > 0) return issues;

  for (const keyword of keywords.annotations) if (!ajv.getKeyword(keyword)) ajv.addKeyword(keyword);
  try {
    if (!ajv.validateSchema(schema as JsonObject)) return metaSchemaIssues(ajv, issue);
    ajv.compile(schema as JsonObject);
  } catch (error) {
    // An unknown `$schema` or an unresolvable local `$ref` throws instead of reporting.
    return [issue('', 'schema', M.invalidSchema(error instanceof Error ? error.message : String(error)))];
  }
  return [];
}

/**
 * Only what makes a schema dangerous to store or to run, whatever else is still unfinished in it: not an object,
 * not JSON, over the byte size or nesting of the {@link SCHEMA_LIMITS}, or a `pattern` that could backtrack
 * exponentially. A draft may be saved half-written, never with one of these; the counts (fields, options per
 * `enum`) wait for {@link checkSchema} at publish.
 */
export function checkSchemaHazards(schema: unknown, options: CheckSchemaOptions = {}): FieldIssue[] {
  return hazardCheck(schema, options).issues;
}

type HazardCheck =
  | { issues: FieldIssue[]; walk?: undefined }
  | { issues: FieldIssue[]; walk: WalkResult; issue: IssueMaker; limits: SchemaLimits };

function hazardCheck(schema: unknown, options: CheckSchemaOptions): HazardCheck {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const limits: SchemaLimits = { ...SCHEMA_LIMITS, ...options.limits };
  const issue: IssueMaker = (path, keyword, message) => ({
    path,
    keyword,
    message: message[locale],
  });

  if (!isJsonObject(schema)) return { issues: [issue('', 'type', M.notAnObject)] };
  const bytes = serializedBytes(schema);
  if (bytes === undefined) return { issues: [issue('', 'json', M.notJson)] };
  if (bytes > limits.maxBytes) return { issues: [issue('', 'maxBytes', M.tooLarge(bytes, limits))] };

  const walk = walkSchema(schema, limits);
  const issues = walk.hazards.map(([path, keyword, message]) => issue(path, keyword, message));
  return { issues, walk, issue, limits };
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
  /** Nesting too deep and unsafe patterns. */
  hazards: RawIssue[];
  /** Too many options in an `enum`. */
  overLimits: RawIssue[];
  propertyCount: number;
  /** Every schema node within the depth limit, with its pointer. */
  nodes: Array<[node: JsonObject, path: string]>;
}

interface KeywordCheck {
  issues: RawIssue[];
  annotations: Set<string>;
}

function walkSchema(root: JsonObject, limits: SchemaLimits): WalkResult {
  const result: WalkResult = { hazards: [], overLimits: [], propertyCount: 0, nodes: [] };
  const visit = (node: unknown, path: string, depth: number): void => {
    if (!isJsonObject(node)) return;
    if (depth > limits.maxDepth) {
      result.hazards.push([path, 'maxDepth', M.tooDeep(limits)]);
      return;
    }
    checkLimits(node, path, limits, result);
    result.nodes.push([node, path]);
    if (isJsonObject(node.properties)) result.propertyCount += Object.keys(node.properties).length;
    for (const { tokens, schema } of subschemas(node)) {
      visit(schema, tokens.reduce(appendPointer, path), depth + 1);
    }
  };
  visit(root, '', 0);
  return result;
}

function checkLimits(node: JsonObject, path: string, limits: SchemaLimits, result: WalkResult): void {
  if (Array.isArray(node.enum) && node.enum.length > limits.maxEnumValues) {
    result.overLimits.push([appendPointer(path, 'enum'), 'maxEnumValues', M.tooManyEnumValues(node.enum.length, limits)]);
  }
  if (typeof node.pattern === 'string') {
    const hazard = patternHazard(node.pattern);
    if (hazard) result.hazards.push([appendPointer(path, 'pattern'), 'pattern', M.unsafePattern(hazard)]);
  }
  if (isJsonObject(node.patternProperties)) {
    for (const key of Object.keys(node.patternProperties)) {
      const hazard = patternHazard(key);
      const at = appendPointer(appendPointer(path, 'patternProperties'), key);
      if (hazard) result.hazards.push([at, 'pattern', M.unsafePattern(hazard)]);
    }
  }
}

function checkKeywords(node: JsonObject, path: string, ajv: Ajv, result: KeywordCheck): void {
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
