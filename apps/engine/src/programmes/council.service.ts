import { HttpStatus, Inject, Injectable } from '@nestjs/common';

import { type Clock } from '@yilin/runtime';
import { type CouncilConfig, DEFAULT_APPROVAL_SHARE_ABOVE, DEFAULT_QUORUM } from '@yilin/workflow-grant-approval';
import { DomainError } from '@engine/common/errors/domain.error';
import { CLOCK } from '@engine/config/engine-config';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { UsersService } from '@engine/users/users.service';

import { councilProblems } from './configuration-problems.util';
import { CouncilSettingsEntity } from './council-settings.entity';
import type { CouncilMemberDto, CouncilSettingsDto, CouncilSettingsRequest } from './programmes.dto';

const SETTINGS_ID = 'council';

/** The council (理事会): its quorum and majority, and who sits on it when a grant starts. */
@Injectable()
export class CouncilService {
  constructor(
    private readonly db: DatabaseTransactions,
    private readonly users: UsersService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async get(): Promise<CouncilSettingsDto> {
    const row = await this.settings();
    const members = await this.membersOf(row?.memberIds ?? null);
    return {
      quorum: row ? { numerator: row.quorumNumerator, denominator: row.quorumDenominator } : { ...DEFAULT_QUORUM },
      approvalShareAbove: row?.approvalShareAbove ?? DEFAULT_APPROVAL_SHARE_ABOVE,
      memberIds: row?.memberIds ?? null,
      members,
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  }

  async update(request: CouncilSettingsRequest): Promise<CouncilSettingsDto> {
    const memberIds = request.memberIds ? [...new Set(request.memberIds)] : null;
    if (memberIds) {
      const users = new Map((await this.users.list()).map((user) => [user.id, user]));
      const unknown = memberIds.filter((id) => !users.has(id));
      if (unknown.length) {
        throw new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, 'UNKNOWN_USERS', 'Some council members are not users of Yilin', { unknown });
      }
      const withoutRole = memberIds.map((id) => users.get(id)).filter((user) => user && !user.roles.includes('council'));
      if (withoutRole.length) {
        const names = withoutRole.map((user) => user?.username).join(', ');
        throw new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, 'INVALID_ASSIGNEE', `Only holders of the council role can sit on the council: ${names} does not hold it`, {
          withoutRole: withoutRole.map((user) => ({ userId: user?.id, username: user?.username })),
        });
      }
    }
    const config: CouncilConfig = {
      // A role-based council is checked with a stand-in member: its size is only known when a grant starts.
      memberIds: memberIds ?? ['council-role'],
      quorum: request.quorum,
      approvalShareAbove: request.approvalShareAbove,
    };
    const problems = councilProblems(config);
    if (problems.length) {
      throw new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, 'INVALID_COUNCIL', 'The council configuration cannot be used as it stands', problems);
    }
    const row: CouncilSettingsEntity = {
      id: SETTINGS_ID,
      quorumNumerator: request.quorum.numerator,
      quorumDenominator: request.quorum.denominator,
      approvalShareAbove: request.approvalShareAbove,
      memberIds,
      updatedAt: this.clock.now(),
    };
    await this.db.run((m) => m.save(CouncilSettingsEntity, row));
    return this.get();
  }

  /** The council a grant starting now is decided by: configured members, or the council role's holders. */
  async forGrant(): Promise<CouncilConfig> {
    const row = await this.settings();
    const members = await this.membersOf(row?.memberIds ?? null);
    return {
      memberIds: members.map((member) => member.id),
      quorum: row ? { numerator: row.quorumNumerator, denominator: row.quorumDenominator } : { ...DEFAULT_QUORUM },
      approvalShareAbove: row?.approvalShareAbove ?? DEFAULT_APPROVAL_SHARE_ABOVE,
    };
  }

  private settings(): Promise<CouncilSettingsEntity | null> {
    return this.db.exclusive(() => this.db.dataSource.manager.findOneBy(CouncilSettingsEntity, { id: SETTINGS_ID }));
  }

  private async membersOf(memberIds: string[] | null): Promise<CouncilMemberDto[]> {
    const users = await this.users.list();
    // A configured member who has since lost the council role no longer votes.
    const members = (memberIds ? memberIds.map((id) => users.find((user) => user.id === id)) : users).filter(
      (user) => user !== undefined && user.roles.includes('council'),
    ) as typeof users;
    return members.map((user) => ({ id: user.id, username: user.username, displayName: user.displayName }));
  }
}
