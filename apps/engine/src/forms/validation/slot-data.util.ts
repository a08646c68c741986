import type { FieldIssue, JsonSchema, LocalizedText, StepSlot } from '@yilin/contracts';

import { bilingualIssue } from '@engine/common/validation/bilingual-issues.util';

import { formFields } from '@engine/forms/registry/form-fields.util';

/** The parts of a slot submission: the form's own fields, and the references sent beside them. */
export interface SlotData {
  formData: Record<string, unknown>;
  envelope: Record<string, unknown>;
  /** Keys neither the form nor the slot knows, or that only the engine may set. */
  issues: FieldIssue[];
}

const NOT_A_FIELD = { zh: '不是本表单的字段', en: 'is not a field of this form' };
const SET_BY_ENGINE = { zh: '由系统填写，不能提交', en: 'is set by the engine, not by the caller' };
const issue = (path: string, keyword: string, message: LocalizedText): FieldIssue => bilingualIssue(`/${path}`, keyword, message);

/** Splits what a caller sent to a slot; `formSchema` is the bound form version's schema. */
export function splitSlotData(slot: StepSlot, formSchema: JsonSchema, data: Record<string, unknown>): SlotData {
  const topLevel = new Set([...formFields(formSchema).keys()].filter((path) => !path.includes('.')));
  const reserved = new Set(slot.reserved ?? []);
  const formData: Record<string, unknown> = {};
  const envelope: Record<string, unknown> = {};
  const issues: FieldIssue[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (reserved.has(key)) issues.push(issue(key, 'reserved', SET_BY_ENGINE));
    else if (slot.envelope?.[key]) envelope[key] = value;
    else if (topLevel.has(key)) formData[key] = value;
    else issues.push(issue(key, 'additionalProperties', NOT_A_FIELD));
  }
  return { formData, envelope, issues };
}

/**
 * A draft edit sends only what changed: every field present is checked, and a field is not reported
 * merely for being absent (at the root, or as a condition's requirement there).
 */
export function partialIssues(issues: readonly FieldIssue[], sent: Record<string, unknown>): FieldIssue[] {
  return issues.filter((found) => {
    if (found.keyword !== 'required' && found.keyword !== 'dependencies') return true;
    const segments = found.path.split('/').filter(Boolean);
    return !(segments.length === 1 && !(segments[0] in sent));
  });
}
