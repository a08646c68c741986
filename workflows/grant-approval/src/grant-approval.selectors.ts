import type { MachineSelector } from '@yilin/contracts';

import type { GrantContext } from './grant-approval.types';

/** The workflow's key, as instances and selectors name it. */
export const GRANT_APPROVAL_KEY = 'grant-approval';

export interface GrantRegisterEntry {
  programmeId: string | null;
  programmeTitle: string;
  organisation: string;
  title: string;
}

/** What the public register of approved grants shows about one grant. */
export const grantRegisterFacts: MachineSelector<GrantContext, GrantRegisterEntry> = {
  workflow: GRANT_APPROVAL_KEY,
  select: ({ programme, application }) => ({
    programmeId: programme?.id ?? null,
    programmeTitle: programme?.title ?? '',
    organisation: application?.organisation ?? '',
    title: application?.title ?? '',
  }),
};
