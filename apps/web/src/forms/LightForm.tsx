import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';

import type { FieldIssue, FormDocument } from '@yilin/contracts';

import { AmountWidget } from '@web/components/AmountWidget';
import { ErrorSummary } from '@web/components/ErrorSummary';
import { fieldIdOf } from '@web/components/error-summary.util';
import { MobileWidget } from '@web/components/FormParts';
import { useI18n } from '@web/i18n/i18n';

import { initialValues, type LightField, lightFields, numberValue, placeIssues, submission, toggled } from './light-form.util';

type Json = Record<string, unknown>;
type Check = (schema: Json, data: Json, language: 'zh' | 'en') => FieldIssue[];

// The validator (AJV) weighs more than the rest of a public page: it loads when the person first enters a
// field, while they type, not with the page. Should it fail to load, the engine checks the submission anyway
// and its refusal lands on the same fields.
let checker: Promise<Check | null> | null = null;
const loadCheck = () => (checker ??= import('./form-check').then((module) => module.checkForm, () => null));

export interface LightFormProps {
  document: Pick<FormDocument, 'schema' | 'uiSchema' | 'labels'>;
  submitLabel: string;
  busy?: boolean;
  /** What the engine refused, by field: shown like the form's own refusals. A new array shows again. */
  refusal?: FieldIssue[] | null;
  onSubmit(data: Json): void;
}

/**
 * A published form drawn with native inputs, for the public pages on a phone: the same fields, labels,
 * conditions, messages and error summary as the portal's rjsf form, at a fraction of its weight. Only for
 * forms {@link lightRenderable} accepts; any other form is drawn by SchemaForm.
 */
export function LightForm({ document, submitLabel, busy = false, refusal, onSubmit }: LightFormProps) {
  const { language } = useI18n();
  const [values, setValues] = useState<Json>(() => initialValues(document.schema));
  const fields = useMemo(() => lightFields(document, values, language), [document, values, language]);
  const [issues, setIssues] = useState<FieldIssue[] | null>(null);
  useEffect(() => {
    if (refusal) setIssues(refusal);
  }, [refusal]);
  const placed = useMemo(() => placeIssues(issues ?? [], fields), [issues, fields]);
  const texts = document.labels?.[language] ?? {};
  // Each refused submit lists what to fix above the form and moves focus there, as SchemaForm does.
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (issues?.length) summary.current?.focus();
  }, [issues]);

  const set = (key: string, value: unknown) =>
    setValues((previous) => {
      const { [key]: _old, ...rest } = previous;
      return value === undefined ? rest : { ...rest, [key]: value };
    });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const data = submission(fields, values);
    let found: FieldIssue[] = [];
    try {
      found = (await loadCheck())?.(document.schema, data, language) ?? [];
    } catch {
      // A schema this browser cannot compile: the engine, which validates every submission, decides.
    }
    setIssues(found.length ? found : null);
    if (!found.length) onSubmit(data);
  };

  const title = texts.$form;
  return (
    <>
      {placed.summary.length > 0 && <ErrorSummary ref={summary} errors={placed.summary} texts={texts} />}
      <form className="schema-form" noValidate onSubmit={submit} onFocus={() => void loadCheck()}>
        <fieldset id="root">
          {title && <legend id="root__title">{title}</legend>}
          {fields.map((field) => (
            <FieldRow key={field.key} field={field} error={placed.byField[field.key]}>
              <Input field={field} value={values[field.key]} error={placed.byField[field.key]} disabled={busy} onChange={(value) => set(field.key, value)} />
            </FieldRow>
          ))}
        </fieldset>
        <div>
          <button type="submit" className="btn btn-info" disabled={busy}>
            {submitLabel}
          </button>
        </div>
      </form>
    </>
  );
}

const TYPE_CLASS: Partial<Record<LightField['kind'], string>> = { number: 'number', amount: 'integer', yesno: 'boolean', multi: 'array', heading: 'null', help: 'null' };

/** rjsf's field frame (label, input, errors, help), with its class names, so the portal's styles apply. */
function FieldRow({ field, error, children }: { field: LightField; error?: string; children: ReactNode }) {
  const id = fieldIdOf(`.${field.key}`);
  const type = TYPE_CLASS[field.kind] ?? 'string';
  const labelled = field.kind !== 'yesno' && field.kind !== 'heading' && field.kind !== 'help';
  return (
    <div className={`form-group rjsf-field rjsf-field-${type}${error ? ' rjsf-field-error has-error has-danger' : ''}`}>
      {labelled && (
        <label className="control-label" htmlFor={id}>
          {field.label}
          {field.required && <span className="required">*</span>}
        </label>
      )}
      {children}
      {error && (
        <div>
          <ul id={`${id}__error`} className="error-detail bs-callout bs-callout-info">
            <li className="text-danger">{error}</li>
          </ul>
        </div>
      )}
      {field.help && labelled && (
        <div id={`${id}__help`} className="help-block">
          {field.help}
        </div>
      )}
    </div>
  );
}

interface InputProps {
  field: LightField;
  value: unknown;
  error?: string;
  disabled: boolean;
  onChange(value: unknown): void;
}

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
const noop = () => undefined;

function Input({ field, value, error, disabled, onChange }: InputProps) {
  const id = fieldIdOf(`.${field.key}`);
  const described = [error && `${id}__error`, field.help && `${id}__help`].filter(Boolean).join(' ') || undefined;
  const common = { id, disabled, 'aria-invalid': error ? true : undefined, 'aria-describedby': described };
  switch (field.kind) {
    case 'heading':
      return <h4 className="form-heading">{field.label}</h4>;
    case 'help':
      return <p className="hint">{field.label}</p>;
    case 'amount':
      return <AmountWidget id={id} value={value} required={field.required} disabled={disabled} readonly={false} onChange={onChange} onBlur={noop} onFocus={noop} />;
    case 'mobile':
      return <MobileWidget id={id} value={value} required={field.required} disabled={disabled} readonly={false} onChange={onChange} onBlur={noop} onFocus={noop} />;
    case 'textarea':
      return <textarea {...common} className="form-control" value={text(value)} onChange={(event) => onChange(event.target.value || undefined)} />;
    case 'yesno':
      return (
        <div className="checkbox">
          <label>
            <input {...common} type="checkbox" checked={value === true} onChange={(event) => onChange(event.target.checked)} />
            <span>{field.label}</span>
          </label>
        </div>
      );
    case 'choice':
      if (field.widget !== 'radio') {
        return (
          <select {...common} className="form-control" value={text(value)} onChange={(event) => onChange(event.target.value || undefined)}>
            <option value="" />
            {field.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        );
      }
      return (
        <div className="field-radio-group" id={id} role="radiogroup" aria-describedby={described}>
          {field.options.map((option, index) => (
            <div className="radio" key={option.value}>
              <label>
                <span>
                  <input type="radio" id={`${id}-${index}`} name={id} value={option.value} checked={value === option.value} disabled={disabled} onChange={() => onChange(option.value)} />
                  <span>{option.label}</span>
                </span>
              </label>
            </div>
          ))}
        </div>
      );
    case 'multi':
      return (
        <div className="checkboxes" id={id} aria-describedby={described}>
          {field.options.map((option, index) => (
            <div className="checkbox" key={option.value}>
              <label>
                <span>
                  <input
                    type="checkbox"
                    id={`${id}-${index}`}
                    name={id}
                    value={option.value}
                    checked={Array.isArray(value) && value.includes(option.value)}
                    disabled={disabled}
                    onChange={(event) => onChange(toggled(field.options, value, option.value, event.target.checked))}
                  />
                  <span>{option.label}</span>
                </span>
              </label>
            </div>
          ))}
        </div>
      );
    case 'number':
      return (
        <input
          {...common}
          className="form-control"
          type="number"
          inputMode="decimal"
          step={field.schema.type === 'integer' ? 1 : 'any'}
          value={text(value)}
          onChange={(event) => onChange(numberValue(event.target.value))}
        />
      );
    default: {
      const type = field.kind === 'email' ? 'email' : field.kind === 'date' ? 'date' : 'text';
      return <input {...common} className="form-control" type={type} value={text(value)} onChange={(event) => onChange(event.target.value || undefined)} />;
    }
  }
}
