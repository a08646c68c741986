import type { FormProblem, JsonSchema, LocalizedText, StepSlot } from '@yilin/contracts';

import { formFields } from '@engine/forms/registry/form-fields.util';

/** A slot a form is (or is about to be) bound to, named for the messages. */
export interface BoundSlot {
  workflowTitle: LocalizedText;
  slot: StepSlot;
}

const TYPE_NAMES: Record<string, LocalizedText> = {
  string: { zh: '文本', en: 'text' },
  integer: { zh: '整数', en: 'a whole number' },
  number: { zh: '数字', en: 'a number' },
  boolean: { zh: '是/否', en: 'yes/no' },
  array: { zh: '列表', en: 'a list' },
  object: { zh: '字段组', en: 'a group of fields' },
};

const typeName = (type: string | undefined, language: 'zh' | 'en') =>
  type ? (TYPE_NAMES[type]?.[language] ?? type) : language === 'zh' ? '未定类型' : 'untyped';

const compatible = (expected: string, actual: string | undefined) =>
  expected === actual || (expected === 'number' && actual === 'integer');

/**
 * Whether a form keeps a slot's contract: one problem, in one sentence per language, for each field the
 * machine needs that the form lacks or leaves optional, each field it reads that the form types otherwise, and
 * for each field the engine sets that the form would let a person type. Extra fields are welcome.
 */
export function contractProblems({ workflowTitle, slot }: BoundSlot, schema: JsonSchema): FormProblem[] {
  const fields = formFields(schema);
  const step = { zh: `${workflowTitle.zh}·${slot.title.zh}`, en: `${workflowTitle.en} · ${slot.title.en}` };
  const problems: FormProblem[] = [];
  for (const read of slot.contract) {
    const field = fields.get(read.path);
    const expected = { zh: typeName(read.type, 'zh'), en: typeName(read.type, 'en') };
    if (!field) {
      // A field the machine reads only when given may be left out of a form; it then never arrives.
      if (!read.required) continue;
      problems.push({
        path: read.path,
        code: 'CONTRACT_FIELD_MISSING',
        message: {
          zh: `“${step.zh}”需要字段“${read.path}”（${expected.zh}），此表单没有该字段`,
          en: `"${step.en}" needs the field "${read.path}" (${expected.en}), which this form does not have`,
        },
      });
    } else if (!compatible(read.type, field.type)) {
      problems.push({
        path: read.path,
        code: 'CONTRACT_FIELD_TYPE',
        message: {
          zh: `“${step.zh}”按${expected.zh}读取字段“${read.path}”，此表单中它是${typeName(field.type, 'zh')}`,
          en: `"${step.en}" reads "${read.path}" as ${expected.en}, but this form makes it ${typeName(field.type, 'en')}`,
        },
      });
    } else if (read.required && (!field.required || field.conditional)) {
      problems.push({
        path: read.path,
        code: 'CONTRACT_FIELD_OPTIONAL',
        message: {
          zh: `“${step.zh}”离不开字段“${read.path}”，此表单须将其设为必填且不设条件`,
          en: `"${step.en}" cannot go on without "${read.path}": this form must make it required, with no condition`,
        },
      });
    }
  }
  for (const name of slot.reserved ?? []) {
    if (!fields.has(name)) continue;
    problems.push({
      path: name,
      code: 'CONTRACT_FIELD_RESERVED',
      message: {
        zh: `字段“${name}”由系统为“${step.zh}”填写，表单不能让人填写它`,
        en: `"${name}" is set by the engine for "${step.en}": a form cannot let a person type it`,
      },
    });
  }
  for (const name of Object.keys(slot.envelope ?? {})) {
    if (!fields.has(name)) continue;
    problems.push({
      path: name,
      code: 'CONTRACT_FIELD_RESERVED',
      message: {
        zh: `字段“${name}”在“${step.zh}”中由办理人从列表选取，表单不能再设该字段`,
        en: `"${name}" is picked from a list at "${step.en}", beside the form: a form cannot have a field of that name`,
      },
    });
  }
  return problems;
}
