import type { Repository } from 'typeorm';

import type { DatabaseTransactions } from '@engine/database/database-transactions';

import type { UserEntity } from './user.entity';
import { SESSION_STATE_TTL_MS, UsersService } from './users.service';

describe('UsersService session states', () => {
  const stored: UserEntity = {
    id: 'u-1',
    username: 'staff',
    displayName: 'Staff',
    passwordHash: 'x',
    roles: ['staff'],
    createdAt: new Date(),
    tokenVersion: 0,
    disabled: false,
  };
  let row: UserEntity;
  let reads: number;
  let answerRead: () => void;

  function service(): UsersService {
    row = { ...stored };
    reads = 0;
    const users = {
      findOneBy: async () => {
        reads += 1;
        const seen = { ...row };
        await new Promise<void>((resolve) => (answerRead = resolve));
        return seen;
      },
    } as unknown as Repository<UserEntity>;
    const manager = {
      findOneBy: async () => ({ ...row }),
      update: async (_entity: unknown, _where: unknown, change: Partial<UserEntity>) => Object.assign(row, change),
    };
    const db = {
      exclusive: <T>(work: () => Promise<T>) => work(),
      run: <T>(work: (m: typeof manager) => Promise<T>) => work(manager),
    } as unknown as DatabaseTransactions;
    return new UsersService(users, db);
  }
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it('reads a user once for all the requests that find the cached state stale together', async () => {
    const users = service();
    const states = Array.from({ length: 32 }, () => users.sessionState('u-1', 1000));
    await settle();
    answerRead();

    expect(new Set(await Promise.all(states)).size).toBe(1);
    expect(reads).toBe(1);
    await users.sessionState('u-1', 1000 + SESSION_STATE_TTL_MS - 1);
    expect(reads).toBe(1);
  });

  it('does not keep what a read saw while the user changed', async () => {
    const users = service();
    const before = users.sessionState('u-1', 1000);
    await settle();
    await users.setRoles('u-1', ['reviewer']);
    answerRead();
    expect((await before)?.roles).toEqual(['staff']);

    const after = users.sessionState('u-1', 1001);
    await settle();
    answerRead();
    expect((await after)?.roles).toEqual(['reviewer']);
    expect(reads).toBe(2);
  });
});
