import type { IconButtonProps } from '@rjsf/utils';

import { useI18n } from '@web/i18n/i18n';
import type { MessageKey } from '@web/i18n/messages';

// rjsf's own buttons draw Bootstrap glyph icons this app does not load, so they would show up empty.

function wordButton(label: MessageKey, className: string) {
  return function WordButton({ id, onClick, disabled }: IconButtonProps) {
    const { t } = useI18n();
    return (
      <button type="button" id={id} className={`btn ${className}`} onClick={onClick} disabled={disabled}>
        {t(label)}
      </button>
    );
  };
}

/** The buttons of repeating groups, in words: add a row, move, copy or remove one. */
export const FORM_BUTTONS = {
  AddButton: wordButton('form.addRow', 'btn-info btn-add'),
  CopyButton: wordButton('form.copyRow', 'array-item-copy'),
  MoveUpButton: wordButton('form.moveRowUp', 'array-item-move-up'),
  MoveDownButton: wordButton('form.moveRowDown', 'array-item-move-down'),
  RemoveButton: wordButton('form.removeRow', 'btn-danger array-item-remove'),
};
