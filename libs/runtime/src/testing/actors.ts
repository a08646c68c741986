import type { EventActor, Role } from '@yilin/contracts';

export const actor = (id: string, ...roles: Role[]): EventActor => ({ id, username: id, roles });

export const alice = actor('alice', 'applicant');
export const bob = actor('bob', 'applicant');
export const sam = actor('sam', 'staff');
export const vera = actor('vera', 'supervisor');
export const ada = actor('ada', 'admin');
