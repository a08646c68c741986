import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';

import { HttpException } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';

import { readJsonBodies } from './json-bodies';

/** A bare Fastify reading bodies as the engine's does, echoing what it read and answering refusals as they come. */
async function echoServer() {
  const adapter = new FastifyAdapter();
  readJsonBodies(adapter);
  const fastify = adapter.getInstance();
  fastify.post('/', async (request) => ({ body: request.body ?? 'unread' }));
  fastify.setErrorHandler((error, _request, reply) =>
    error instanceof HttpException
      ? reply.status(error.getStatus()).send(error.getResponse())
      : reply.status(500).send(String(error)),
  );
  await fastify.ready();
  return fastify;
}

type Echo = Awaited<ReturnType<typeof echoServer>>;
const post = (fastify: Echo, payload: string | Readable, contentType = 'application/json') =>
  fastify.inject({ method: 'POST', url: '/', headers: { 'content-type': contentType }, payload });

describe('JSON bodies read as express.json() reads them, compressed ones refused', () => {
  let fastify: Echo;
  beforeAll(async () => (fastify = await echoServer()));
  afterAll(() => fastify.close());

  it('parses objects and arrays, takes an empty body as {}, and skips a byte order mark', async () => {
    expect((await post(fastify, '{"a":[1,{"b":2}]}', 'application/json; charset=utf-8')).json()).toEqual({
      body: { a: [1, { b: 2 }] },
    });
    expect((await post(fastify, ' [1]')).json()).toEqual({ body: [1] });
    expect((await post(fastify, '')).json()).toEqual({ body: {} });
    expect((await post(fastify, '\uFEFF{"a":1}')).json()).toEqual({ body: { a: 1 } });
  });

  it('refuses malformed JSON and a bare value at the top', async () => {
    for (const payload of ['{"a":', '"text"', '42', ' ']) {
      const refused = await post(fastify, payload);
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ code: 'MALFORMED_JSON' });
    }
  });

  it('refuses nesting deeper than the limit before parsing', async () => {
    const refused = await post(fastify, `${'['.repeat(65)}${']'.repeat(65)}`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'JSON_TOO_DEEP' });
    expect((await post(fastify, `${'['.repeat(64)}${']'.repeat(64)}`)).statusCode).toBe(200);
  });

  it('refuses a body over a mebibyte, whether announced or streamed without a length', async () => {
    const huge = JSON.stringify({ text: 'x'.repeat(1024 * 1024) });
    const announced = await post(fastify, huge);
    expect(announced.statusCode).toBe(413);
    expect(announced.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    const streamed = await post(fastify, Readable.from([huge.slice(0, 600_000), huge.slice(600_000)]));
    expect(streamed.statusCode).toBe(413);
    const justUnder = JSON.stringify({ text: 'x'.repeat(1024 * 1024 - 20) });
    expect((await post(fastify, justUnder)).statusCode).toBe(200);
  });

  it('refuses compressed bodies and charsets other than UTF-8 with 415, naming what was sent', async () => {
    const gzipped = await fastify.inject({
      method: 'POST',
      url: '/',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: gzipSync('{"a":1}'),
    });
    expect(gzipped.statusCode).toBe(415);
    expect(gzipped.json()).toMatchObject({ code: 'UNSUPPORTED_BODY_ENCODING', message: expect.stringContaining('gzip') });
    const latin1 = await post(fastify, '{"a":1}', 'application/json; charset=ISO-8859-1');
    expect(latin1.statusCode).toBe(415);
    expect(latin1.json()).toMatchObject({ message: expect.stringContaining('iso-8859-1') });
    expect((await post(fastify, '{"a":1}', 'application/json; charset="UTF-8"')).json()).toEqual({ body: { a: 1 } });
  });

  it('leaves other content types unread for the controller, as Express does', async () => {
    expect((await post(fastify, 'hello', 'text/plain')).json()).toEqual({ body: 'unread' });
  });
});
