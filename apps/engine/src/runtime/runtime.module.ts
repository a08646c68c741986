import { Global, Module, type DynamicModule } from '@nestjs/common';

import {
  type Clock,
  DefinitionMigrator,
  InstanceStore,
  OutboxProcessor,
  type RuntimeDefinition,
  WorkflowRegistry,
  WorkflowRuntime,
} from '@yilin/runtime';
import { CLOCK } from '@engine/config/engine-config';
import { WORKFLOW_CATALOG } from '@engine/definitions/workflow-catalog';
import { CallerViewTools } from '@engine/disclosure/caller-view-tools';
import { StepForms } from '@engine/disclosure/step-forms';
import { FormDataValidator } from '@engine/forms/validation/form-data-validator';
import { SearchIndexBackfill } from '@engine/instances/search-index-backfill';
import { TaskFiling } from '@engine/instances/task-filing';
import { TypeOrmInstanceStore } from '@engine/instances/typeorm-instance-store';
import { EffectQueue } from '@engine/jobs/effect-queue';
import { UserDirectory } from '@engine/users/user-directory';
import { UsersModule } from '@engine/users/users.module';

import { WORKFLOW_DEFINITIONS } from './runtime.tokens';
import { WorkflowLinksService } from './workflow-links.service';

export interface RuntimeModuleOptions {
  definitions?: RuntimeDefinition[];
}

/** Wires the framework-free runtime to TypeORM, the shared validator and the effect queue. */
@Global()
@Module({})
export class RuntimeModule {
  static forRoot(options: RuntimeModuleOptions = {}): DynamicModule {
    return {
      module: RuntimeModule,
      imports: [UsersModule],
      providers: [
        { provide: WORKFLOW_DEFINITIONS, useValue: options.definitions ?? WORKFLOW_CATALOG },
        {
          provide: WorkflowRegistry,
          inject: [WORKFLOW_DEFINITIONS],
          useFactory: (definitions: RuntimeDefinition[]) => new WorkflowRegistry(definitions),
        },
        TypeOrmInstanceStore,
        { provide: InstanceStore, useExisting: TypeOrmInstanceStore },
        StepForms,
        CallerViewTools,
        {
          provide: WorkflowRuntime,
          inject: [WorkflowRegistry, InstanceStore, EffectQueue, CLOCK, FormDataValidator, UserDirectory, CallerViewTools],
          useFactory: (
            registry: WorkflowRegistry,
            store: InstanceStore,
            queue: EffectQueue,
            clock: Clock,
            validator: FormDataValidator,
            assignees: UserDirectory,
            viewTools: CallerViewTools,
          ) => new WorkflowRuntime({ registry, store, validator, dispatcher: queue, clock, assignees, viewTools }),
        },
        {
          provide: OutboxProcessor,
          inject: [InstanceStore],
          useFactory: (store: InstanceStore) => new OutboxProcessor(store),
        },
        {
          provide: DefinitionMigrator,
          inject: [WorkflowRegistry, InstanceStore, CLOCK],
          useFactory: (registry: WorkflowRegistry, store: InstanceStore, clock: Clock) =>
            new DefinitionMigrator(registry, store, clock),
        },
        WorkflowLinksService,
        SearchIndexBackfill,
        TaskFiling,
      ],
      exports: [
        WorkflowRegistry,
        InstanceStore,
        WorkflowRuntime,
        OutboxProcessor,
        DefinitionMigrator,
        StepForms,
        CallerViewTools,
        TaskFiling,
      ],
    };
  }
}
