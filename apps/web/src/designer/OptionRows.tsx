import { useI18n } from '@web/i18n/i18n';

import { type FieldOption, moveItem } from './designer-model';
import { untakenKey } from './designer-keys.util';

/** A choice's options as rows: the stored value, the Chinese and the English words people see. */
export function OptionRows({ options, onChange }: { options: FieldOption[]; onChange(next: FieldOption[]): void }) {
  const { t } = useI18n();
  const values = options.map((option) => option.value);
  const repeated = values.filter((value, index) => value && values.indexOf(value) !== index);
  const edit = (index: number, patch: Partial<FieldOption>) => onChange(options.map((option, i) => (i === index ? { ...option, ...patch } : option)));

  return (
    <fieldset className="designer-options" data-testid="prop-options">
      <legend>{t('designer.options')}</legend>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('designer.optionValue')}</th>
            <th scope="col">{t('designer.optionZh')}</th>
            <th scope="col">{t('designer.optionEn')}</th>
            <th scope="col"><span className="visually-hidden">{t('designer.optionActions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {options.map((option, index) => (
            // Rows are positions: a value being retyped must keep its input.
            <tr key={index} data-testid={`option-${index}`}>
              <td>
                <input
                  aria-label={`${t('designer.optionValue')} ${index + 1}`}
                  data-testid="option-value"
                  value={option.value}
                  aria-invalid={!option.value || repeated.includes(option.value) || undefined}
                  onChange={(e) => edit(index, { value: e.target.value.replace(/\s/g, '') })}
                />
              </td>
              <td><input aria-label={`${t('designer.optionZh')} ${index + 1}`} data-testid="option-zh" value={option.zh} onChange={(e) => edit(index, { zh: e.target.value })} /></td>
              <td><input aria-label={`${t('designer.optionEn')} ${index + 1}`} data-testid="option-en" value={option.en} onChange={(e) => edit(index, { en: e.target.value })} /></td>
              <td className="designer-option-actions">
                <button type="button" className="link-button small" aria-label={`${t('designer.moveUp')} ${index + 1}`} disabled={index === 0} onClick={() => onChange(moveItem(options, index, index - 1))}>↑</button>
                <button type="button" className="link-button small" aria-label={`${t('designer.moveDown')} ${index + 1}`} disabled={index === options.length - 1} onClick={() => onChange(moveItem(options, index, index + 2))}>↓</button>
                <button type="button" className="link-button small" aria-label={`${t('designer.removeOption')} ${index + 1}`} disabled={options.length === 1} onClick={() => onChange(options.filter((_, i) => i !== index))}>×</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {(repeated.length > 0 || values.includes('')) && <small className="error" role="alert">{t('designer.optionValueProblem')}</small>}
      <button type="button" data-testid="add-option" onClick={() => onChange([...options, { value: untakenKey(`option${options.length + 1}`, values), zh: '', en: '' }])}>
        {t('designer.addOption')}
      </button>
    </fieldset>
  );
}
