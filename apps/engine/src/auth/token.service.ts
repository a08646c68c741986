import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

import { ROLES, type Role, type SessionUserDto } from '@yilin/contracts';

import type { SessionUser } from './session-user';

interface TokenClaims {
  sub: string;
  username: string;
  roles: Role[];
}

@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  /** A bearer token for `user`; `ttlSeconds` shortens it below the configured session length. */
  issue(user: Pick<SessionUserDto, 'id' | 'username' | 'roles'>, ttlSeconds?: number): string {
    const claims: TokenClaims = { sub: user.id, username: user.username, roles: user.roles };
    return ttlSeconds ? this.jwt.sign(claims, { expiresIn: ttlSeconds }) : this.jwt.sign(claims);
  }

  /** The session a valid token carries, or null for an expired, forged or malformed one. */
  verify(token: string): SessionUser | null {
    try {
      const claims = this.jwt.verify<TokenClaims>(token);
      const roles = (claims.roles ?? []).filter((role) => (ROLES as readonly string[]).includes(role));
      return { id: claims.sub, username: claims.username, roles };
    } catch {
      return null;
    }
  }
}
