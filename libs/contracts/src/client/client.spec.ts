import { describe, expect, it } from '@jest/globals';

import { type ClientRequest, createClient, resolvePath } from './client';

describe('the typed client', () => {
  function recording() {
    const sent: ClientRequest[] = [];
    const client = createClient(async (request) => {
      sent.push(request);
      return { answered: request.path };
    });
    return { client, sent };
  }

  it('fills path parameters, encoded, and sends through the fetcher', async () => {
    const { client, sent } = recording();
    const answer = await client.get('/api/forms/:key/versions/:version', { params: { key: 'a b/c', version: 3 } });
    expect(sent).toEqual([{ method: 'GET', path: '/api/forms/a%20b%2Fc/versions/3' }]);
    expect(answer).toEqual({ answered: '/api/forms/a%20b%2Fc/versions/3' });
  });

  it('writes the query string, leaving out unset values', async () => {
    const { client, sent } = recording();
    await client.get('/api/instances', { query: { workflow: 'grant-approval', limit: 20, cursor: undefined } });
    expect(sent[0].path).toBe('/api/instances?workflow=grant-approval&limit=20');
  });

  it('sends the body with its method', async () => {
    const { client, sent } = recording();
    await client.post('/api/instances/:id/events', { params: { id: 'i1' }, body: { type: 'SUBMIT' } });
    await client.delete('/api/programmes/:id', { params: { id: 'p1' } });
    await client.post('/api/auth/logout');
    expect(sent).toEqual([
      { method: 'POST', path: '/api/instances/i1/events', body: { type: 'SUBMIT' } },
      { method: 'DELETE', path: '/api/programmes/p1' },
      { method: 'POST', path: '/api/auth/logout' },
    ]);
  });

  it('is typed by the operations map (checked by the compiler)', async () => {
    const { client } = recording();
    const instance = await client.get('/api/instances/:id', { params: { id: 'i1' } });
    const state: string | undefined = instance.state;
    expect(state).toBe(undefined); // the fake fetcher answers something else; the types are the point
    const wrongCalls = () => [
      // @ts-expect-error -- no such operation
      client.get('/api/nowhere'),
      // @ts-expect-error -- the path parameter is required
      client.get('/api/instances/:id'),
      // @ts-expect-error -- the body has the wrong shape
      client.post('/api/instances', { body: { workflow: 7 } }),
    ];
    expect(typeof wrongCalls).toBe('function');
  });

  it('refuses a template whose parameter is missing', () => {
    expect(() => resolvePath('/api/instances/:id', {})).toThrow('Missing path parameter "id"');
  });
});
