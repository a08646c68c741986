import { Global, Module } from '@nestjs/common';

import { InstancesController } from './instances.controller';
import { StartPreparations } from './start-preparations';
import { TasksController } from './tasks.controller';

@Global()
@Module({ controllers: [InstancesController, TasksController], providers: [StartPreparations], exports: [StartPreparations] })
export class InstancesModule {}
