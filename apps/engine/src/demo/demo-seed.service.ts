import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';

import { ENGINE_CONFIG, type EngineConfig } from '@engine/config/engine-config';
import { UsersService } from '@engine/users/users.service';

import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';

/** On the embedded default's first start: people to sign in as, so the system is alive at once. */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    @Inject(ENGINE_CONFIG) private readonly config: EngineConfig,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo || (await this.users.count()) > 0) return;
    for (const user of DEMO_USERS) await this.users.create({ ...user, password: DEMO_PASSWORD });
    this.logger.log(`Demo users created (password "${DEMO_PASSWORD}"): ${DEMO_USERS.map((u) => u.username).join(', ')}`);
  }
}
