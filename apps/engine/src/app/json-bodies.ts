import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';

import { HttpException } from '@nestjs/common';
import type { FastifyAdapter } from '@nestjs/platform-fastify';

import type { ErrorBody } from '@yilin/contracts';

import { BODY_LIMIT_BYTES, jsonBodyRefusals } from '@engine/common/http/json-body-refusals';
import { nestsDeeperThan } from '@engine/common/http/json-depth.util';

/**
 * How the engine reads request bodies: JSON only, up to `BODY_LIMIT`, its nesting checked on the bytes before
 * parsing, an object or an array at the top, an empty body as `{}` (as Express's `express.json()` does);
 * compressed bodies and charsets other than UTF-8 refused with 415 (Express inflates gzip: no client of the
 * engine sends it, and a body inflated past the limit is a cheap way to burn a core); any
 * other content type reaches the controller unread, for uploads to stream. Refusals are HTTP exceptions, so
 * the engine's exception filter answers them in its one shape.
 */
export function readJsonBodies(adapter: FastifyAdapter): void {
  const fastify = adapter.getInstance();
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(
    'application/json',
    (request: { headers: IncomingHttpHeaders }, payload: IncomingMessage) => readJson(payload, request.headers),
  );
  fastify.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
}

async function readJson(payload: IncomingMessage, headers: IncomingHttpHeaders): Promise<unknown> {
  const unsupported = unsupportedEncodingOf(headers);
  if (unsupported) throw refusal(jsonBodyRefusals.unsupported(unsupported));
  const bytes = await readUpTo(payload, headers, BODY_LIMIT_BYTES);
  if (nestsDeeperThan(bytes)) throw refusal(jsonBodyRefusals.tooDeep());
  // TextDecoder drops a byte order mark, as Express's decoding does.
  const text = new TextDecoder().decode(bytes);
  if (text.length === 0) return {};
  const first = /^[ \t\n\r]*(.)/.exec(text)?.[1];
  if (first !== '{' && first !== '[') throw refusal(jsonBodyRefusals.malformed());
  try {
    return JSON.parse(text);
  } catch {
    throw refusal(jsonBodyRefusals.malformed());
  }
}

/** A compressed body or a charset other than UTF-8, named as the client sent it; null for plain UTF-8. */
function unsupportedEncodingOf(headers: IncomingHttpHeaders): string | null {
  const encoding = headers['content-encoding']?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') return `Content-Encoding ${encoding}`;
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(headers['content-type'] ?? '')?.[1].toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') return `charset ${charset}`;
  return null;
}

/** The body's bytes, refused as soon as it passes `limit`, whether its Content-Length said so or not. */
function readUpTo(payload: IncomingMessage, headers: IncomingHttpHeaders, limit: number): Promise<Buffer> {
  if (Number(headers['content-length']) > limit) return Promise.reject(refusal(jsonBodyRefusals.tooLarge()));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const stop = (answer: () => void) => {
      payload.off('data', onData).off('end', onEnd).off('error', onBroken).off('close', onBroken);
      answer();
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) stop(() => reject(refusal(jsonBodyRefusals.tooLarge())));
      else chunks.push(chunk);
    };
    const onEnd = () => stop(() => resolve(Buffer.concat(chunks, received)));
    // A client gone before the end of its body gets the answer Express gives it, which nobody reads.
    const onBroken = () => stop(() => reject(refusal(jsonBodyRefusals.malformed())));
    payload.on('data', onData).on('end', onEnd).on('error', onBroken).on('close', onBroken);
  });
}

const refusal = (body: ErrorBody) => new HttpException(body, body.statusCode);
