import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

import type { AuthenticatedRequest, SessionUser } from './session-user';

/** The signed-in person (on `public` routes, undefined for anonymous callers). */
export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): SessionUser | undefined =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().user,
);
