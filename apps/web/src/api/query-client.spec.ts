import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { QueryObserver } from '@tanstack/react-query';

import { api, sessionToken } from './api-client';
import { queryClient } from './query-client';

// The unit project runs in Node: a Map stands in for the browser's localStorage.
const stored = new Map<string, string>();
Object.assign(globalThis, {
  localStorage: {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => stored.set(key, value),
    removeItem: (key: string) => stored.delete(key),
    clear: () => stored.clear(),
  },
});

function answer(status: number, body: unknown): void {
  const response = { ok: status < 400, status, statusText: '', text: async () => JSON.stringify(body) } as Response;
  globalThis.fetch = jest.fn(async () => response) as typeof fetch;
}

/** A page on screen loading something: an observed query, as `useLoad` makes one. */
async function pageOnScreen(load: () => Promise<string>): Promise<() => void> {
  const observer = new QueryObserver(queryClient, { queryKey: ['load', 'page', 'inbox'], queryFn: load });
  const stop = observer.subscribe(() => undefined);
  await queryClient.fetchQuery({ queryKey: ['load', 'page', 'inbox'], queryFn: load });
  return stop;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('loaded pages and the API', () => {
  afterEach(() => {
    queryClient.clear();
    localStorage.clear();
  });

  it('loads again every page on screen after a change, and not after a read', async () => {
    const load = jest.fn(async () => 'tasks');
    const stop = await pageOnScreen(load);
    const loadsBefore = load.mock.calls.length;
    answer(200, []);
    await api('/tasks');
    await settle();
    expect(load.mock.calls.length).toBe(loadsBefore);
    answer(201, { id: 'x' });
    await api('/instances/x/events', { method: 'POST', body: { type: 'CLAIM' } });
    await settle();
    expect(load.mock.calls.length).toBe(loadsBefore + 1);
    stop();
  });

  it('forgets everything loaded when the session changes hands', async () => {
    sessionToken.set('staff-token');
    await queryClient.fetchQuery({ queryKey: ['load', 'page', 'users'], queryFn: async () => ['staff sees this'] });
    sessionToken.set(null);
    expect(queryClient.getQueryData(['load', 'page', 'users'])).toBeUndefined();
  });
});
