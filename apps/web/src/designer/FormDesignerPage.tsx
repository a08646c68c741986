import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';

import type { FormDocument, FormDto } from '@yilin/contracts';

import { LoadState } from '@web/components/LoadState';
import { SchemaForm } from '@web/components/SchemaForm';
import { useLoad } from '@web/components/use-load';
import { resolveConditions } from '@web/forms/resolve-conditions.util';
import { useI18n } from '@web/i18n/i18n';

import { type Bilingual, type DesignField, type FieldKind, fromDocument, moveItem, newField, toDocument } from './designer-model';
import { FieldCanvas } from './FieldCanvas';
import { FieldProperties } from './FieldProperties';
import { formsApi } from './forms-api';
import { HistoryPanel } from './HistoryPanel';
import { JsonView } from './JsonView';
import { Palette } from './Palette';
import { PublishPanel } from './PublishPanel';

/** The form designer for one key; the document (not the field list) is the one source both views edit. */
export function FormDesignerPage() {
  const { key = '' } = useParams();
  const loaded = useLoad(() => formsApi.get(key), key);
  return <LoadState loaded={loaded}>{(form) => <Designer form={form} onReload={loaded.reload} />}</LoadState>;
}

function Designer({ form, onReload }: { form: FormDto; onReload(): void }) {
  const { t, local } = useI18n();
  const [document, setDocument] = useState<FormDocument>(form.draft);
  const [selected, setSelected] = useState<string | null>(null);
  const [tab, setTab] = useState<'preview' | 'json'>('preview');
  const [previewData, setPreviewData] = useState<Record<string, unknown>>({});
  const { fields, title } = useMemo(() => fromDocument(document), [document]);

  const update = (nextFields: DesignField[], nextTitle: Bilingual = title) => setDocument(toDocument(nextFields, nextTitle, document));
  const insert = (kind: FieldKind, at: number) => {
    const field = newField(kind, fields.map((f) => f.key));
    update([...fields.slice(0, at), field, ...fields.slice(at)]);
    setSelected(field.key);
  };
  const change = (previous: DesignField, next: DesignField) => {
    if (next.key !== previous.key && (!next.key || fields.some((f) => f.key === next.key))) return;
    const renamed = fields.map((f) => {
      if (f.key === previous.key) return next;
      // A condition follows its field when the field is renamed.
      return f.condition?.field === previous.key ? { ...f, condition: { ...f.condition, field: next.key } } : f;
    });
    update(renamed);
    setSelected(next.key);
  };
  const current = fields.find((f) => f.key === selected) ?? null;

  return (
    <div className="designer">
      <header className="designer-header card">
        <Link to="/designer">← {t('designer.title')}</Link>
        <h2>{local(form.title)} <code>{form.key}</code></h2>
        <div className="designer-form-title">
          <label>{t('designer.formTitleZh')} <input data-testid="form-title-zh" value={title.zh} onChange={(e) => update(fields, { ...title, zh: e.target.value })} /></label>
          <label>{t('designer.formTitleEn')} <input data-testid="form-title-en" value={title.en} onChange={(e) => update(fields, { ...title, en: e.target.value })} /></label>
        </div>
      </header>
      <div className="designer-body">
        <Palette onAdd={(kind) => insert(kind, fields.length)} />
        <FieldCanvas
          fields={fields}
          selected={selected}
          onSelect={setSelected}
          onInsert={insert}
          onMove={(from, to) => update(moveItem(fields, from, to))}
          onRemove={(key) => update(fields.filter((f) => f.key !== key).map((f) => (f.condition?.field === key ? { ...f, condition: undefined } : f)))}
        />
        {current ? (
          // Keyed by position, not by key: renaming a field must not remount the panel under the typing hand.
          <FieldProperties key={fields.indexOf(current)} field={current} others={fields.filter((f) => f.key !== current.key)} onChange={(next) => change(current, next)} />
        ) : (
          <aside className="designer-properties card muted">{t('designer.selectField')}</aside>
        )}
      </div>
      <PublishPanel formKey={form.key} document={document} onSaved={() => undefined} onPublished={onReload} />
      <div className="designer-tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'preview'} data-testid="tab-preview" onClick={() => setTab('preview')}>{t('designer.preview')}</button>
        <button type="button" role="tab" aria-selected={tab === 'json'} data-testid="tab-json" onClick={() => setTab('json')}>{t('designer.json')}</button>
      </div>
      {tab === 'preview' ? (
        <section className="card designer-preview" data-testid="preview">
          <SchemaForm
            schema={resolveConditions(document.schema, previewData)}
            uiSchema={document.uiSchema}
            labels={document.labels}
            formData={previewData}
            submitLabel={t('designer.previewSubmit')}
            onChange={setPreviewData}
            onSubmit={setPreviewData}
          />
        </section>
      ) : (
        <JsonView document={document} onChange={setDocument} />
      )}
      <HistoryPanel key={form.versions.length} form={form} />
    </div>
  );
}
