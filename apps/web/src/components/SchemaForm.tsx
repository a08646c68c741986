import { useMemo } from 'react';
import Form from '@rjsf/core';
import type { RegistryFieldsType, RJSFSchema, UiSchema } from '@rjsf/utils';

import type { FormLabels } from '@yilin/contracts';

import { useI18n } from '@web/i18n/i18n';

import { AmountWidget } from './AmountWidget';
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
  onChange?(data: Record<string, unknown>): void;
  onSubmit(data: Record<string, unknown>): void;
}

const widgets = { amountFen: AmountWidget, 'cn-mobile': MobileWidget, attachment: AttachmentWidget };
const baseFields = { heading: HeadingField, help: HelpField };

/** A generated form (rjsf), validated in the browser exactly as the engine validates it. */
export function SchemaForm({ schema, uiSchema, labels, formData, submitLabel, busy, fields, instanceId, onChange, onSubmit }: SchemaFormProps) {
  const { language } = useI18n();
  const localized = useMemo(() => localizeForm(schema, uiSchema ?? {}, labels, language), [schema, uiSchema, labels, language]);
  return (
    <Form
      className="schema-form"
      schema={localized.schema as RJSFSchema}
      uiSchema={{ ...localized.uiSchema, 'ui:submitButtonOptions': { submitText: submitLabel, props: { disabled: busy } } } as UiSchema}
      formData={formData}
      validator={validatorFor(language)}
      widgets={widgets}
      fields={{ ...baseFields, ...fields }}
      formContext={{ instanceId }}
      showErrorList={false}
      noHtml5Validate
      onChange={(event) => onChange?.((event.formData ?? {}) as Record<string, unknown>)}
      onSubmit={(event) => onSubmit((event.formData ?? {}) as Record<string, unknown>)}
    />
  );
}
