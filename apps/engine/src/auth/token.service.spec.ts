import { JwtService } from '@nestjs/jwt';

import { TokenService } from './token.service';

describe('TokenService', () => {
  const jwt = new JwtService({ secret: 'a-test-secret-of-enough-length', signOptions: { expiresIn: 60 } });
  const user = { id: 'u-1', username: 'staff' };
  afterEach(() => jest.restoreAllMocks());

  it('checks a token once, and answers its later requests from what it found', () => {
    const tokens = new TokenService(jwt);
    const token = tokens.issue(user, 3);
    const check = jest.spyOn(jwt, 'verify');

    expect(tokens.verify(token)).toEqual({ userId: 'u-1', version: 3 });
    expect(tokens.verify(token)).toEqual({ userId: 'u-1', version: 3 });
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('still refuses a token once it has expired, though it was checked before', () => {
    const tokens = new TokenService(jwt);
    const token = tokens.issue(user, 0, 30);
    expect(tokens.verify(token)).not.toBeNull();

    const now = Date.now();
    jest.spyOn(Date, 'now').mockReturnValue(now + 31_000);
    expect(tokens.verify(token)).toBeNull();
  });

  it('refuses forged and malformed tokens every time', () => {
    const tokens = new TokenService(jwt);
    const forged = new JwtService({ secret: 'another-secret-of-enough-length' }).sign(
      { sub: 'u-1', ver: 0 },
      { expiresIn: 60 },
    );
    expect(tokens.verify(forged)).toBeNull();
    expect(tokens.verify(forged)).toBeNull();
    expect(tokens.verify('not.a.token')).toBeNull();
    expect(tokens.verify(`${tokens.issue(user, 0)}x`)).toBeNull();
  });
});
