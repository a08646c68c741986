import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

import type { SessionUserDto } from '@yilin/contracts';

interface TokenClaims {
  sub: string;
  username: string;
  /** The user's token version when it was issued; bumping the version ends the session. */
  ver: number;
  /** Seconds since the epoch after which the token is refused. */
  exp?: number;
}

/** Tokens whose signature was checked, kept so that a client's next requests skip the check. */
const MAX_VERIFIED = 10_000;

/** What a token says, before anyone checks it against the user as they are now. */
export interface TokenSubject {
  userId: string;
  version: number;
}

@Injectable()
export class TokenService {
  /** Signature checks are a few percent of a request; a token's claims cannot change, so each is checked once. */
  private readonly verified = new Map<string, { subject: TokenSubject; expiresAtMs: number }>();

  constructor(private readonly jwt: JwtService) {}

  /** A bearer token for `user` at token version `version`; `ttlSeconds` shortens it below the session length. */
  issue(user: Pick<SessionUserDto, 'id' | 'username'>, version: number, ttlSeconds?: number): string {
    const claims: TokenClaims = { sub: user.id, username: user.username, ver: version };
    return ttlSeconds ? this.jwt.sign(claims, { expiresIn: ttlSeconds }) : this.jwt.sign(claims);
  }

  /** Whose token it is, or null for an expired, forged or malformed one. Roles are never read from it. */
  verify(token: string): TokenSubject | null {
    const known = this.verified.get(token);
    if (known) {
      if (Date.now() < known.expiresAtMs) return known.subject;
      this.verified.delete(token);
      return null;
    }
    const claims = this.checked(token);
    if (!claims) return null;
    const subject = { userId: claims.sub, version: typeof claims.ver === 'number' ? claims.ver : 0 };
    if (typeof claims.exp === 'number') {
      if (this.verified.size >= MAX_VERIFIED) this.verified.delete(this.verified.keys().next().value as string);
      this.verified.set(token, { subject, expiresAtMs: claims.exp * 1000 });
    }
    return subject;
  }

  private checked(token: string): TokenClaims | null {
    try {
      const claims = this.jwt.verify<TokenClaims>(token);
      return typeof claims.sub === 'string' ? claims : null;
    } catch {
      return null;
    }
  }
}
