import { useEffect, useState } from 'react';

import type { FormDocument } from '@yilin/contracts';

import { useI18n } from '@web/i18n/i18n';

/** The whole document as JSON: edits apply as soon as they parse; the designer's edits show here at once. */
export function JsonView({ document, onChange }: { document: FormDocument; onChange(next: FormDocument): void }) {
  const { t } = useI18n();
  const serialised = JSON.stringify(document, null, 2);
  const [text, setText] = useState(serialised);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText(serialised);
    setError(null);
  }, [serialised]);

  const edit = (next: string) => {
    setText(next);
    try {
      const parsed = JSON.parse(next) as FormDocument;
      if (typeof parsed?.schema !== 'object' || typeof parsed.labels?.zh !== 'object' || typeof parsed.labels?.en !== 'object') {
        throw new Error(t('designer.jsonShape'));
      }
      setError(null);
      onChange({ schema: parsed.schema, uiSchema: parsed.uiSchema ?? {}, labels: parsed.labels });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <section className="card designer-json">
      <h3>{t('designer.json')}</h3>
      <textarea data-testid="json-view" data-own-undo spellCheck={false} rows={24} value={text} onChange={(e) => edit(e.target.value)} />
      {error && <p role="alert" className="error">{error}</p>}
    </section>
  );
}
