import { type ReactNode, useState } from 'react';

import { patternHazard } from '@yilin/form-validation';
import { useI18n } from '@web/i18n/i18n';
import type { MessageKey } from '@web/i18n/messages';

import {
  addColumn,
  COLUMN_KINDS,
  type DesignField,
  type Disclosure,
  type FieldCondition,
  type FieldKind,
  type FieldOption,
  isDataField,
  moveItem,
  replaceColumn,
} from './designer-model';

interface FieldPropertiesProps {
  field: DesignField;
  others: DesignField[];
  onChange(next: DesignField): void;
  /** A column of a repeating group: no condition of its own. */
  column?: boolean;
}

const RANGE_KINDS = new Set(['text', 'textarea', 'number', 'amount', 'multi', 'group']);
const PATTERN_KINDS = new Set(['text', 'textarea']);

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="designer-prop">
      <span>{label}</span>
      {children}
    </label>
  );
}

const numberOrUndefined = (value: string) => (value.trim() === '' || Number.isNaN(Number(value)) ? undefined : Number(value));

function parseOptions(text: string): FieldOption[] {
  return text
    .split('\n')
    .map((line) => line.split('|').map((part) => part.trim()))
    .filter(([value]) => value)
    .map(([value, zh = '', en = '']) => ({ value, zh, en }));
}

/** Everything about the selected field: key, labels in both languages, rules, disclosure and condition. */
export function FieldProperties({ field, others, onChange, column = false }: FieldPropertiesProps) {
  const { t, language } = useI18n();
  const set = (patch: Partial<DesignField>) => onChange({ ...field, ...patch });
  // What is typed may pass through an empty or taken key on its way; only a usable one is applied.
  const [keyDraft, setKeyDraft] = useState(field.key);
  const keyRefused = keyDraft !== field.key;
  const controller = others.find((other) => other.key === field.condition?.field);
  const setCondition = (patch: Partial<FieldCondition> | null) =>
    set({ condition: patch === null ? undefined : ({ field: '', equals: '', mode: 'show', ...field.condition, ...patch } as FieldCondition) });

  // The same check the engine runs when the draft is saved: refuse here before the save does.
  const patternRefused = field.pattern !== undefined && patternHazard(field.pattern) !== undefined;

  return (
    <aside className={column ? 'designer-column-properties' : 'designer-properties card'} data-testid={column ? 'column-properties' : 'properties'}>
      {!column && <h3>{t('designer.properties')}</h3>}
      <Row label={t('designer.key')}>
        <input
          data-testid="prop-key"
          value={keyDraft}
          aria-invalid={keyRefused || undefined}
          onChange={(e) => {
            const key = e.target.value.replace(/[^A-Za-z0-9_]/g, '');
            setKeyDraft(key);
            if (/^[A-Za-z]/.test(key) && !others.some((other) => other.key === key)) set({ key });
          }}
          onBlur={() => setKeyDraft(field.key)}
        />
        {keyRefused && <small className="error" role="alert">{t('designer.keyInvalid')}</small>}
      </Row>
      <Row label={t('designer.labelZh')}>
        <input data-testid="prop-label-zh" value={field.label.zh} onChange={(e) => set({ label: { ...field.label, zh: e.target.value } })} />
      </Row>
      <Row label={t('designer.labelEn')}>
        <input data-testid="prop-label-en" value={field.label.en} onChange={(e) => set({ label: { ...field.label, en: e.target.value } })} />
      </Row>
      {isDataField(field) && (
        <>
          <Row label={t('designer.helpZh')}>
            <input value={field.help.zh} onChange={(e) => set({ help: { ...field.help, zh: e.target.value } })} />
          </Row>
          <Row label={t('designer.helpEn')}>
            <input value={field.help.en} onChange={(e) => set({ help: { ...field.help, en: e.target.value } })} />
          </Row>
          <label className="designer-check">
            <input type="checkbox" data-testid="prop-required" checked={field.required} onChange={(e) => set({ required: e.target.checked })} />
            {t('designer.required')}
          </label>
          <Row label={t('designer.disclosure')}>
            <select data-testid="prop-disclosure" value={field.disclosure} onChange={(e) => set({ disclosure: e.target.value as Disclosure })}>
              <option value="public">{t('designer.disclosure.public')}</option>
              <option value="masked">{t('designer.disclosure.masked')}</option>
              <option value="private">{t('designer.disclosure.private')}</option>
            </select>
          </Row>
        </>
      )}
      {RANGE_KINDS.has(field.kind) && (
        <div className="designer-range">
          <Row label={t('designer.min')}>
            <input type="number" value={field.min ?? ''} onChange={(e) => set({ min: numberOrUndefined(e.target.value) })} />
          </Row>
          <Row label={t('designer.max')}>
            <input type="number" data-testid="prop-max" value={field.max ?? ''} onChange={(e) => set({ max: numberOrUndefined(e.target.value) })} />
          </Row>
        </div>
      )}
      {PATTERN_KINDS.has(field.kind) && (
        <Row label={t('designer.pattern')}>
          <input
            data-testid="prop-pattern"
            value={field.pattern ?? ''}
            aria-invalid={patternRefused || undefined}
            onChange={(e) => set({ pattern: e.target.value || undefined })}
          />
          {patternRefused && <small className="error" role="alert">{t('designer.patternUnsafe')}</small>}
        </Row>
      )}
      {(field.kind === 'choice' || field.kind === 'multi') && (
        <Row label={t('designer.options')}>
          <textarea
            data-testid="prop-options"
            rows={4}
            defaultValue={field.options.map((o) => `${o.value}|${o.zh}|${o.en}`).join('\n')}
            onBlur={(e) => set({ options: parseOptions(e.target.value) })}
          />
        </Row>
      )}
      {field.kind === 'group' && <GroupColumns group={field} onChange={onChange} />}
      {isDataField(field) && !column && (
        <fieldset className="designer-condition">
          <legend>{t('designer.condition')}</legend>
          <Row label={t('designer.conditionField')}>
            <select
              data-testid="prop-condition-field"
              value={field.condition?.field ?? ''}
              onChange={(e) => setCondition(e.target.value ? { field: e.target.value, equals: '' } : null)}
            >
              <option value="">{t('designer.always')}</option>
              {others.filter((other) => isDataField(other) && !other.condition).map((other) => (
                <option key={other.key} value={other.key}>{other.label[language] || other.key}</option>
              ))}
            </select>
          </Row>
          {field.condition && (
            <>
              <Row label={t('designer.conditionEquals')}>
                {controller?.kind === 'yesno' ? (
                  <select data-testid="prop-condition-equals" value={String(field.condition.equals)} onChange={(e) => setCondition({ equals: e.target.value === 'true' })}>
                    <option value="">—</option>
                    <option value="true">{t('designer.yes')}</option>
                    <option value="false">{t('designer.no')}</option>
                  </select>
                ) : controller?.kind === 'choice' ? (
                  <select data-testid="prop-condition-equals" value={String(field.condition.equals)} onChange={(e) => setCondition({ equals: e.target.value })}>
                    <option value="">—</option>
                    {controller.options.map((o) => <option key={o.value} value={o.value}>{o[language] || o.value}</option>)}
                  </select>
                ) : (
                  <input data-testid="prop-condition-equals" value={String(field.condition.equals)} onChange={(e) => setCondition({ equals: e.target.value })} />
                )}
              </Row>
              <Row label={t('designer.conditionMode')}>
                <select value={field.condition.mode} onChange={(e) => setCondition({ mode: e.target.value as FieldCondition['mode'] })}>
                  <option value="show">{t('designer.conditionShow')}</option>
                  <option value="require">{t('designer.conditionRequire')}</option>
                </select>
              </Row>
            </>
          )}
        </fieldset>
      )}
    </aside>
  );
}

/** The columns of a repeating group: add, reorder, remove, and edit the selected one like a field. */
function GroupColumns({ group, onChange }: { group: DesignField; onChange(next: DesignField): void }) {
  const { t, language } = useI18n();
  const [selected, setSelected] = useState(0);
  const [kind, setKind] = useState<FieldKind>('text');
  const current = group.columns[selected];
  const move = (from: number, to: number) => {
    onChange({ ...group, columns: moveItem(group.columns, from, to) });
    setSelected(to > from ? to - 1 : to);
  };

  return (
    <fieldset className="designer-columns" data-testid="group-columns">
      <legend>{t('designer.columns')}</legend>
      <ol>
        {group.columns.map((column, index) => (
          <li key={column.key} className={index === selected ? 'selected' : undefined}>
            <button type="button" className="link-button" data-testid={`column-${column.key}`} onClick={() => setSelected(index)}>
              {column.label[language] || column.label.zh || column.key} <small>{t(`designer.kind.${column.kind}` as MessageKey)}</small>
            </button>
            <button type="button" className="link-button small" title={t('designer.moveUp')} disabled={index === 0} onClick={() => move(index, index - 1)}>↑</button>
            <button type="button" className="link-button small" title={t('designer.moveDown')} disabled={index === group.columns.length - 1} onClick={() => move(index, index + 2)}>↓</button>
            <button
              type="button"
              className="link-button small"
              title={t('designer.removeColumn')}
              disabled={group.columns.length === 1}
              onClick={() => {
                onChange({ ...group, columns: group.columns.filter((_, i) => i !== index) });
                setSelected(0);
              }}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <div className="designer-add-column">
        <select data-testid="column-kind" value={kind} onChange={(e) => setKind(e.target.value as FieldKind)}>
          {COLUMN_KINDS.map((option) => <option key={option} value={option}>{t(`designer.kind.${option}` as MessageKey)}</option>)}
        </select>
        <button
          type="button"
          data-testid="add-column"
          onClick={() => {
            onChange(addColumn(group, kind));
            setSelected(group.columns.length);
          }}
        >
          {t('designer.addColumn')}
        </button>
      </div>
      {current && (
        <FieldProperties
          key={selected}
          column
          field={current}
          others={group.columns.filter((_, i) => i !== selected)}
          onChange={(next) => {
            const replaced = replaceColumn(group, selected, next);
            if (replaced) onChange(replaced);
          }}
        />
      )}
    </fieldset>
  );
}
