import type { IncomingHttpHeaders } from 'node:http';

import type { EventActor, Role } from '@yilin/contracts';

export interface SessionUser extends EventActor {
  roles: Role[];
}

/** What the access guard reads of a request, and leaves on it, whichever HTTP adapter made it. */
export interface AuthenticatedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  user?: SessionUser;
}
