import { describe, expect, it } from '@jest/globals';

import { hasFields, localizeForm } from './form-ui.util';

const schema = {
  type: 'object',
  properties: {
    choice: { type: 'string', enum: ['approve', 'reject'] },
    amount: { type: 'integer', 'x-amount-fen': true },
    addresses: { type: 'array', items: { type: 'object', properties: { address: { type: 'string' } } } },
  },
};
const labels = {
  zh: {
    $form: '表决票',
    choice: '表决意见',
    'choice#option:approve': '同意',
    'choice#option:reject': '反对',
    'choice#help': '请选择',
    amount: '金额',
    addresses: '住所',
    'addresses.address': '地址',
  },
  en: { choice: 'Vote' },
};

describe('localizeForm', () => {
  const { schema: out, uiSchema } = localizeForm(schema, { choice: { 'ui:widget': 'radio' } }, labels, 'zh');
  const props = out.properties as Record<string, Record<string, unknown>>;

  it('titles fields and the form in the chosen language', () => {
    expect(out.title).toBe('表决票');
    expect(props.choice.title).toBe('表决意见');
    expect((props.addresses.items as { properties: Record<string, { title: string }> }).properties.address.title).toBe('地址');
  });

  it('turns options into titled consts, keeping the values and the designer’s widget', () => {
    expect(props.choice.enum).toBeUndefined();
    expect(props.choice.oneOf).toEqual([
      { const: 'approve', title: '同意' },
      { const: 'reject', title: '反对' },
    ]);
    expect(uiSchema.choice).toEqual({ 'ui:widget': 'radio', 'ui:help': '请选择' });
  });

  it('shows amounts in fen with the yuan widget and leaves the input untouched', () => {
    expect((uiSchema.amount as Record<string, unknown>)['ui:widget']).toBe('amountFen');
    expect(schema.properties.choice.enum).toEqual(['approve', 'reject']);
  });

  it('knows a form without fields', () => {
    expect(hasFields({ type: 'object', properties: {} })).toBe(false);
    expect(hasFields(schema)).toBe(true);
  });
});
