import { type DragEvent, useState } from 'react';

import { useI18n } from '@web/i18n/i18n';
import type { MessageKey } from '@web/i18n/messages';

import type { DesignField, FieldKind } from './designer-model';
import { KIND_DRAG_TYPE } from './Palette';

const FIELD_DRAG_TYPE = 'application/x-yilin-field';

interface FieldCanvasProps {
  fields: DesignField[];
  selected: string | null;
  onSelect(key: string): void;
  onInsert(kind: FieldKind, at: number): void;
  onMove(from: number, to: number): void;
  onRemove(key: string): void;
}

/** The form's fields in order: drop a palette type to insert it, drag a field to move it. */
export function FieldCanvas({ fields, selected, onSelect, onInsert, onMove, onRemove }: FieldCanvasProps) {
  const { t, language } = useI18n();
  const [over, setOver] = useState<number | null>(null);

  const allow = (event: DragEvent, at: number) => {
    const types = event.dataTransfer.types;
    if (!types.includes(KIND_DRAG_TYPE) && !types.includes(FIELD_DRAG_TYPE)) return;
    event.preventDefault();
    setOver(at);
  };
  const drop = (event: DragEvent, at: number) => {
    event.preventDefault();
    setOver(null);
    const kind = event.dataTransfer.getData(KIND_DRAG_TYPE);
    const from = event.dataTransfer.getData(FIELD_DRAG_TYPE);
    if (kind) onInsert(kind as FieldKind, at);
    else if (from !== '') onMove(Number(from), at);
  };

  return (
    <section className="designer-canvas card" data-testid="canvas" onDragOver={(e) => allow(e, fields.length)} onDrop={(e) => drop(e, fields.length)} onDragLeave={() => setOver(null)}>
      <h3>{t('designer.canvas')}</h3>
      <ol className="designer-fields">
        {fields.map((field, index) => (
          <li
            key={field.key}
            data-testid={`field-${field.key}`}
            className={`designer-field${selected === field.key ? ' selected' : ''}${over === index ? ' drop-before' : ''}`}
            draggable
            onDragStart={(event) => {
              event.dataTransfer.setData(FIELD_DRAG_TYPE, String(index));
              event.dataTransfer.effectAllowed = 'move';
            }}
            onDragOver={(event) => {
              event.stopPropagation();
              allow(event, index);
            }}
            onDrop={(event) => {
              event.stopPropagation();
              drop(event, index);
            }}
            onClick={() => onSelect(field.key)}
          >
            <span className="designer-field-label">{field.label[language] || field.label.zh || field.label.en || field.key}</span>
            <span className="muted"> · {t(`designer.kind.${field.kind === 'custom' ? 'custom' : field.kind}` as MessageKey)}</span>
            {field.required && <span className="badge">{t('designer.required')}</span>}
            {field.condition && <span className="badge">{t('designer.conditional')}</span>}
            <button type="button" className="link-button" aria-label={t('designer.remove')} onClick={(event) => { event.stopPropagation(); onRemove(field.key); }}>
              ×
            </button>
          </li>
        ))}
      </ol>
      <div className={`designer-dropzone${over === fields.length ? ' active' : ''}`} data-testid="canvas-end">
        {t('designer.dropHere')}
      </div>
    </section>
  );
}
