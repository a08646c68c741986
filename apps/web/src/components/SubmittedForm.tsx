import type { FormDocument } from '@yilin/contracts';

import { useI18n } from '@web/i18n/i18n';

import { AttachmentValue } from './AttachmentValue';
import { topLevelFields } from './form-fields.util';
import { formatFen } from './money.util';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Submitted data read through its form: every field by its label, options by their names, amounts in 元. */
export function SubmittedForm({ document, data }: { document: FormDocument; data: Json }) {
  const { language } = useI18n();
  const texts = document.labels?.[language] ?? {};
  const fields = topLevelFields(document.schema).filter((key) => data[key] !== undefined && data[key] !== '');
  const nodeOf = (key: string): Json => {
    const found = [document.schema, ...(Array.isArray(document.schema.allOf) ? document.schema.allOf.map((part) => (isObject(part) ? part.then : null)) : [])]
      .map((node) => (isObject(node) && isObject(node.properties) ? node.properties[key] : undefined))
      .find(isObject);
    return found ?? {};
  };
  return (
    <dl className="data-view submitted-form">
      {fields.map((key) => (
        <div key={key} className="data-row" data-field={key}>
          <dt>{texts[key] ?? key}</dt>
          <dd>
            <FieldValue path={key} node={nodeOf(key)} value={data[key]} texts={texts} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function FieldValue({ path, node, value, texts }: { path: string; node: Json; value: unknown; texts: Record<string, string> }) {
  const { t } = useI18n();
  if (value === null || value === undefined || value === '') return <span className="muted">—</span>;
  if (typeof value === 'boolean') return <span>{value ? t('common.yes') : t('common.no')}</span>;
  if (typeof value === 'number' && node['x-amount-fen'] === true) return <span>{formatFen(value)}</span>;
  if (typeof value === 'string' && node['x-kind'] === 'attachment') return <AttachmentValue id={value} />;
  if (typeof value === 'string' || typeof value === 'number') return <span>{texts[`${path}#option:${String(value)}`] ?? String(value)}</span>;
  if (Array.isArray(value)) {
    const items = isObject(node.items) ? node.items : {};
    return (
      <ul className="data-list">
        {value.map((item, index) => (
          <li key={index}>
            <FieldValue path={path} node={items} value={item} texts={texts} />
          </li>
        ))}
      </ul>
    );
  }
  if (isObject(value)) {
    const properties = isObject(node.properties) ? node.properties : {};
    return (
      <dl className="data-view">
        {Object.entries(value).map(([key, child]) => (
          <div key={key} className="data-row">
            <dt>{texts[`${path}.${key}`] ?? key}</dt>
            <dd>
              <FieldValue path={`${path}.${key}`} node={isObject(properties[key]) ? properties[key] : {}} value={child} texts={texts} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return <span>{String(value)}</span>;
}
