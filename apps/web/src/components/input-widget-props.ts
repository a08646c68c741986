import type { WidgetProps } from '@rjsf/utils';

/** What a one-input widget reads: rjsf passes more, and the public forms' light renderer passes just this. */
export type InputWidgetProps = Pick<WidgetProps, 'id' | 'value' | 'required' | 'disabled' | 'readonly' | 'onChange' | 'onBlur' | 'onFocus'>;
