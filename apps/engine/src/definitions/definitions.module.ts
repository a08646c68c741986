import { Module } from '@nestjs/common';

import { DefinitionsController } from './definitions.controller';

@Module({ controllers: [DefinitionsController] })
export class DefinitionsModule {}
