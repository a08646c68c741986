import { forwardRef, type MouseEvent } from 'react';
import type { RJSFValidationError } from '@rjsf/utils';

import { useI18n } from '@web/i18n/i18n';

import { fieldIdOf, fieldLabelOf } from './error-summary.util';

/** Moves to the field an error names: its input, or the first input inside a group. */
function goTo(event: MouseEvent, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  const input = target.matches('input, select, textarea') ? target : target.querySelector<HTMLElement>('input, select, textarea, button');
  target.scrollIntoView({ block: 'center' });
  (input ?? target).focus({ preventScroll: true });
}

/** After a refused submit: what to fix, one line per field, each a link to the field; focus lands here. */
export const ErrorSummary = forwardRef<HTMLDivElement, { errors: RJSFValidationError[]; texts: Record<string, string> }>(
  function ErrorSummary({ errors, texts }, ref) {
    const { t, language } = useI18n();
    const colon = language === 'zh' ? '：' : ': ';
    return (
      <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title" data-testid="error-summary">
        <h3 id="error-summary-title">{t('form.errorSummary', { count: errors.length })}</h3>
        <ul>
          {errors.map((error) => {
            const id = fieldIdOf(error.property);
            // A refusal about the form as a whole (too much data, say) names no field to go to.
            if (!error.property) return <li key={`:${error.message}`}>{error.message}</li>;
            return (
              <li key={`${error.property}:${error.message}`}>
                <a href={`#${id}`} onClick={(event) => goTo(event, id)}>
                  {fieldLabelOf(error.property, texts)}
                  {colon}
                  {error.message}
                </a>
              </li>
            );
          })}
        </ul>
      </div>
    );
  },
);
