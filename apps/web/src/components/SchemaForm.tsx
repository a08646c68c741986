import { useEffect, useMemo, useRef, useState } from 'react';
import Form from '@rjsf/core';
import type { RegistryFieldsType, RJSFSchema, RJSFValidationError, UiSchema } from '@rjsf/utils';

import type { FormLabels } from '@yilin/contracts';
import { WEIGHTED_TOTAL_KEYWORD, weightedTotal } from '@yilin/form-validation';

import { useI18n } from '@web/i18n/i18n';

import { AmountWidget } from './AmountWidget';
import { ErrorSummary } from './ErrorSummary';
import { FORM_BUTTONS } from './FormButtons';
import { AttachmentWidget, HeadingField, HelpField, MobileWidget } from './FormParts';
import { localizeForm } from './form-ui.util';
import { validatorFor } from './form-validator';

export interface SchemaFormProps {
  schema: Record<string, unknown>;
  uiSchema?: Record<string, unknown>;
  labels?: FormLabels;
  formData?: Record<string, unknown>;
  submitLabel: string;
  busy?: boolean;
  fields?: RegistryFieldsType;
  /** The instance the form belongs to, once it exists: attachments upload to it. */
  instanceId?: string;
  /** The designer's preview: it looks like the portal, but a file chosen in it is not uploaded. */
  preview?: boolean;
  onChange?(data: Record<string, unknown>): void;
  onSubmit(data: Record<string, unknown>): void;
}

/** One message per field: the first AJV gives is the one that says most (an amount's type before its bounds). */
export function onePerField(errors: RJSFValidationError[]): RJSFValidationError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    // A condition's `if` only says its branch failed; the branch's own errors name the field, as on the server.
    if (error.name === 'if') return false;
    const field = error.property ?? '';
    if (seen.has(field)) return false;
    seen.add(field);
    return true;
  });
}

const DEFAULTS = { constAsDefaults: 'skipOneOf' } as const;
const widgets = { amountFen: AmountWidget, 'cn-mobile': MobileWidget, attachment: AttachmentWidget };
const baseFields = { heading: HeadingField, help: HelpField };
const templates = { ButtonTemplates: FORM_BUTTONS };

// Labels for the fields of steps that carry an inline schema rather than a designed form.
const COMMON_LABELS = {
  zh: {
    reason: '理由',
    note: '说明',
    comment: '意见',
    items: '需补正事项',
    score: '评分（0–100）',
    choice: '表决意见',
    reviewerIds: '评审专家',
    supervisorId: '负责监事',
    materials: '材料',
    name: '名称',
    answer: '情况说明',
    questions: '需说明的问题',
    outcome: '结论',
    riskLevel: '风险等级',
    summary: '摘要',
    publicSummary: '公开摘要（不含个人信息）',
    requirements: '整改要求',
    response: '整改情况',
    accepted: '整改通过',
    tranche: '第几期',
    kind: '报告类型',
    'kind#option:midterm': '中期报告',
    'kind#option:final': '结项报告',
    spent: '已使用金额',
    meetsCriteria: '符合认定标准',
  },
  en: {
    reviewerIds: 'Reviewers',
    tranche: 'Tranche',
    kind: 'Report',
    'kind#option:midterm': 'Mid-term report',
    'kind#option:final': 'Final report',
    supervisorId: 'Supervisor in charge',
    items: 'Items to correct',
    publicSummary: 'Public summary (no personal data)',
  },
};

/** A generated form (rjsf), validated in the browser exactly as the engine validates it. */
export function SchemaForm({ schema, uiSchema, labels, formData, submitLabel, busy, fields, instanceId, preview = false, onChange, onSubmit }: SchemaFormProps) {
  const { language, t } = useI18n();
  // rjsf resets its data to the `formData` prop whenever any prop changes: the form owns its data after the
  // first render, and every prop it gets is kept stable.
  const [data, setData] = useState<Record<string, unknown>>(() => formData ?? {});
  const localized = useMemo(
    () => localizeForm(schema, uiSchema ?? {}, { zh: { ...COMMON_LABELS.zh, ...labels?.zh }, en: { ...COMMON_LABELS.en, ...labels?.en } }, language),
    [schema, uiSchema, labels, language],
  );
  // A rubric's total is the weighted average of its criteria: the form fills it in and it cannot be typed.
  const totalField = typeof schema[WEIGHTED_TOTAL_KEYWORD] === 'string' ? (schema[WEIGHTED_TOTAL_KEYWORD] as string) : null;
  const ui = useMemo(() => {
    const base = { ...localized.uiSchema, 'ui:submitButtonOptions': { submitText: submitLabel, props: { disabled: busy } } } as UiSchema;
    if (totalField) base[totalField] = { ...(base[totalField] as UiSchema | undefined), 'ui:readonly': true, 'ui:help': t('form.totalComputed') };
    return base;
  }, [localized, submitLabel, busy, totalField, t]);
  const withTotal = (next: Record<string, unknown>) => {
    const total = totalField ? weightedTotal(schema, next) : null;
    return totalField && total !== null && next[totalField] !== total ? { ...next, [totalField]: total } : next;
  };
  const allFields = useMemo(() => ({ ...baseFields, ...fields }), [fields]);
  const context = useMemo(() => ({ instanceId, preview }), [instanceId, preview]);
  const texts = useMemo(() => ({ ...COMMON_LABELS[language === 'zh' ? 'zh' : 'en'], ...labels?.[language] }) as Record<string, string>, [labels, language]);
  // Each refused submit lists what to fix above the form and moves focus there, even when the list is the same.
  const [refused, setRefused] = useState<{ errors: RJSFValidationError[]; attempt: number } | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refused) summary.current?.focus();
  }, [refused]);
  return (
    <>
    {refused && refused.errors.length > 0 && <ErrorSummary ref={summary} errors={refused.errors} texts={texts} />}
    <Form
      className="schema-form"
      schema={localized.schema as RJSFSchema}
      uiSchema={ui}
      formData={data}
      validator={validatorFor(language)}
      widgets={widgets}
      fields={allFields}
      templates={templates}
      formContext={context}
      showErrorList={false}
      transformErrors={onePerField}
      // A choice starts unanswered: rjsf would otherwise pick the first option of a labelled enum for the person.
      experimental_defaultFormStateBehavior={DEFAULTS}
      noHtml5Validate
      onChange={(event) => {
        const next = withTotal((event.formData ?? {}) as Record<string, unknown>);
        setData(next);
        onChange?.(next);
      }}
      onError={(errors) => setRefused((previous) => ({ errors, attempt: (previous?.attempt ?? 0) + 1 }))}
      onSubmit={(event) => {
        setRefused(null);
        onSubmit((event.formData ?? {}) as Record<string, unknown>);
      }}
    />
    </>
  );
}
