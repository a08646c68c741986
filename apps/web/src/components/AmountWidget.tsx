import { useState } from 'react';

import type { InputWidgetProps } from './input-widget-props';
import { formatFen, parseYuan } from './money.util';

/** Amounts are kept in fen; people type yuan. */
export function AmountWidget({ id, value, required, disabled, readonly, onChange, onBlur, onFocus }: InputWidgetProps) {
  const [text, setText] = useState(() => (typeof value === 'number' ? String(value / 100) : ''));
  // Only outside changes re-format; typing keeps what the person typed.
  const [shown, setShown] = useState<unknown>(value);
  if (shown !== value) {
    setShown(value);
    if (typeof value === 'number' && parseYuan(text) !== value) setText(String(value / 100));
  }
  const fen = parseYuan(text);
  return (
    <span className="amount-widget">
      <span className="amount-prefix">¥</span>
      <input
        id={id}
        inputMode="decimal"
        value={text}
        required={required}
        disabled={disabled || readonly}
        onChange={(event) => {
          setText(event.target.value);
          const parsed = parseYuan(event.target.value);
          onChange(parsed ?? (event.target.value === '' ? undefined : event.target.value));
        }}
        onBlur={() => onBlur(id, value)}
        onFocus={() => onFocus(id, value)}
      />
      {fen !== null && <span className="muted">{formatFen(fen)}</span>}
    </span>
  );
}
