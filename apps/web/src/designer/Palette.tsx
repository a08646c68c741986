import { useI18n } from '@web/i18n/i18n';
import type { MessageKey } from '@web/i18n/messages';

import { FIELD_KINDS, type FieldKind } from './designer-model';

export const KIND_DRAG_TYPE = 'application/x-yilin-kind';

/** Field types to drag onto the form (or click to append). */
export function Palette({ onAdd }: { onAdd(kind: FieldKind): void }) {
  const { t } = useI18n();
  return (
    <aside className="designer-palette card" aria-label={t('designer.palette')}>
      <h3>{t('designer.palette')}</h3>
      <ul>
        {FIELD_KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              draggable
              data-testid={`palette-${kind}`}
              onDragStart={(event) => {
                event.dataTransfer.setData(KIND_DRAG_TYPE, kind);
                event.dataTransfer.effectAllowed = 'copy';
              }}
              onClick={() => onAdd(kind)}
            >
              {t(`designer.kind.${kind}` as MessageKey)}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
