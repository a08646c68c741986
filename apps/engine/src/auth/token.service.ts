import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

import type { SessionUserDto } from '@yilin/contracts';

interface TokenClaims {
  sub: string;
  username: string;
  /** The user's token version when it was issued; bumping the version ends the session. */
  ver: number;
}

/** What a token says, before anyone checks it against the user as they are now. */
export interface TokenSubject {
  userId: string;
  version: number;
}

@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  /** A bearer token for `user` at token version `version`; `ttlSeconds` shortens it below the session length. */
  issue(user: Pick<SessionUserDto, 'id' | 'username'>, version: number, ttlSeconds?: number): string {
    const claims: TokenClaims = { sub: user.id, username: user.username, ver: version };
    return ttlSeconds ? this.jwt.sign(claims, { expiresIn: ttlSeconds }) : this.jwt.sign(claims);
  }

  /** Whose token it is, or null for an expired, forged or malformed one. Roles are never read from it. */
  verify(token: string): TokenSubject | null {
    try {
      const claims = this.jwt.verify<TokenClaims>(token);
      if (typeof claims.sub !== 'string') return null;
      return { userId: claims.sub, version: typeof claims.ver === 'number' ? claims.ver : 0 };
    } catch {
      return null;
    }
  }
}
