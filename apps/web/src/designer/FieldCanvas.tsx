import { type DragEvent, useState } from 'react';
import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';

import { useI18n } from '@web/i18n/i18n';
import type { MessageKey } from '@web/i18n/messages';

import type { DesignField, FieldKind } from './designer-model';
import { KIND_DRAG_TYPE } from './Palette';

interface FieldCanvasProps {
  fields: DesignField[];
  selected: string | null;
  onSelect(key: string): void;
  onInsert(kind: FieldKind, at: number): void;
  /** Move the field at `from` so that it stands at index `to`. */
  onReorder(from: number, to: number): void;
  onRemove(key: string): void;
}

/** The form's fields in order: drop a palette type to insert it; move a field by its handle with the
 * mouse, a finger or the keyboard (space to lift, arrows to move, space to drop). */
export function FieldCanvas({ fields, selected, onSelect, onInsert, onReorder, onRemove }: FieldCanvasProps) {
  const { t, language } = useI18n();
  const [over, setOver] = useState<number | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const nameOf = (key: unknown) => {
    const field = fields.find((f) => f.key === key);
    return field ? field.label[language] || field.label.zh || field.key : String(key);
  };
  const positionOf = (key: unknown) => fields.findIndex((f) => f.key === key) + 1;

  // Only a palette type arrives by the browser's own drag and drop; fields move through dnd-kit.
  const allow = (event: DragEvent, at: number) => {
    if (!event.dataTransfer.types.includes(KIND_DRAG_TYPE)) return;
    event.preventDefault();
    setOver(at);
  };
  const drop = (event: DragEvent, at: number) => {
    const kind = event.dataTransfer.getData(KIND_DRAG_TYPE);
    setOver(null);
    if (!kind) return;
    event.preventDefault();
    onInsert(kind as FieldKind, at);
  };
  const end = ({ active, over: target }: DragEndEvent) => {
    if (!target || active.id === target.id) return;
    onReorder(positionOf(active.id) - 1, positionOf(target.id) - 1);
  };

  return (
    <section className="designer-canvas card" data-testid="canvas" onDragOver={(e) => allow(e, fields.length)} onDrop={(e) => drop(e, fields.length)} onDragLeave={() => setOver(null)}>
      <h3>{t('designer.canvas')}</h3>
      <p className="muted small" id="designer-reorder-help">{t('designer.reorderHelp')}</p>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={end}
        accessibility={{
          screenReaderInstructions: { draggable: t('designer.reorderHelp') },
          announcements: {
            onDragStart: ({ active }) => t('designer.dnd.lifted', { name: nameOf(active.id), position: positionOf(active.id) }),
            onDragOver: ({ active, over: target }) => (target ? t('designer.dnd.over', { name: nameOf(active.id), position: positionOf(target.id) }) : undefined),
            onDragEnd: ({ active, over: target }) => t('designer.dnd.dropped', { name: nameOf(active.id), position: positionOf(target?.id ?? active.id) }),
            onDragCancel: ({ active }) => t('designer.dnd.cancelled', { name: nameOf(active.id) }),
          },
        }}
      >
        <SortableContext items={fields.map((field) => field.key)} strategy={verticalListSortingStrategy}>
          <ol className="designer-fields">
            {fields.map((field, index) => (
              <SortableField
                key={field.key}
                field={field}
                name={nameOf(field.key)}
                kindName={t(`designer.kind.${field.kind === 'custom' ? 'custom' : field.kind}` as MessageKey)}
                selected={selected === field.key}
                dropBefore={over === index}
                onSelect={() => onSelect(field.key)}
                onRemove={() => onRemove(field.key)}
                onNativeDragOver={(event) => {
                  event.stopPropagation();
                  allow(event, index);
                }}
                onNativeDrop={(event) => {
                  event.stopPropagation();
                  drop(event, index);
                }}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <div className={`designer-dropzone${over === fields.length ? ' active' : ''}`} data-testid="canvas-end">
        {t('designer.dropHere')}
      </div>
    </section>
  );
}

interface SortableFieldProps {
  field: DesignField;
  name: string;
  kindName: string;
  selected: boolean;
  dropBefore: boolean;
  onSelect(): void;
  onRemove(): void;
  onNativeDragOver(event: DragEvent): void;
  onNativeDrop(event: DragEvent): void;
}

function SortableField({ field, name, kindName, selected, dropBefore, onSelect, onRemove, onNativeDragOver, onNativeDrop }: SortableFieldProps) {
  const { t } = useI18n();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: field.key });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-testid={`field-${field.key}`}
      className={`designer-field${selected ? ' selected' : ''}${dropBefore ? ' drop-before' : ''}${isDragging ? ' dragging' : ''}`}
      onDragOver={onNativeDragOver}
      onDrop={onNativeDrop}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="designer-handle"
        data-testid={`handle-${field.key}`}
        {...attributes}
        {...listeners}
        aria-label={t('designer.moveField', { name })}
        aria-describedby="designer-reorder-help"
      >
        ⠿
      </button>
      <button type="button" className="designer-field-select" aria-pressed={selected} onClick={onSelect}>
        <span className="designer-field-label">{name}</span>
        <span className="muted"> · {kindName}</span>
        {field.required && <span className="badge">{t('designer.required')}</span>}
        {field.condition && <span className="badge">{t('designer.conditional')}</span>}
      </button>
      <button type="button" className="link-button" aria-label={`${t('designer.remove')}：${name}`} onClick={onRemove}>
        ×
      </button>
    </li>
  );
}
