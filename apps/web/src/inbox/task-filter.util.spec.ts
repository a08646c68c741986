import { describe, expect, it } from '@jest/globals';

import type { InstanceDto, InstanceSummaryDto } from '@yilin/contracts';

import { isTask, scanTasks, type TaskSource } from './task-filter.util';

const summary = (id: string, status: InstanceSummaryDto['status'] = 'active'): InstanceSummaryDto => ({
  id,
  workflow: 'grant-approval',
  version: 1,
  state: 'screening',
  status,
  revision: 1,
  ownerId: 'u1',
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
});

const withEvents = (id: string, events: string[], status: InstanceDto['status'] = 'active'): InstanceDto => ({
  ...summary(id, status),
  stateValue: 'screening',
  context: {},
  allowedEvents: events.map((type) => ({ type, title: { zh: type, en: type } })),
});

function source(pages: InstanceSummaryDto[][], events: Record<string, string[]>): TaskSource & { loads: string[] } {
  const loads: string[] = [];
  return {
    loads,
    page: async (cursor) => {
      const index = cursor ? Number(cursor) : 0;
      return { items: pages[index], nextCursor: index + 1 < pages.length ? String(index + 1) : null };
    },
    instance: async (id) => {
      loads.push(id);
      return withEvents(id, events[id] ?? []);
    },
  };
}

describe('task filter', () => {
  it('keeps instances where I have something to do', () => {
    expect(isTask(withEvents('a', ['ACCEPT']))).toBe(true);
    expect(isTask(withEvents('b', []))).toBe(false);
    expect(isTask(withEvents('c', ['X'], 'done'))).toBe(false);
  });

  it('pages through the list, never loading finished instances, until enough tasks are found', async () => {
    const s = source(
      [[summary('1'), summary('2', 'done'), summary('3')], [summary('4'), summary('5')], [summary('6')]],
      { '1': ['ACCEPT'], '4': ['SCORE'], '6': ['VOTE'] },
    );
    const scan = await scanTasks(s, { want: 2, maxPages: 10, concurrency: 2 });
    expect(scan.tasks.map((t) => t.id)).toEqual(['1', '4']);
    expect(scan.nextCursor).toBe('2');
    expect(s.loads).toEqual(['1', '3', '4', '5']);

    const rest = await scanTasks(s, { cursor: scan.nextCursor, want: 2, maxPages: 10, concurrency: 2 });
    expect(rest.tasks.map((t) => t.id)).toEqual(['6']);
    expect(rest.nextCursor).toBeNull();
  });

  it('stops after maxPages and says where to continue', async () => {
    const s = source([[summary('1')], [summary('2')], [summary('3')]], {});
    const scan = await scanTasks(s, { want: 5, maxPages: 2, concurrency: 4 });
    expect(scan).toMatchObject({ tasks: [], nextCursor: '2', scanned: 2 });
  });
});
