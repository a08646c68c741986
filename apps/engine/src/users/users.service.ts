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

const rolesOf = (user: UserEntity): Role[] => user.roles.filter((role): role is Role => (ROLES as readonly string[]).includes(role));

const toUserDto = (user: UserEntity): UserDto => ({
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  roles: rolesOf(user),
  disabled: Boolean(user.disabled),
  createdAt: user.createdAt.toISOString(),
});

/** What every signed-in request is checked against: the user as they are now, not as their token remembers. */
export interface SessionState {
  username: string;
  roles: Role[];
  tokenVersion: number;
  disabled: boolean;
}

/**
 * How long one process trusts what it read about a user. Changes made through this process apply at once;
 * another engine process sees them within this time.
 */
export const SESSION_STATE_TTL_MS = 5000;
const SESSION_STATE_MAX_ENTRIES = 10_000;

@Injectable()
export class UsersService {
  private readonly sessionStates = new Map<string, { state: SessionState | null; readAt: number }>();
  /** Reads of a user's session state under way: requests arriving meanwhile wait for the same read. */
  private readonly sessionReads = new Map<string, Promise<SessionState | null>>();
  /** Counts changes to users made through this process. */
  private sessionChanges = 0;

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
      tokenVersion: 0,
      disabled: false,
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
    return this.change(id, () => ({ roles: [...new Set(roles)] }));
  }

  /** Disabling ends every session the user has and keeps them from signing in; enabling lets them sign in again. */
  async setDisabled(id: string, disabled: boolean): Promise<UserDto> {
    return this.change(id, (user) => ({ disabled, ...(disabled ? { tokenVersion: user.tokenVersion + 1 } : {}) }));
  }

  /** Ends every session the user has (sign-out ends them all: tokens are not told apart). */
  async endSessions(id: string): Promise<void> {
    await this.change(id, (user) => ({ tokenVersion: user.tokenVersion + 1 }));
  }

  /** The user's current roles, token version and state, or null when no such user exists; cached briefly. */
  async sessionState(id: string, now = Date.now()): Promise<SessionState | null> {
    const cached = this.sessionStates.get(id);
    if (cached && now - cached.readAt < SESSION_STATE_TTL_MS) return cached.state;
    const underWay = this.sessionReads.get(id);
    if (underWay) return underWay;
    const reading = this.readSessionState(id, now).finally(() => {
      if (this.sessionReads.get(id) === reading) this.sessionReads.delete(id);
    });
    this.sessionReads.set(id, reading);
    return reading;
  }

  private async readSessionState(id: string, now: number): Promise<SessionState | null> {
    const changesBefore = this.sessionChanges;
    const user = await this.db.exclusive(() => this.users.findOneBy({ id }));
    const state = user
      ? { username: user.username, roles: rolesOf(user), tokenVersion: user.tokenVersion, disabled: Boolean(user.disabled) }
      : null;
    // What was read while a user changed may be from before the change: answered, but not kept.
    if (this.sessionChanges === changesBefore) {
      if (this.sessionStates.size >= SESSION_STATE_MAX_ENTRIES) this.sessionStates.clear();
      this.sessionStates.set(id, { state, readAt: now });
    }
    return state;
  }

  private async change(id: string, changes: (user: UserEntity) => Partial<UserEntity>): Promise<UserDto> {
    const changed = await this.db.run(async (m) => {
      const user = await m.findOneBy(UserEntity, { id });
      if (!user) throw new DomainError(HttpStatus.NOT_FOUND, 'USER_NOT_FOUND', `No user ${id}`);
      const update = changes(user);
      await m.update(UserEntity, { id }, partialRow<UserEntity>(update));
      return { ...user, ...update };
    });
    this.sessionChanges += 1;
    this.sessionStates.delete(id);
    this.sessionReads.delete(id);
    return toUserDto(changed);
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
