import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';

import type { UserDto } from '@yilin/contracts';
import { ENGINE_CONFIG, type EngineConfig } from '@engine/config/engine-config';
import { UsersService } from '@engine/users/users.service';

import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';

/** Seeds one domain's demo data; runs once, on a first start, after the demo users exist. */
export type DemoSeeder = (users: Map<string, UserDto>) => Promise<void>;

/**
 * On the embedded default's first start: people to sign in as, then each domain's demo data in the
 * order the domains registered, so the system is alive at once.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');
  private readonly seeders: Array<{ name: string; seed: DemoSeeder }> = [];

  /** Domain modules call this from `onModuleInit`. */
  register(name: string, seed: DemoSeeder): void {
    this.seeders.push({ name, seed });
  }

  constructor(
    @Inject(ENGINE_CONFIG) private readonly config: EngineConfig,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo || (await this.users.count()) > 0) return;
    const users = new Map<string, UserDto>();
    for (const user of DEMO_USERS) users.set(user.username, await this.users.create({ ...user, password: DEMO_PASSWORD }));
    this.logger.log(`Demo users created (password "${DEMO_PASSWORD}"): ${DEMO_USERS.map((u) => u.username).join(', ')}`);
    if (!this.config.seedDemoData) return;
    for (const { name, seed } of this.seeders) {
      try {
        await seed(users);
        this.logger.log(`Demo data: ${name}`);
      } catch (error) {
        // Demo data is a convenience: a failing seeder must not keep the engine from starting.
        this.logger.error(`Demo data "${name}" failed: ${error instanceof Error ? error.stack : String(error)}`);
      }
    }
  }
}
