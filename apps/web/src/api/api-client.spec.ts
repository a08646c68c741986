import { afterEach, describe, expect, it, jest } from '@jest/globals';

import { api, ApiError, client, onSessionEnded, sessionToken } from './api-client';

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

describe('the session ends when the engine answers 401', () => {
  afterEach(() => localStorage.clear());

  it('forgets the token and tells the app, which then shows the sign-in page', async () => {
    sessionToken.set('old-token');
    const ended = jest.fn();
    const stop = onSessionEnded(ended);
    answer(401, { statusCode: 401, message: 'Your session has ended or is not valid; please sign in again' });
    await expect(api('/instances')).rejects.toBeInstanceOf(ApiError);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(sessionToken.get()).toBeNull();
    stop();
  });

  it('keeps the session on other refusals, and when no token was sent', async () => {
    const ended = jest.fn();
    const stop = onSessionEnded(ended);
    sessionToken.set('token');
    answer(403, { statusCode: 403, message: 'no' });
    await expect(api('/users')).rejects.toMatchObject({ status: 403 });
    sessionToken.set(null);
    answer(401, { statusCode: 401, message: 'The username or password is not right' });
    await expect(api('/auth/login', { method: 'POST', body: {} })).rejects.toMatchObject({ status: 401 });
    expect(ended).not.toHaveBeenCalled();
    stop();
  });
});

describe('the typed client', () => {
  afterEach(() => sessionToken.set(null));

  it('goes through the same fetch, with the token, and turns refusals into ApiErrors', async () => {
    sessionToken.set('t1');
    answer(200, { id: 'i1' });
    await expect(client.get('/api/instances/:id', { params: { id: 'i1' } })).resolves.toEqual({ id: 'i1' });
    const [url, init] = (globalThis.fetch as jest.Mock).mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/instances/i1');
    expect(init.headers).toMatchObject({ Authorization: 'Bearer t1' });

    answer(401, { statusCode: 401, error: 'Unauthorized', message: 'Session ended', code: 'UNAUTHENTICATED' });
    await expect(client.post('/api/notifications/read')).rejects.toBeInstanceOf(ApiError);
    expect(sessionToken.get()).toBeNull();
  });
});
