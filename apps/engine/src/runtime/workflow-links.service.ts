import { Injectable, type OnModuleInit } from '@nestjs/common';

import { linkHandlers, OutboxProcessor, WorkflowRuntime } from '@yilin/runtime';

/** Delivers the links between workflows (signals, started instances) through the outbox. */
@Injectable()
export class WorkflowLinksService implements OnModuleInit {
  constructor(
    private readonly outbox: OutboxProcessor,
    private readonly runtime: WorkflowRuntime,
  ) {}

  onModuleInit(): void {
    const links = linkHandlers(this.runtime);
    this.outbox.register('signal', links.signal).register('startInstance', links.startInstance);
  }
}
