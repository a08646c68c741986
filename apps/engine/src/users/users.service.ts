import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';

import { ROLES, type CreateUserRequest, type Role, type UserDto } from '@yilin/contracts';
import { ulid } from '@yilin/runtime';
import { DomainError } from '@engine/common/errors/domain.error';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { partialRow } from '@engine/database/partial-row.util';

import { hashPassword, verifyPassword } from './password-hasher.util';
import { UserEntity } from './user.entity';

const toUserDto = (user: UserEntity): UserDto => ({
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  roles: user.roles.filter((role): role is Role => (ROLES as readonly string[]).includes(role)),
  createdAt: user.createdAt.toISOString(),
});

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly db: DatabaseTransactions,
  ) {}

  async create(request: CreateUserRequest): Promise<UserDto> {
    const user: UserEntity = {
      id: ulid(),
      username: request.username,
      displayName: request.displayName ?? request.username,
      passwordHash: await hashPassword(request.password),
      roles: [...new Set(request.roles)],
      createdAt: new Date(),
    };
    await this.db.run(async (m) => {
      if (await m.findOneBy(UserEntity, { username: user.username })) {
        throw new DomainError(HttpStatus.CONFLICT, 'USERNAME_TAKEN', `The username "${user.username}" is taken`);
      }
      await m.insert(UserEntity, user);
    });
    return toUserDto(user);
  }

  async list(): Promise<UserDto[]> {
    const users = await this.db.exclusive(() => this.users.find({ order: { username: 'ASC' } }));
    return users.map(toUserDto);
  }

  /** The users among `ids` that exist. */
  async findByIds(ids: readonly string[]): Promise<UserDto[]> {
    if (!ids.length) return [];
    const users = await this.db.exclusive(() => this.users.findBy({ id: In([...ids]) }));
    return users.map(toUserDto);
  }

  async setRoles(id: string, roles: Role[]): Promise<UserDto> {
    return this.db.run(async (m) => {
      const user = await m.findOneBy(UserEntity, { id });
      if (!user) throw new DomainError(HttpStatus.NOT_FOUND, 'USER_NOT_FOUND', `No user ${id}`);
      user.roles = [...new Set(roles)];
      await m.update(UserEntity, { id }, partialRow<UserEntity>({ roles: user.roles }));
      return toUserDto(user);
    });
  }

  /** The user when the password matches; null otherwise, without saying which part was wrong. */
  async authenticate(username: string, password: string): Promise<UserDto | null> {
    const user = await this.db.exclusive(() => this.users.findOneBy({ username }));
    if (!user) {
      // Spend the same time as a real check, so response times do not reveal which usernames exist.
      await verifyPassword(password, DUMMY_HASH);
      return null;
    }
    return (await verifyPassword(password, user.passwordHash)) ? toUserDto(user) : null;
  }

  async count(): Promise<number> {
    return this.db.exclusive(() => this.users.count());
  }
}

const DUMMY_HASH =
  'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==';
