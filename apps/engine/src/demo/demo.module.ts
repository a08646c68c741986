import { Global, Module } from '@nestjs/common';

import { UsersModule } from '@engine/users/users.module';

import { DemoSeedService } from './demo-seed.service';

@Global()
@Module({ imports: [UsersModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class DemoModule {}
