import { Global, Module } from '@nestjs/common';

import { InstancesController } from './instances.controller';
import { StartPreparations } from './start-preparations';

@Global()
@Module({ controllers: [InstancesController], providers: [StartPreparations], exports: [StartPreparations] })
export class InstancesModule {}
