import type { DisclosedData } from '@yilin/contracts';

import { client } from '@web/api/api-client';
import { useI18n } from '@web/i18n/i18n';

import { AttachmentValue } from './AttachmentValue';
import { valueRows } from './form-values.util';
import { useLoad } from './use-load';

/**
 * What a person submitted, as the caller may see it: under the form's labels, amounts in 元. `words` shows a
 * field the form does not label in words the view already holds (a programme by its title, not its id).
 */
export function FormValues({ submitted, words = {} }: { submitted: DisclosedData; words?: Record<string, { label: string; text: string }> }) {
  const { t, language } = useI18n();
  const ref = submitted.form;
  const form = useLoad(
    () => (ref ? client.get('/api/forms/:key/versions/:version', { params: ref }) : Promise.resolve(null)),
    ref ? `${ref.key}@${ref.version}` : 'none',
  );
  const rows = valueRows(submitted.values, form.data?.document.schema, form.data?.document.labels[language] ?? {}, [t('view.yes'), t('view.no')]).map(
    (row) => (row.path in words ? { ...row, ...words[row.path] } : row),
  );
  if (!rows.length) return <span className="muted">—</span>;
  return (
    <dl className="data-view">
      {rows.map((row) => (
        <div key={row.path} className="data-row" style={row.depth ? { paddingLeft: `${row.depth}em` } : undefined}>
          <dt>{row.label}</dt>
          <dd>{row.attachment ? <AttachmentValue id={row.attachment} /> : row.text || (row.depth === 0 && !row.text ? '' : '—')}</dd>
        </div>
      ))}
    </dl>
  );
}
