import { Inject, Injectable } from '@nestjs/common';
import { In } from 'typeorm';

import type { ClaimDto, InstanceDto } from '@yilin/contracts';
import { type Clock, isRuntimeError, WorkflowRuntime } from '@yilin/runtime';
import type { SessionUser } from '@engine/auth/session-user';
import { CLOCK } from '@engine/config/engine-config';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { isUniqueViolation } from '@engine/enterprises/unique-violation.util';
import { UserEntity } from '@engine/users/user.entity';

import { claimedByOther, nothingToClaim } from './claims.errors';
import { InstanceClaimEntity } from './instance-claim.entity';

type Taken = { held: InstanceClaimEntity } | { mine: InstanceClaimEntity };

/** Claims on tasks in the inbox: who handles an instance's current step, so two people do not both pick it up. */
@Injectable()
export class ClaimsService {
  constructor(
    private readonly db: DatabaseTransactions,
    private readonly runtime: WorkflowRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async claim(instanceId: string, user: SessionUser): Promise<ClaimDto> {
    const instance = await this.runtime.get(instanceId, user);
    if (!instance.allowedEvents.length) throw nothingToClaim();
    try {
      return await this.take(instance, user);
    } catch (error) {
      // Two people claiming at once on MariaDB: the loser's insert collides; a second look names the winner.
      if (!isUniqueViolation(error)) throw error;
      return this.take(instance, user);
    }
  }

  async release(instanceId: string, user: SessionUser): Promise<void> {
    const instance = await this.runtime.get(instanceId, user);
    const held = await this.db.run(async (m) => {
      const row = await m.findOne(InstanceClaimEntity, { where: { instanceId } });
      if (!row) return null;
      const othersLiveClaim = row.userId !== user.id && row.state === instance.state && !user.roles.includes('admin');
      if (othersLiveClaim) return row;
      await m.delete(InstanceClaimEntity, { instanceId });
      return null;
    });
    if (held) throw claimedByOther(await this.nameOf(held.userId), held.claimedAt);
  }

  /** The live claims among these instances that the caller may see. */
  async list(instanceIds: readonly string[], user: SessionUser): Promise<ClaimDto[]> {
    const rows = await this.db.exclusive(() =>
      this.db.dataSource.manager.find(InstanceClaimEntity, { where: { instanceId: In([...new Set(instanceIds)]) } }),
    );
    const live: InstanceClaimEntity[] = [];
    for (const row of rows) {
      const instance = await this.visible(row.instanceId, user);
      if (instance?.state === row.state) live.push(row);
    }
    const people = await this.people(live.map((row) => row.userId));
    return live.map((row) => toClaimDto(row, people.get(row.userId)));
  }

  private async take(instance: InstanceDto, user: SessionUser): Promise<ClaimDto> {
    const now = this.clock.now();
    const outcome = await this.db.run(async (m): Promise<Taken> => {
      const row = await m.findOne(InstanceClaimEntity, { where: { instanceId: instance.id } });
      const live = row?.state === instance.state;
      if (row && live && row.userId !== user.id) return { held: row };
      if (row && live) return { mine: row };
      const claim = { instanceId: instance.id, userId: user.id, state: instance.state, claimedAt: now };
      if (row) await m.update(InstanceClaimEntity, { instanceId: instance.id }, claim);
      else await m.insert(InstanceClaimEntity, claim);
      return { mine: claim };
    });
    if ('held' in outcome) throw claimedByOther(await this.nameOf(outcome.held.userId), outcome.held.claimedAt);
    return toClaimDto(outcome.mine, (await this.people([user.id])).get(user.id));
  }

  private async visible(instanceId: string, user: SessionUser): Promise<InstanceDto | null> {
    try {
      return await this.runtime.get(instanceId, user);
    } catch (error) {
      if (isRuntimeError(error) && (error.code === 'FORBIDDEN' || error.code === 'INSTANCE_NOT_FOUND')) return null;
      throw error;
    }
  }

  private async nameOf(userId: string): Promise<string> {
    const person = (await this.people([userId])).get(userId);
    return person?.displayName || person?.username || userId;
  }

  private async people(ids: readonly string[]): Promise<Map<string, { username: string; displayName: string }>> {
    if (!ids.length) return new Map();
    const users = await this.db.exclusive(() =>
      this.db.dataSource.manager.find(UserEntity, { select: { id: true, username: true, displayName: true }, where: { id: In([...new Set(ids)]) } }),
    );
    return new Map(users.map((u) => [u.id, { username: u.username, displayName: u.displayName }]));
  }
}

function toClaimDto(row: Pick<InstanceClaimEntity, 'instanceId' | 'userId' | 'claimedAt'>, person?: { username: string; displayName: string }): ClaimDto {
  return {
    instanceId: row.instanceId,
    userId: row.userId,
    username: person?.username ?? row.userId,
    displayName: person?.displayName || person?.username || row.userId,
    claimedAt: row.claimedAt.toISOString(),
  };
}
