import type { FormCheckDto, FormDocument, FormProblem, LocalizedText } from '@yilin/contracts';
import { checkSchema, checkSchemaHazards } from '@yilin/form-validation';
import type { FieldIssue } from '@yilin/contracts';

import { formFields, type FormField } from './form-fields.util';

/** A field a workflow step reads from the form; `type` is what the step expects, when it says. */
export interface WorkflowRead {
  path: string;
  type?: string;
  /** A step's inline schema requires it, so the form must too (declared reads need only exist). */
  required?: boolean;
  /** `grant-approval v1 · start`, for the message. */
  steps: string[];
}

/** Widgets and fields the web app registers; anything else would render as an error box. */
export const KNOWN_WIDGETS = new Set([
  'text', 'textarea', 'password', 'email', 'updown', 'range', 'radio', 'select', 'checkboxes', 'checkbox',
  'date', 'hidden', 'attachment', 'cn-mobile',
]);
export const KNOWN_FIELDS = new Set(['heading', 'help']);

const MAX_LABEL_LENGTH = 2000;
const MAX_LABELS = 10_000;

const problem = (path: string, code: string, zh: string, en: string): FormProblem => ({ path, code, message: { zh, en } });

/**
 * The publish guard: everything that stops a draft from becoming a version (errors) and what a designer
 * should still fix (warnings). Pure, so the designer can show exactly what the server will say.
 */
export function checkFormDraft(draft: FormDocument, reads: readonly WorkflowRead[]): FormCheckDto {
  const errors = [...schemaProblems(draft.schema)];
  const fields = errors.length ? new Map<string, FormField>() : formFields(draft.schema);
  if (!errors.length) errors.push(...readProblems(fields, reads), ...uiProblems(draft.uiSchema, ''));
  errors.push(...labelShapeProblems(draft));
  const warnings = errors.length ? [] : translationWarnings(draft, fields);
  return { ok: errors.length === 0, errors, warnings };
}

/**
 * What stops a draft from even being saved: a schema over the size or nesting limits, or with a pattern that
 * could backtrack exponentially. Everything else may stay unfinished in a draft until publish.
 */
export function draftHazards(draft: FormDocument): FormProblem[] {
  return bilingual((locale) => checkSchemaHazards(draft.schema, { locale }));
}

function bilingual(check: (locale: 'zh-CN' | 'en') => FieldIssue[]): FormProblem[] {
  const zh = check('zh-CN');
  const en = check('en');
  return zh.map((issue, index) => problem(issue.path, 'FORM_SCHEMA_INVALID', issue.message, en[index]?.message ?? issue.message));
}

function schemaProblems(schema: unknown): FormProblem[] {
  const problems = bilingual((locale) => checkSchema(schema, { locale }));
  const root = schema as Record<string, unknown> | null;
  if (!problems.length && root?.type !== 'object') {
    problems.push(problem('', 'FORM_NOT_OBJECT', '表单的根必须是对象（type: object）', 'A form must be an object at its root (type: object)'));
  }
  return problems;
}

const compatible = (expected: string | undefined, actual: string | undefined) =>
  expected === undefined || expected === actual || (expected === 'number' && actual === 'integer');

function readProblems(fields: Map<string, FormField>, reads: readonly WorkflowRead[]): FormProblem[] {
  const problems: FormProblem[] = [];
  for (const read of reads) {
    const field = fields.get(read.path);
    const where = read.steps.join(', ');
    if (!field) {
      problems.push(problem(read.path, 'FIELD_READ_BY_WORKFLOW_REMOVED',
        `流程环节（${where}）读取字段“${read.path}”，不能删除`,
        `The workflow step ${where} reads "${read.path}": it cannot be removed`));
    } else if (!compatible(read.type, field.type)) {
      problems.push(problem(read.path, 'FIELD_READ_BY_WORKFLOW_RETYPED',
        `流程环节（${where}）按 ${read.type} 读取字段“${read.path}”，不能改为 ${field.type ?? '未定类型'}`,
        `The workflow step ${where} reads "${read.path}" as ${read.type}: it cannot become ${field.type ?? 'untyped'}`));
    } else if (read.required && (!field.required || field.conditional)) {
      problems.push(problem(read.path, 'FIELD_READ_BY_WORKFLOW_OPTIONAL',
        `流程环节（${where}）必须读取字段“${read.path}”，该字段须为必填且不设条件`,
        `The workflow step ${where} needs "${read.path}": keep it required and unconditional`));
    }
  }
  return problems;
}

function uiProblems(ui: unknown, path: string): FormProblem[] {
  if (typeof ui !== 'object' || ui === null || Array.isArray(ui)) {
    return [problem(path, 'UI_SCHEMA_INVALID', '界面设置必须是对象', 'The UI schema must be an object')];
  }
  const problems: FormProblem[] = [];
  for (const [key, value] of Object.entries(ui)) {
    const at = path ? `${path}.${key}` : key;
    if (key === 'ui:widget' && (typeof value !== 'string' || !KNOWN_WIDGETS.has(value))) {
      problems.push(problem(at, 'UNKNOWN_WIDGET', `未知的控件“${String(value)}”`, `Unknown widget "${String(value)}"`));
    } else if (key === 'ui:field' && (typeof value !== 'string' || !KNOWN_FIELDS.has(value))) {
      problems.push(problem(at, 'UNKNOWN_FIELD', `未知的字段组件“${String(value)}”`, `Unknown field component "${String(value)}"`));
    } else if (!key.startsWith('ui:') && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      problems.push(...uiProblems(value, at));
    }
  }
  return problems;
}

function labelShapeProblems(draft: FormDocument): FormProblem[] {
  const problems: FormProblem[] = [];
  for (const language of ['zh', 'en'] as const) {
    const labels = draft.labels?.[language];
    if (typeof labels !== 'object' || labels === null || Array.isArray(labels)) {
      problems.push(problem(`labels.${language}`, 'LABELS_INVALID', '标签必须是键值对象', 'Labels must be an object of texts'));
      continue;
    }
    const entries = Object.entries(labels);
    if (entries.length > MAX_LABELS) {
      problems.push(problem(`labels.${language}`, 'LABELS_TOO_MANY', `标签超过 ${MAX_LABELS} 条`, `More than ${MAX_LABELS} labels`));
    }
    for (const [key, text] of entries) {
      if (typeof text !== 'string' || text.length > MAX_LABEL_LENGTH) {
        problems.push(problem(`labels.${language}.${key}`, 'LABEL_INVALID',
          `标签须为不超过 ${MAX_LABEL_LENGTH} 字的文本`, `A label must be text of at most ${MAX_LABEL_LENGTH} characters`));
      }
    }
  }
  return problems;
}

const LANGUAGES: Record<'zh' | 'en', LocalizedText> = { zh: { zh: '中文', en: 'Chinese' }, en: { zh: '英文', en: 'English' } };

/** Every label that exists in one language and not the other, and every field without a label. */
function translationWarnings(draft: FormDocument, fields: Map<string, FormField>): FormProblem[] {
  const keys = new Set([...Object.keys(draft.labels.zh), ...Object.keys(draft.labels.en), '$form']);
  for (const [path, field] of fields) {
    keys.add(path);
    const options = Array.isArray(field.schema.enum)
      ? field.schema.enum
      : Array.isArray((field.schema.items as Record<string, unknown> | undefined)?.enum)
        ? ((field.schema.items as Record<string, unknown>).enum as unknown[])
        : [];
    for (const option of options) keys.add(`${path}#option:${String(option)}`);
  }
  const warnings: FormProblem[] = [];
  for (const key of [...keys].sort()) {
    for (const language of ['zh', 'en'] as const) {
      if (draft.labels[language][key]?.trim()) continue;
      const name = LANGUAGES[language];
      warnings.push(problem(key, 'MISSING_TRANSLATION', `“${key}”缺少${name.zh}文字`, `"${key}" has no ${name.en} text`));
    }
  }
  return warnings;
}
