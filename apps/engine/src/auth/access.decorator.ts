import { SetMetadata } from '@nestjs/common';

import type { Role } from '@yilin/contracts';

export const ACCESS_KEY = 'yilin:access';

/** `public`: anyone, signed in or not; `signed-in`: any person with a session; roles: any of these. */
export type AccessRule = 'public' | 'signed-in' | readonly Role[];

/**
 * Every route declares who may call it; the access guard refuses routes that declare nothing, so a
 * forgotten decorator fails closed.
 */
export const Access = (rule: AccessRule) => SetMetadata(ACCESS_KEY, rule);
