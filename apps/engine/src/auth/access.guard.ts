import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  Logger,
  UnauthorizedException,
} from '@nestjs/common';
import { HttpAdapterHost, Reflector } from '@nestjs/core';

import { ACCESS_KEY, type AccessRule } from './access.decorator';
import { bearerTokenOf } from './bearer-token.util';
import type { AuthenticatedRequest } from './session-user';
import { SessionService } from './session.service';

/** Reads the bearer token on every request and applies the route's declared access rule. */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly adapter: HttpAdapterHost,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!rule) {
      this.logger.error(`${request.method} ${request.url.split('?')[0]} declares no access rule; refused`);
      throw new ForbiddenException('This route is not open to anyone');
    }
    if (request.headers.authorization) {
      const token = bearerTokenOf(request);
      const user = token ? await this.sessions.userOf(token) : null;
      if (!user && rule !== 'public') throw new UnauthorizedException('Your session has ended or is not valid; please sign in again');
      if (user) {
        request.user = user;
        // What a signed-in person sees is theirs: no shared or browser cache may keep it.
        this.adapter.httpAdapter.setHeader(context.switchToHttp().getResponse(), 'Cache-Control', 'no-store');
      }
    }
    if (rule === 'public') return true;
    if (!request.user) throw new UnauthorizedException('Please sign in first');
    if (rule === 'signed-in') return true;
    if (request.user.roles.some((role) => rule.includes(role))) return true;
    throw new ForbiddenException(`This needs one of these roles: ${rule.join(', ')}`);
  }
}
