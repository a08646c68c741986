import type { ContractField, StepSlot } from '@yilin/contracts';

/** A field of a slot's contract: what the machine reads from the bound form. */
export const contractField = (path: string, type: ContractField['type'], required = false): ContractField => ({
  path,
  type,
  required,
});

/** A step whose only typed data is a short text: a reason, a comment or a note. */
export function textSlot(
  key: string,
  event: string,
  title: StepSlot['title'],
  by: StepSlot['by'],
  form: 'decision-reason' | 'optional-reason' | 'optional-comment' | 'optional-note',
): StepSlot {
  const name = form === 'optional-comment' ? 'comment' : form === 'optional-note' ? 'note' : 'reason';
  return {
    key,
    title,
    events: [event],
    by,
    defaultForm: form,
    contract: [contractField(name, 'string', form === 'decision-reason')],
  };
}
