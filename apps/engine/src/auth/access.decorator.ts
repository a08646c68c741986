import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';

import type { Role } from '@yilin/contracts';

export const ACCESS_KEY = 'yilin:access';

/** `public`: anyone, signed in or not; `signed-in`: any person with a session; roles: any of these. */
export type AccessRule = 'public' | 'signed-in' | readonly Role[];

/**
 * Every route declares who may call it; the access guard refuses routes that declare nothing, so a
 * forgotten decorator fails closed.
 */
export const Access = (rule: AccessRule) =>
  rule === 'public' ? SetMetadata(ACCESS_KEY, rule) : applyDecorators(SetMetadata(ACCESS_KEY, rule), ApiBearerAuth());
