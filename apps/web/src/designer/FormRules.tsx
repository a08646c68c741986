import { useI18n } from '@web/i18n/i18n';

import { COMPARABLE_KINDS, type DesignField, type FormRule, type RuleOperator } from './designer-model';

const OPERATORS: RuleOperator[] = ['>=', '>', '<=', '<'];

/** Rules between two fields of the form, in words ("结束日期 不能早于 开始日期"); date ranges carry their own. */
export function FormRules({ fields, rules, onChange }: { fields: DesignField[]; rules: FormRule[]; onChange(next: FormRule[]): void }) {
  const { t, language } = useI18n();
  const comparable = fields.filter((field) => COMPARABLE_KINDS.includes(field.kind));
  const name = (field: DesignField) => field.label[language] || field.label.zh || field.key;
  const edit = (index: number, patch: Partial<FormRule>) => onChange(rules.map((rule, i) => (i === index ? { ...rule, ...patch } : rule)));
  const dates = (key: string) => fields.find((field) => field.key === key)?.kind === 'date';

  return (
    <section className="card designer-rules" data-testid="form-rules" aria-labelledby="form-rules-title">
      <h3 id="form-rules-title">{t('designer.rules')}</h3>
      <p className="muted small">{t('designer.rulesHelp')}</p>
      {rules.map((rule, index) => (
        // Rules are positions in a short list: the row keeps its inputs while either side changes.
        <div key={index} className="designer-rule" data-testid={`rule-${index}`}>
          <select aria-label={t('designer.ruleField')} data-testid="rule-field" value={rule.field} onChange={(e) => edit(index, { field: e.target.value })}>
            {comparable.map((field) => <option key={field.key} value={field.key}>{name(field)}</option>)}
          </select>
          <select aria-label={t('designer.ruleOperator')} data-testid="rule-op" value={rule.op} onChange={(e) => edit(index, { op: e.target.value as RuleOperator })}>
            {OPERATORS.map((op) => <option key={op} value={op}>{t(`designer.rule.${dates(rule.field) ? 'date' : 'number'}.${op}` as const)}</option>)}
          </select>
          <select aria-label={t('designer.ruleOther')} data-testid="rule-other" value={rule.other} onChange={(e) => edit(index, { other: e.target.value })}>
            {comparable.filter((field) => field.key !== rule.field).map((field) => <option key={field.key} value={field.key}>{name(field)}</option>)}
          </select>
          <button type="button" className="link-button" aria-label={`${t('designer.removeRule')} ${index + 1}`} onClick={() => onChange(rules.filter((_, i) => i !== index))}>×</button>
        </div>
      ))}
      {comparable.length >= 2 ? (
        <button
          type="button"
          data-testid="add-rule"
          onClick={() => onChange([...rules, { field: comparable[1].key, op: '>=', other: comparable[0].key }])}
        >
          {t('designer.addRule')}
        </button>
      ) : (
        <p className="muted small">{t('designer.rulesNeedTwo')}</p>
      )}
    </section>
  );
}
