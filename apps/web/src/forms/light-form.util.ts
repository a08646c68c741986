import type { RJSFValidationError } from '@rjsf/utils';

import type { FieldIssue, FormDocument } from '@yilin/contracts';

import { type FieldKind, kindOf } from './field-kind.util';
import { resolveConditions } from './resolve-conditions.util';

type Json = Record<string, unknown>;
type Document = Pick<FormDocument, 'schema' | 'uiSchema' | 'labels'>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The kinds drawn with native inputs; a form with any other needs the full renderer (rjsf). */
const LIGHT_KINDS: ReadonlySet<FieldKind> = new Set([
  'text', 'textarea', 'number', 'amount', 'date', 'choice', 'multi', 'yesno', 'email', 'mobile', 'resident-id',
  'credit-code', 'heading', 'help',
]);
const DISPLAY_KINDS: ReadonlySet<FieldKind> = new Set(['heading', 'help']);
// Root keywords that change what is shown or filled in; the light renderer leaves such forms to rjsf.
const ROOT_KEYWORDS_NEEDING_RJSF = ['if', 'oneOf', 'anyOf', 'dependencies', 'dependentSchemas', 'x-weighted-total'];

export interface LightOption {
  value: string;
  label: string;
}

/** One top-level field as the light renderer draws it, labelled in one language. */
export interface LightField {
  key: string;
  kind: FieldKind;
  label: string;
  help?: string;
  required: boolean;
  options: LightOption[];
  /** The designer's widget (`radio`, `checkboxes`, `textarea`…), when it chose one. */
  widget?: string;
  schema: Json;
}

const uiOf = (uiSchema: Json | undefined, key: string): Json => (isObject(uiSchema?.[key]) ? (uiSchema[key] as Json) : {});

const enumOf = (kind: FieldKind, schema: Json): unknown[] | null => {
  const list = kind === 'multi' ? (isObject(schema.items) ? schema.items.enum : undefined) : schema.enum;
  return Array.isArray(list) ? list : null;
};

/**
 * Whether the light renderer can draw every field of `document`, the designer's conditional fields included.
 * A repeating group, an attachment, a date range or address, a rubric's total, a condition the designer
 * does not write, or a field written by hand that is none of the designer's kinds: all need rjsf.
 */
export function lightRenderable(document: Pick<FormDocument, 'schema' | 'uiSchema'>): boolean {
  const { schema } = document;
  if ((schema.type ?? 'object') !== 'object' || ROOT_KEYWORDS_NEEDING_RJSF.some((keyword) => keyword in schema)) return false;
  // Conditions other than the designer's stay for validation only: they must not bring fields to show.
  const rest = resolveConditions(schema, {}).allOf;
  if (Array.isArray(rest) && rest.some((part) => isObject(part) && ['then', 'else', 'properties'].some((at) => at in part))) return false;
  const conditional = (Array.isArray(schema.allOf) ? schema.allOf : []).flatMap((part) =>
    isObject(part) && isObject(part.then) && isObject(part.then.properties) ? Object.entries(part.then.properties) : [],
  );
  const fields = [...Object.entries(isObject(schema.properties) ? schema.properties : {}), ...conditional];
  return fields.every(([key, child]) => {
    if (!isObject(child)) return false;
    const kind = kindOf(child, uiOf(document.uiSchema, key));
    return LIGHT_KINDS.has(kind) && (kind !== 'choice' && kind !== 'multi' ? true : enumOf(kind, child) !== null);
  });
}

/** The values a new form starts with: each field's `default` (a yes/no field's "no", say). */
export function initialValues(schema: Json): Json {
  const properties = isObject(schema.properties) ? schema.properties : {};
  return Object.fromEntries(
    Object.entries(properties).flatMap(([key, child]) => (isObject(child) && child.default !== undefined ? [[key, child.default]] : [])),
  );
}

/**
 * The fields shown for `data` in `language`, in the designer's order: the designer's conditions decide which
 * conditional fields appear and which become required.
 */
export function lightFields(document: Document, data: Json, language: 'zh' | 'en'): LightField[] {
  const resolved = resolveConditions(document.schema, data);
  const properties = isObject(resolved.properties) ? resolved.properties : {};
  const required = new Set(Array.isArray(resolved.required) ? resolved.required.map(String) : []);
  const texts = document.labels?.[language] ?? {};
  const order = Array.isArray(document.uiSchema?.['ui:order']) ? document.uiSchema['ui:order'].map(String) : [];
  const keys = Object.keys(properties);
  const ordered = [...order.filter((key) => keys.includes(key)), ...keys.filter((key) => !order.includes(key))];
  return ordered.flatMap((key) => {
    const schema = properties[key];
    if (!isObject(schema)) return [];
    const ui = uiOf(document.uiSchema, key);
    const kind = kindOf(schema, ui);
    const options = (enumOf(kind, schema) ?? []).map((value) => ({ value: String(value), label: texts[`${key}#option:${String(value)}`] ?? String(value) }));
    const widget = typeof ui['ui:widget'] === 'string' ? ui['ui:widget'] : undefined;
    const title = typeof schema.title === 'string' ? schema.title : key;
    return [{ key, kind, label: texts[key] ?? title, help: texts[`${key}#help`], required: required.has(key), options, widget, schema }];
  });
}

/** What is sent: the values of the fields shown, so a contact typed before choosing "anonymous" is not. */
export function submission(fields: readonly LightField[], values: Json): Json {
  return Object.fromEntries(
    fields.filter((field) => !DISPLAY_KINDS.has(field.kind) && values[field.key] !== undefined).map((field) => [field.key, values[field.key]]),
  );
}

/** A number as typed: a number when it reads as one, else the text, so the validator names the mistake. */
export function numberValue(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : text;
}

/** The choices ticked after ticking or unticking `value`, kept in the options' order. */
export function toggled(options: readonly LightOption[], current: unknown, value: string, on: boolean): string[] | undefined {
  const chosen = new Set(Array.isArray(current) ? current.map(String) : []);
  if (on) chosen.add(value);
  else chosen.delete(value);
  const next = options.map((option) => option.value).filter((option) => chosen.has(option));
  return next.length ? next : undefined;
}

/** The top-level field a JSON pointer (`/contactMobile`, `/founder/mobile`) names. */
const fieldOf = (path: string): string => (path.split('/')[1] ?? '').replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * Issues from the validator or the engine's 422, placed as the portal's forms place them: the first message
 * of each field under it, and one line per field in the summary (in the form's order; issues about no field
 * shown come last, unnamed).
 */
export function placeIssues(issues: readonly FieldIssue[], fields: readonly LightField[]): { byField: Record<string, string>; summary: RJSFValidationError[] } {
  const shown = fields.map((field) => field.key);
  const byField: Record<string, string> = {};
  const elsewhere: RJSFValidationError[] = [];
  for (const issue of issues) {
    if (issue.keyword === 'if') continue;
    const key = fieldOf(issue.path);
    if (shown.includes(key)) byField[key] ??= issue.message;
    else if (!elsewhere.some((error) => error.message === issue.message)) elsewhere.push({ property: '', message: issue.message, stack: issue.message });
  }
  const placed = shown.filter((key) => key in byField).map((key) => ({ property: `.${key}`, message: byField[key], stack: byField[key] }));
  return { byField, summary: [...placed, ...elsewhere] };
}
