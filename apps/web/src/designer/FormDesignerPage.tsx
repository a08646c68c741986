import { useMemo, useState } from 'react';
import { arrayMove } from '@dnd-kit/sortable';
import { Link, useParams } from 'react-router';

import type { FormDocument, FormDto } from '@yilin/contracts';

import { LoadState } from '@web/components/LoadState';
import { SchemaForm } from '@web/components/SchemaForm';
import { useLoad } from '@web/components/use-load';
import { useUnsavedGuard } from '@web/components/use-unsaved-guard';
import { resolveConditions } from '@web/forms/resolve-conditions.util';
import { useI18n } from '@web/i18n/i18n';

import { type Bilingual, type DesignField, type FieldKind, type FormRule, fromDocument, newField, toDocument } from './designer-model';
import { FieldCanvas } from './FieldCanvas';
import { FieldProperties } from './FieldProperties';
import { FormRules } from './FormRules';
import { formsApi } from './forms-api';
import { HistoryPanel } from './HistoryPanel';
import { JsonView } from './JsonView';
import { Palette } from './Palette';
import { PublishPanel } from './PublishPanel';
import { useUndoable } from './use-undoable';

/** The form designer for one key; the document (not the field list) is the one source both views edit. */
export function FormDesignerPage() {
  const { key = '' } = useParams();
  const loaded = useLoad(() => formsApi.get(key), key);
  return <LoadState loaded={loaded}>{(form) => <Designer form={form} onReload={loaded.reload} />}</LoadState>;
}

function Designer({ form, onReload }: { form: FormDto; onReload(): void }) {
  const { t, local } = useI18n();
  const history = useUndoable<FormDocument>(form.draft);
  const document = history.value;
  const [saved, setSaved] = useState(() => JSON.stringify(form.draft));
  const dirty = JSON.stringify(document) !== saved;
  useUnsavedGuard(dirty, t('designer.leaveUnsaved'));
  const [selected, setSelected] = useState<string | null>(null);
  const [tab, setTab] = useState<'preview' | 'json'>('preview');
  const [previewData, setPreviewData] = useState<Record<string, unknown>>({});
  const { fields, title, rules } = useMemo(() => fromDocument(document), [document]);
  // What was tried in the preview may not fit a changed schema (an option's value renamed): it starts afresh.
  const schemaSignature = useMemo(() => JSON.stringify(document.schema), [document.schema]);
  const [previewFor, setPreviewFor] = useState(schemaSignature);
  if (previewFor !== schemaSignature) {
    setPreviewFor(schemaSignature);
    setPreviewData({});
  }

  // `subject` merges a run of keystrokes on one thing into one undo step.
  const update = (nextFields: DesignField[], nextTitle: Bilingual = title, subject?: string) =>
    history.set(toDocument(nextFields, nextTitle, document), subject);
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
    update(renamed, title, `field:${fields.indexOf(previous)}`);
    setSelected(next.key);
  };
  const current = fields.find((f) => f.key === selected) ?? null;

  return (
    <div className="designer">
      <header className="designer-header card">
        <Link to="/designer">← {t('designer.title')}</Link>
        <h2>{local(form.title)} <code>{form.key}</code></h2>
        <div className="designer-form-title">
          <label>{t('designer.formTitleZh')} <input data-testid="form-title-zh" value={title.zh} onChange={(e) => update(fields, { ...title, zh: e.target.value }, 'title-zh')} /></label>
          <label>{t('designer.formTitleEn')} <input data-testid="form-title-en" value={title.en} onChange={(e) => update(fields, { ...title, en: e.target.value }, 'title-en')} /></label>
        </div>
        <div className="designer-history-actions">
          <button type="button" data-testid="undo" disabled={!history.canUndo} onClick={history.undo} aria-keyshortcuts="Control+Z">↶ {t('designer.undo')}</button>
          <button type="button" data-testid="redo" disabled={!history.canRedo} onClick={history.redo} aria-keyshortcuts="Control+Shift+Z Control+Y">↷ {t('designer.redo')}</button>
          <span className={dirty ? 'designer-dirty' : 'muted'} data-testid="save-state" data-dirty={dirty}>
            {dirty ? t('designer.unsaved') : t('designer.allSaved')}
          </span>
        </div>
      </header>
      <div className="designer-body">
        <Palette onAdd={(kind) => insert(kind, fields.length)} />
        <FieldCanvas
          fields={fields}
          selected={selected}
          onSelect={setSelected}
          onInsert={insert}
          onReorder={(from, to) => update(arrayMove(fields, from, to))}
          onRemove={(key) => update(fields.filter((f) => f.key !== key).map((f) => (f.condition?.field === key ? { ...f, condition: undefined } : f)))}
        />
        {current ? (
          // Keyed by position, not by key: renaming a field must not remount the panel under the typing hand.
          <FieldProperties key={fields.indexOf(current)} field={current} others={fields.filter((f) => f.key !== current.key)} onChange={(next) => change(current, next)} />
        ) : (
          <aside className="designer-properties card muted">{t('designer.selectField')}</aside>
        )}
      </div>
      <FormRules fields={fields} rules={rules} onChange={(next: FormRule[]) => history.set(toDocument(fields, title, document, next))} />
      <PublishPanel formKey={form.key} document={document} onSaved={(draft) => setSaved(JSON.stringify(draft))} onPublished={onReload} />
      <div className="designer-tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'preview'} data-testid="tab-preview" onClick={() => setTab('preview')}>{t('designer.preview')}</button>
        <button type="button" role="tab" aria-selected={tab === 'json'} data-testid="tab-json" onClick={() => setTab('json')}>{t('designer.json')}</button>
      </div>
      {tab === 'preview' ? (
        <section className="card designer-preview" data-testid="preview">
          <SchemaForm
            key={schemaSignature}
            schema={resolveConditions(document.schema, previewData)}
            uiSchema={document.uiSchema}
            labels={document.labels}
            formData={previewData}
            submitLabel={t('designer.previewSubmit')}
            preview
            onChange={setPreviewData}
            onSubmit={setPreviewData}
          />
        </section>
      ) : (
        <JsonView document={document} onChange={(next) => history.set(next, 'json')} />
      )}
      <HistoryPanel key={form.versions.length} form={form} />
    </div>
  );
}
