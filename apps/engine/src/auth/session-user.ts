import type { Request } from 'express';

import type { EventActor, Role } from '@yilin/contracts';

export interface SessionUser extends EventActor {
  roles: Role[];
}

export interface AuthenticatedRequest extends Request {
  user?: SessionUser;
}
