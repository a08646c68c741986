import { Global, Module } from '@nestjs/common';

import { UsersModule } from '@engine/users/users.module';

import { InstancesController } from './instances.controller';
import { StartPreparations } from './start-preparations';
import { TasksController } from './tasks.controller';

@Global()
@Module({ imports: [UsersModule], controllers: [InstancesController, TasksController], providers: [StartPreparations], exports: [StartPreparations] })
export class InstancesModule {}
