import type { PersonView } from '@yilin/contracts';

import type { MessageKey } from '@web/i18n/messages';

type Translate = (key: MessageKey) => string;

/** A person as the caller may know them: a colleague's name, otherwise their role (评审专家, 理事会). */
export function personLabel(person: PersonView | null | undefined, t: Translate): string {
  if (!person) return '';
  const role = t(`role.${person.role}`);
  if (person.self) return `${person.name ?? role}（${t('person.me')}）`;
  return person.name ?? role;
}
