import { HttpStatus, Injectable, type OnModuleInit } from '@nestjs/common';

import { ENTERPRISE_REGISTRATION_KEY } from '@yilin/workflow-enterprise-registration';
import type { SessionUser } from '@engine/auth/session-user';
import { DomainError } from '@engine/common/errors/domain.error';
import { StartPreparations } from '@engine/instances/start-preparations';
import { UsersService } from '@engine/users/users.service';

import { RegistrationSettingsService } from './registration-settings.service';

interface OnBehalfOf {
  founderUserId?: string;
  founderUsername?: string;
}

/**
 * What a new filing gets from the engine: today's green-channel configuration and, for a filing the
 * window makes for a founder (业务代办), the founder resolved to a real account.
 */
@Injectable()
export class RegistrationStartService implements OnModuleInit {
  constructor(
    private readonly preparations: StartPreparations,
    private readonly settings: RegistrationSettingsService,
    private readonly users: UsersService,
  ) {}

  onModuleInit(): void {
    this.preparations.register(ENTERPRISE_REGISTRATION_KEY, (data, user) => this.prepare(data, user));
  }

  async prepare(data: Record<string, unknown>, user: SessionUser): Promise<Record<string, unknown>> {
    const config = await this.settings.configForNewFiling();
    const onBehalfOf = data.onBehalfOf as OnBehalfOf | undefined;
    if (!onBehalfOf) return { config };
    if (!user.roles.includes('staff')) {
      throw new DomainError(
        HttpStatus.FORBIDDEN,
        'FILING_ON_BEHALF_STAFF_ONLY',
        'Only the registration window files on a founder’s behalf; file in your own name instead',
      );
    }
    const founderUserId = await this.founderId(onBehalfOf);
    if (founderUserId === user.id) {
      throw new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, 'FOUNDER_IS_FILER', 'Staff cannot file on their own behalf');
    }
    return { config, onBehalfOf: { founderUserId } };
  }

  private async founderId({ founderUserId, founderUsername }: OnBehalfOf): Promise<string> {
    const people = await this.users.list();
    const founder = people.find((person) =>
      founderUserId ? person.id === founderUserId : person.username === founderUsername,
    );
    if (!founder) {
      throw new DomainError(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'FOUNDER_NOT_FOUND',
        `No account ${founderUserId ?? founderUsername}: the founder needs an account to confirm the filing`,
        { founderUserId, founderUsername },
      );
    }
    return founder.id;
  }
}
