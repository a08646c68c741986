import type { IncomingMessage, ServerResponse } from 'node:http';

import { EngineLogger } from './engine-logger';
import { currentRequestId, requestIds } from './request-context';

function captureStdout(run: () => void): string[] {
  const written: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return written.join('').split('\n').filter(Boolean);
}

/** Runs `inside` as the request-id middleware would run the rest of a request. */
function duringRequest(forwardedId: string | undefined, inside: () => void): { header: string | undefined } {
  const headers: Record<string, string> = {};
  const req = { headers: { 'x-request-id': forwardedId } } as unknown as IncomingMessage;
  const res = { setHeader: (name: string, value: string) => (headers[name] = value) } as unknown as ServerResponse;
  requestIds(req, res, inside);
  return { header: headers['X-Request-Id'] };
}

describe('engine logs', () => {
  it('with LOG_FORMAT=json, writes one JSON object per line carrying the id of the request being served', () => {
    const logger = new EngineLogger('json');
    let seenId: string | undefined;
    let header: string | undefined;
    const lines = captureStdout(() => {
      logger.log('before any request', 'Yilin');
      ({ header } = duringRequest(undefined, () => {
        seenId = currentRequestId();
        logger.log({ event: 'SUBMIT', instance: '01J' }, 'Runtime');
      }));
    });
    expect(lines).toHaveLength(2);
    const [outside, inside] = lines.map((line) => JSON.parse(line));
    expect(outside).toMatchObject({ level: 'log', context: 'Yilin', message: 'before any request' });
    expect(outside.requestId).toBeUndefined();
    expect(inside).toMatchObject({ level: 'log', context: 'Runtime', message: { event: 'SUBMIT', instance: '01J' } });
    expect(inside.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(inside.requestId).toBe(seenId);
    expect(header).toBe(seenId);
  });

  it("keeps a proxy's sane request id and replaces one that is not", () => {
    let kept: string | undefined;
    duringRequest('edge-7f3a9c21', () => (kept = currentRequestId()));
    expect(kept).toBe('edge-7f3a9c21');
    let replaced: string | undefined;
    duringRequest('x\n{"forged":true}', () => (replaced = currentRequestId()));
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('leaves out the lines Nest writes while wiring modules and routes', () => {
    const lines = captureStdout(() => {
      const logger = new EngineLogger('json');
      logger.log('AppModule dependencies initialized', 'InstanceLoader');
      logger.log('Yilin is running', 'Yilin');
    });
    expect(lines.map((line) => JSON.parse(line).message)).toEqual(['Yilin is running']);
  });
});
