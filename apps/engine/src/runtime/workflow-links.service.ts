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
    for (const [type, handler] of Object.entries(linkHandlers(this.runtime))) this.outbox.register(type, handler);
  }
}
