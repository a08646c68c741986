import type { InstanceDto, InstancePageDto, InstanceSummaryDto } from '@yilin/contracts';

export interface TaskSource {
  page(cursor: string | null): Promise<InstancePageDto>;
  instance(id: string): Promise<InstanceDto>;
}

export interface TaskScan {
  tasks: InstanceDto[];
  /** Where to continue: more instances may hold tasks beyond what was scanned. */
  nextCursor: string | null;
  scanned: number;
}

/** Events a person acts on; system events never reach people, so anything allowed is theirs to do. */
export const isTask = (instance: InstanceDto): boolean => instance.status !== 'done' && instance.allowedEvents.length > 0;

/**
 * The tasks among the instances I can see: one page of the list at a time, each instance loaded a few at a
 * time for its allowed events (computed by the engine for the caller), until `want` tasks or `maxPages`.
 */
export async function scanTasks(
  source: TaskSource,
  options: { cursor?: string | null; want: number; maxPages: number; concurrency: number },
): Promise<TaskScan> {
  const tasks: InstanceDto[] = [];
  let cursor = options.cursor ?? null;
  let scanned = 0;
  for (let pages = 0; pages < options.maxPages; pages++) {
    const page = await source.page(cursor);
    const candidates = page.items.filter((item: InstanceSummaryDto) => item.status !== 'done');
    for (let i = 0; i < candidates.length; i += options.concurrency) {
      const loaded = await Promise.all(candidates.slice(i, i + options.concurrency).map((item) => source.instance(item.id)));
      tasks.push(...loaded.filter(isTask));
    }
    scanned += page.items.length;
    cursor = page.nextCursor;
    if (!cursor || tasks.length >= options.want) break;
  }
  return { tasks, nextCursor: cursor, scanned };
}
