import { type ReactNode, useEffect, useState } from 'react';

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
  isNumberedKey,
  moveItem,
  replaceColumn,
  TOTAL_FIELD,
} from './designer-model';
import { fieldKeyFromLabel, fieldKeyProblem, untakenKey } from './designer-keys.util';
import { NAMED_PATTERNS, patternChoice } from './designer-patterns.util';
import { OptionRows } from './OptionRows';
import { parseYuan } from '@web/components/money.util';

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
// Amounts are kept in fen and typed in yuan, like the applicant's amount box.
const yuanText = (fen: number | undefined) => (fen === undefined ? '' : String(fen / 100));
const fenOrUndefined = (text: string) => parseYuan(text) ?? undefined;

/** A bound typed in yuan: what was typed stays in the box while it is on its way to a number. */
function YuanInput({ fen, testId, onChange }: { fen: number | undefined; testId?: string; onChange(fen: number | undefined): void }) {
  const [text, setText] = useState(yuanText(fen));
  // Only outside changes (undo, JSON) re-format; typing keeps what was typed.
  const [shown, setShown] = useState(fen);
  if (shown !== fen) {
    setShown(fen);
    if ((parseYuan(text) ?? undefined) !== fen) setText(yuanText(fen));
  }
  const invalid = text.trim() !== '' && parseYuan(text) === null;
  const { t } = useI18n();
  return (
    <>
      <span className="amount-widget">
        <span className="amount-prefix">¥</span>
        <input
          data-testid={testId}
          inputMode="decimal"
          value={text}
          aria-invalid={invalid || undefined}
          onChange={(e) => {
            setText(e.target.value);
            if (e.target.value.trim() === '' || parseYuan(e.target.value) !== null) onChange(fenOrUndefined(e.target.value));
          }}
        />
      </span>
      {invalid && <small className="error" role="alert">{t('designer.yuanInvalid')}</small>}
    </>
  );
}

/** Everything about the selected field: key, labels in both languages, rules, disclosure and condition. */
export function FieldProperties({ field, others, onChange, column = false }: FieldPropertiesProps) {
  const { t, language } = useI18n();
  const set = (patch: Partial<DesignField>) => onChange({ ...field, ...patch });
  // What is typed may pass through an empty or taken key on its way; only a usable one is applied.
  const [keyDraft, setKeyDraft] = useState(field.key);
  // Undo, redo and the JSON view change the key from outside.
  useEffect(() => setKeyDraft(field.key), [field.key]);
  const taken = others.map((other) => other.key);
  const keyRefused = keyDraft !== field.key ? fieldKeyProblem(keyDraft, taken) : null;
  // A field the designer numbered takes its key from the English label until a person types a key; a key
  // chosen before (perhaps already read by a workflow) never changes behind anyone's back.
  const [keyFollowsLabel, setKeyFollowsLabel] = useState(() => isNumberedKey(field));
  const setEnglishLabel = (en: string) => {
    const derived = fieldKeyFromLabel(en);
    const key = keyFollowsLabel && derived ? untakenKey(derived, taken) : field.key;
    setKeyDraft(key);
    set({ label: { ...field.label, en }, key });
  };
  const controller = others.find((other) => other.key === field.condition?.field);
  const setCondition = (patch: Partial<FieldCondition> | null) =>
    set({ condition: patch === null ? undefined : ({ field: '', equals: '', mode: 'show', ...field.condition, ...patch } as FieldCondition) });

  return (
    <aside className={column ? 'designer-column-properties' : 'designer-properties card'} data-testid={column ? 'column-properties' : 'properties'}>
      {!column && <h3>{t('designer.properties')}</h3>}
      <Row label={t('designer.key')}>
        <input
          data-testid="prop-key"
          value={keyDraft}
          aria-invalid={keyRefused ? true : undefined}
          onChange={(e) => {
            const key = e.target.value.replace(/[^A-Za-z0-9_]/g, '');
            setKeyDraft(key);
            setKeyFollowsLabel(false);
            if (!fieldKeyProblem(key, taken)) set({ key });
          }}
          onBlur={() => setKeyDraft(field.key)}
        />
        {keyRefused ? (
          <small className="error" role="alert">{t(`designer.keyProblem.${keyRefused}` as MessageKey)}</small>
        ) : (
          <small className="muted">{t('designer.keyHint')}</small>
        )}
      </Row>
      <Row label={t('designer.labelZh')}>
        <input data-testid="prop-label-zh" value={field.label.zh} onChange={(e) => set({ label: { ...field.label, zh: e.target.value } })} />
      </Row>
      <Row label={t('designer.labelEn')}>
        <input data-testid="prop-label-en" value={field.label.en} onChange={(e) => setEnglishLabel(e.target.value)} />
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
      {field.kind === 'amount' && (
        <div className="designer-range">
          <Row label={t('designer.minYuan')}>
            <YuanInput testId="prop-min-yuan" fen={field.min} onChange={(min) => set({ min })} />
          </Row>
          <Row label={t('designer.maxYuan')}>
            <YuanInput testId="prop-max-yuan" fen={field.max} onChange={(max) => set({ max })} />
          </Row>
        </div>
      )}
      {RANGE_KINDS.has(field.kind) && field.kind !== 'amount' && (
        <div className="designer-range">
          <Row label={t('designer.min')}>
            <input type="number" value={field.min ?? ''} onChange={(e) => set({ min: numberOrUndefined(e.target.value) })} />
          </Row>
          <Row label={t('designer.max')}>
            <input type="number" data-testid="prop-max" value={field.max ?? ''} onChange={(e) => set({ max: numberOrUndefined(e.target.value) })} />
          </Row>
        </div>
      )}
      {field.kind === 'number' && !column && field.key !== TOTAL_FIELD && (
        <Row label={t('designer.weight')}>
          <input type="number" min={0} data-testid="prop-weight" value={field.weight ?? ''} onChange={(e) => set({ weight: numberOrUndefined(e.target.value) || undefined })} />
          <small className="muted">{t('designer.weightHelp')}</small>
        </Row>
      )}
      {PATTERN_KINDS.has(field.kind) && <PatternChoice pattern={field.pattern} onChange={(pattern) => set({ pattern })} />}
      {(field.kind === 'choice' || field.kind === 'multi') && (
        <OptionRows options={field.options} onChange={(options: FieldOption[]) => set({ options })} />
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

/** A format picked by name; the raw regular expression sits under 高级 for those who write one. */
function PatternChoice({ pattern, onChange }: { pattern: string | undefined; onChange(pattern: string | undefined): void }) {
  const { t, language } = useI18n();
  const choice = patternChoice(pattern);
  // The same check the engine runs when the draft is saved: say so here before the save refuses it.
  const refused = pattern !== undefined && patternHazard(pattern) !== undefined;
  return (
    <>
      <Row label={t('designer.pattern')}>
        <select
          data-testid="prop-pattern"
          value={choice}
          onChange={(e) => {
            if (e.target.value === 'custom') return;
            onChange(NAMED_PATTERNS.find((named) => named.id === e.target.value)?.pattern);
          }}
        >
          <option value="none">{t('designer.patternNone')}</option>
          {NAMED_PATTERNS.map((named) => <option key={named.id} value={named.id}>{named[language]}</option>)}
          {choice === 'custom' && <option value="custom">{t('designer.patternCustom')}</option>}
        </select>
      </Row>
      <details className="designer-advanced" open={choice === 'custom' || refused || undefined}>
        <summary>{t('designer.advanced')}</summary>
        <Row label={t('designer.patternRaw')}>
          <input
            data-testid="prop-pattern-raw"
            spellCheck={false}
            value={pattern ?? ''}
            aria-invalid={refused || undefined}
            onChange={(e) => onChange(e.target.value || undefined)}
          />
          {refused && <small className="error" role="alert">{t('designer.patternUnsafe')}</small>}
        </Row>
      </details>
    </>
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
