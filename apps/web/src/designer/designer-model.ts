import type { FormDocument } from '@yilin/contracts';

import { FIELD_KINDS, type FieldKind, kindOf } from '@web/forms/field-kind.util';

export { FIELD_KINDS, type FieldKind };

type Json = Record<string, unknown>;
/** Kinds a repeating group's column may have: one value per cell. */
export const COLUMN_KINDS = [
  'text', 'textarea', 'number', 'amount', 'date', 'choice', 'yesno', 'email', 'mobile', 'resident-id', 'credit-code',
] as const satisfies readonly FieldKind[];
export type Disclosure = 'public' | 'masked' | 'private';
export type Bilingual = { zh: string; en: string };

export interface FieldOption extends Bilingual {
  value: string;
}

/** Show the field only when another has a value, or keep it shown and require it then. */
export interface FieldCondition {
  field: string;
  equals: string | boolean;
  mode: 'show' | 'require';
}

/** One field as the designer edits it; `toDocument` turns the list into the published form. */
export interface DesignField {
  key: string;
  kind: FieldKind;
  label: Bilingual;
  help: Bilingual;
  required: boolean;
  disclosure: Disclosure;
  min?: number;
  max?: number;
  pattern?: string;
  /** A number field's weight in the form's rubric: the `score` field is then their weighted average. */
  weight?: number;
  options: FieldOption[];
  /** Columns of a repeating group (simple kinds only). */
  columns: DesignField[];
  condition?: FieldCondition;
  /** A schema the designer does not model, kept exactly as written in the JSON view. */
  raw?: Json;
  /** The value a new form starts with (a public form's "anonymous": no), kept as written. */
  default?: unknown;
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const DATA_LESS = new Set<FieldKind>(['heading', 'help']);
const KIND_FORMAT: Partial<Record<FieldKind, string>> = { email: 'email', mobile: 'cn-mobile', 'resident-id': 'cn-resident-id', 'credit-code': 'cn-credit-code', date: 'date' };
const KIND_UI: Partial<Record<FieldKind, Json>> = {
  textarea: { 'ui:widget': 'textarea' },
  choice: { 'ui:widget': 'radio' },
  multi: { 'ui:widget': 'checkboxes' },
  mobile: { 'ui:widget': 'cn-mobile' },
  attachment: { 'ui:widget': 'attachment' },
  heading: { 'ui:field': 'heading' },
  help: { 'ui:field': 'help' },
};
const SUB_FIELDS: Partial<Record<FieldKind, Array<[string, Bilingual]>>> = {
  'date-range': [['start', { zh: '开始日期', en: 'Start' }], ['end', { zh: '结束日期', en: 'End' }]],
  address: [['district', { zh: '区县', en: 'District' }], ['street', { zh: '街道', en: 'Street' }], ['detail', { zh: '详细地址', en: 'Detail' }]],
};

export const isDataField = (field: DesignField) => !DATA_LESS.has(field.kind);

const COMPARE = 'x-compare';
const TOTAL = 'x-weighted-total';
export const TOTAL_FIELD = 'score';
export type RuleOperator = '>=' | '>' | '<=' | '<';

/** A form-level rule between two fields: `field` must stand in `op` to `other` (an end not before a start). */
export interface FormRule {
  field: string;
  op: RuleOperator;
  other: string;
}

/** Kinds a form-level rule can compare. */
export const COMPARABLE_KINDS: readonly FieldKind[] = ['date', 'number', 'amount'];

function readRules(schema: Json): FormRule[] {
  const rules = schema[COMPARE];
  if (!Array.isArray(rules)) return [];
  return rules
    .filter((rule): rule is Json => isObject(rule) && typeof rule.field === 'string' && typeof rule.other === 'string')
    .map((rule) => ({ field: String(rule.field), op: (['>=', '>', '<=', '<'].includes(String(rule.op)) ? rule.op : '>=') as RuleOperator, other: String(rule.other) }));
}

const keyBase = (kind: FieldKind) => kind.replace(/-(.)/g, (_, c: string) => c.toUpperCase());

/** A key the designer numbered (`text3`), not one a person chose: the English label may replace it. */
export const isNumberedKey = (field: DesignField) => new RegExp(`^${keyBase(field.kind)}\\d+$`).test(field.key);

export function newField(kind: FieldKind, taken: readonly string[]): DesignField {
  let n = 1;
  const base = keyBase(kind);
  while (taken.includes(`${base}${n}`)) n += 1;
  return {
    key: `${base}${n}`,
    kind,
    label: { zh: '', en: '' },
    help: { zh: '', en: '' },
    required: false,
    disclosure: kind === 'mobile' || kind === 'resident-id' || kind === 'attachment' ? 'private' : 'public',
    options: kind === 'choice' || kind === 'multi' ? [{ value: 'a', zh: '选项一', en: 'Option one' }, { value: 'b', zh: '选项二', en: 'Option two' }] : [],
    columns: kind === 'group' ? [{ ...newField('text', []), key: 'item', label: { zh: '名称', en: 'Item' } }] : [],
  };
}

/** The JSON Schema of one field, without its label (labels live in the document's label maps). */
export function fieldSchema(field: DesignField): Json {
  if (field.raw) return field.raw;
  const meta = {
    'x-kind': field.kind,
    ...(isDataField(field) ? { 'x-disclosure': field.disclosure } : {}),
    // Conditions read the starting value: a yes/no that starts as "no" must stay so, or the fields shown on "no" vanish.
    ...(field.default !== undefined ? { default: field.default } : {}),
  };
  const bounds = (low: string, high: string) => ({
    ...(field.min !== undefined ? { [low]: field.min } : {}),
    ...(field.max !== undefined ? { [high]: field.max } : {}),
  });
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return { type: 'string', ...bounds('minLength', 'maxLength'), ...(field.pattern ? { pattern: field.pattern } : {}), ...meta };
    case 'number':
      return { type: 'number', ...bounds('minimum', 'maximum'), ...(field.weight ? { 'x-weight': field.weight } : {}), ...meta };
    case 'amount':
      return { type: 'integer', minimum: Math.max(0, field.min ?? 0), ...(field.max !== undefined ? { maximum: field.max } : {}), 'x-amount-fen': true, ...meta };
    case 'choice':
      return { type: 'string', enum: field.options.map((o) => o.value), ...meta };
    case 'multi':
      return { type: 'array', uniqueItems: true, items: { type: 'string', enum: field.options.map((o) => o.value) }, ...bounds('minItems', 'maxItems'), ...meta };
    case 'yesno':
      return { type: 'boolean', ...meta };
    case 'attachment':
      return { type: 'string', maxLength: 26, ...meta };
    case 'date-range':
    case 'address': {
      const parts = SUB_FIELDS[field.kind] ?? [];
      const format = field.kind === 'date-range' ? { format: 'date' } : { maxLength: 200 };
      return {
        type: 'object',
        properties: Object.fromEntries(parts.map(([name]) => [name, { type: 'string', ...format }])),
        required: field.required ? parts.map(([name]) => name).filter((name) => name !== 'district') : [],
        // A range ends no earlier than it starts, checked in the browser and by the engine alike.
        ...(field.kind === 'date-range' ? { [COMPARE]: [{ field: 'end', op: '>=', other: 'start', otherTitle: SUB_FIELDS['date-range']![0][1] }] } : {}),
        ...meta,
      };
    }
    case 'group':
      return {
        type: 'array',
        ...bounds('minItems', 'maxItems'),
        items: {
          type: 'object',
          properties: Object.fromEntries(field.columns.map((column) => [column.key, fieldSchema(column)])),
          required: field.columns.filter((column) => column.required).map((column) => column.key),
        },
        ...meta,
      };
    case 'heading':
    case 'help':
      return { type: 'null', ...meta };
    default:
      return { type: 'string', format: KIND_FORMAT[field.kind], ...(field.pattern ? { pattern: field.pattern } : {}), ...meta };
  }
}

function columnsUi(columns: readonly DesignField[]): Json {
  const widgets = columns.filter((column) => KIND_UI[column.kind]).map((column) => [column.key, KIND_UI[column.kind]]);
  return { 'ui:order': columns.map((column) => column.key), ...Object.fromEntries(widgets) };
}

function fieldLabels(field: DesignField, path: string, labels: FormDocument['labels']): void {
  for (const language of ['zh', 'en'] as const) {
    if (field.label[language]) labels[language][path] = field.label[language];
    if (field.help[language]) labels[language][`${path}#help`] = field.help[language];
    for (const option of field.options) if (option[language]) labels[language][`${path}#option:${option.value}`] = option[language];
    for (const [name, text] of SUB_FIELDS[field.kind] ?? []) labels[language][`${path}.${name}`] = text[language];
  }
  for (const column of field.columns) fieldLabels(column, `${path}.${column.key}`, labels);
}

/** The form document for `fields` and form-level `rules` (kept from `base` when not given), keeping the root
 * keys of `base` the designer does not model. */
export function toDocument(fields: readonly DesignField[], title: Bilingual, base?: FormDocument, rules?: readonly FormRule[]): FormDocument {
  const { properties: _p, required: _r, allOf: _a, [COMPARE]: baseRules, [TOTAL]: _t, ...rootExtras } = base?.schema ?? {};
  // With weighted criteria, the field keyed `score` (what a workflow reads) becomes their weighted average.
  const rubric = fields.some((field) => field.weight) && fields.some((field) => field.key === TOTAL_FIELD && !field.weight);
  const keys = new Set(fields.map((field) => field.key));
  const kept = (rules ?? readRules({ [COMPARE]: baseRules })).filter((rule) => keys.has(rule.field) && keys.has(rule.other) && rule.field !== rule.other);
  const compare = kept.map((rule) => {
    const other = fields.find((field) => field.key === rule.other)!;
    return { ...rule, otherTitle: { zh: other.label.zh || other.key, en: other.label.en || other.label.zh || other.key } };
  });
  const properties: Json = {};
  const required: string[] = [];
  const allOf: Json[] = [];
  const uiSchema: Json = {};
  const labels: FormDocument['labels'] = { zh: {}, en: {} };
  if (title.zh) labels.zh.$form = title.zh;
  if (title.en) labels.en.$form = title.en;
  for (const field of fields) {
    const schema = fieldSchema(field);
    const ui = { ...KIND_UI[field.kind], ...(field.kind === 'group' ? { items: columnsUi(field.columns) } : {}) };
    if (Object.keys(ui).length) uiSchema[field.key] = ui;
    fieldLabels(field, field.key, labels);
    const condition = field.condition;
    if (condition?.mode === 'show') {
      allOf.push({
        if: { properties: { [condition.field]: { const: condition.equals } }, required: [condition.field] },
        then: { properties: { [field.key]: schema }, required: field.required ? [field.key] : [] },
      });
      continue;
    }
    properties[field.key] = schema;
    if (field.required && isDataField(field)) required.push(field.key);
    if (condition?.mode === 'require') {
      allOf.push({ if: { properties: { [condition.field]: { const: condition.equals } }, required: [condition.field] }, then: { required: [field.key] } });
    }
  }
  uiSchema['ui:order'] = [...fields.map((field) => field.key), '*'];
  return {
    schema: { type: 'object', ...rootExtras, properties, required, ...(allOf.length ? { allOf } : {}), ...(compare.length ? { [COMPARE]: compare } : {}), ...(rubric ? { [TOTAL]: TOTAL_FIELD } : {}) },
    uiSchema,
    labels,
  };
}

function readField(key: string, schema: Json, ui: Json, path: string, labels: FormDocument['labels'], required: boolean): DesignField {
  const kind = kindOf(schema, ui);
  const text = (suffix: string) => ({ zh: labels.zh[`${path}${suffix}`] ?? '', en: labels.en[`${path}${suffix}`] ?? '' });
  const enumOf = kind === 'multi' && isObject(schema.items) ? schema.items.enum : schema.enum;
  const range = kind === 'text' || kind === 'textarea' ? ['minLength', 'maxLength'] : kind === 'multi' || kind === 'group' ? ['minItems', 'maxItems'] : ['minimum', 'maximum'];
  const number = (name: string) => (typeof schema[name] === 'number' ? (schema[name] as number) : undefined);
  const items = isObject(schema.items) ? schema.items : {};
  const itemRequired = Array.isArray(items.required) ? items.required.map(String) : [];
  const disclosure = schema['x-disclosure'];
  return {
    key,
    kind,
    label: text(''),
    help: text('#help'),
    required,
    disclosure: disclosure === 'masked' || disclosure === 'private' ? disclosure : 'public',
    min: kind === 'amount' && number('minimum') === 0 ? undefined : number(range[0]),
    max: number(range[1]),
    pattern: typeof schema.pattern === 'string' ? schema.pattern : undefined,
    ...(typeof schema['x-weight'] === 'number' ? { weight: schema['x-weight'] } : {}),
    options: Array.isArray(enumOf) ? enumOf.map((value) => ({ value: String(value), ...text(`#option:${String(value)}`) })) : [],
    columns:
      kind === 'group' && isObject(items.properties)
        ? Object.entries(items.properties).filter(([, child]) => isObject(child)).map(([name, child]) =>
            readField(name, child as Json, {}, `${path}.${name}`, labels, itemRequired.includes(name)))
        : [],
    ...(schema.default !== undefined ? { default: schema.default } : {}),
    ...(kind === 'custom' ? { raw: schema } : {}),
  };
}

/** The designer's fields for a document, in `ui:order`; conditions read back from `allOf` if/then. */
export function fromDocument(document: FormDocument): { fields: DesignField[]; title: Bilingual; rules: FormRule[] } {
  const schema = document.schema;
  const properties = isObject(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? schema.required.map(String) : [];
  const ui = document.uiSchema ?? {};
  const byKey = new Map<string, DesignField>();
  for (const [key, child] of Object.entries(properties)) {
    if (isObject(child)) byKey.set(key, readField(key, child, isObject(ui[key]) ? ui[key] : {}, key, document.labels, required.includes(key)));
  }
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
    if (!isObject(part) || !isObject(part.if) || !isObject(part.then) || !isObject(part.if.properties)) continue;
    const [field, test] = Object.entries(part.if.properties)[0] ?? [];
    if (!field || !isObject(test) || !('const' in test)) continue;
    const equals = typeof test.const === 'boolean' ? test.const : String(test.const);
    const thenRequired = Array.isArray(part.then.required) ? part.then.required.map(String) : [];
    if (isObject(part.then.properties)) {
      for (const [key, child] of Object.entries(part.then.properties)) {
        if (!isObject(child)) continue;
        const read = readField(key, child, isObject(ui[key]) ? ui[key] : {}, key, document.labels, thenRequired.includes(key));
        byKey.set(key, { ...read, condition: { field, equals, mode: 'show' } });
      }
    } else {
      for (const key of thenRequired) {
        const existing = byKey.get(key);
        if (existing) byKey.set(key, { ...existing, condition: { field, equals, mode: 'require' } });
      }
    }
  }
  const order = Array.isArray(ui['ui:order']) ? ui['ui:order'].map(String) : [];
  const ordered = [...order.filter((key) => byKey.has(key)), ...[...byKey.keys()].filter((key) => !order.includes(key))];
  return {
    fields: ordered.map((key) => byKey.get(key)!),
    title: { zh: document.labels.zh.$form ?? '', en: document.labels.en.$form ?? '' },
    rules: readRules(schema),
  };
}

/** The group with a new column of `kind` at the end, under a key no other column has. */
export function addColumn(group: DesignField, kind: FieldKind): DesignField {
  return { ...group, columns: [...group.columns, newField(kind, group.columns.map((column) => column.key))] };
}

/** The group with the column at `index` replaced; null when the new key is empty or another column's. */
export function replaceColumn(group: DesignField, index: number, next: DesignField): DesignField | null {
  if (!next.key || group.columns.some((column, i) => i !== index && column.key === next.key)) return null;
  return { ...group, columns: group.columns.map((column, i) => (i === index ? next : column)) };
}

/** `list` with the item at `from` moved to stand before index `to` (the end when `to` is the length). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to > from ? to - 1 : to, 0, item);
  return next;
}
