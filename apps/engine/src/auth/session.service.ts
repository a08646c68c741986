import { Injectable } from '@nestjs/common';

import type { SessionUserDto } from '@yilin/contracts';
import { UsersService } from '@engine/users/users.service';

import type { SessionUser } from './session-user';
import { TokenService } from './token.service';

/**
 * Sessions that can be ended. A token names a user and the token version it was issued at; each request
 * checks both against the user as they are now (cached for a few seconds), so a removed role, a disabled
 * account or a sign-out applies to the next request, and a token for a user who does not exist is refused.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly tokens: TokenService,
    private readonly users: UsersService,
  ) {}

  async issue(user: Pick<SessionUserDto, 'id' | 'username'>, ttlSeconds?: number): Promise<string> {
    const state = await this.users.sessionState(user.id);
    return this.tokens.issue(user, state?.tokenVersion ?? 0, ttlSeconds);
  }

  /** The signed-in user a token stands for now, or null when the token or the session is no longer good. */
  async userOf(token: string): Promise<SessionUser | null> {
    const subject = this.tokens.verify(token);
    if (!subject) return null;
    const state = await this.users.sessionState(subject.userId);
    if (!state || state.disabled || state.tokenVersion !== subject.version) return null;
    return { id: subject.userId, username: state.username, roles: state.roles };
  }

  async end(userId: string): Promise<void> {
    await this.users.endSessions(userId);
  }
}
