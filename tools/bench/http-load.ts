import { Worker } from 'node:worker_threads';

import { type LoadResult, percentile, round } from './measure.util';

// The load runs in a worker thread, so the client's own work does not eat the engine's event loop. On two
// cores it still competes with the engine for CPU, so it is lean, as wrk and autocannon are: each
// connection is a kept-alive socket writing its request's bytes, encoded once, and reading the answer up to
// its Content-Length (or last chunk). `fetch` cost about 1.5 ms of CPU per request here, more than the engine's thread spent
// answering it; this costs a tenth of that.
const WORKER_SOURCE = `
const { connect } = require('node:net');
const { parentPort, workerData } = require('node:worker_threads');
const { host, port, headers, targets, durationMs } = workerData;
const HEADER_END = Buffer.from('\\r\\n\\r\\n');
const LAST_CHUNK = Buffer.from('0\\r\\n\\r\\n');

function requestBytes(target) {
  const body = Buffer.from(target.body);
  const lines = ['POST ' + target.path + ' HTTP/1.1', 'Host: ' + host + ':' + port, 'Connection: keep-alive',
    'Content-Length: ' + body.length, ...Object.entries(headers).map(([name, value]) => name + ': ' + value)];
  return Buffer.concat([Buffer.from(lines.join('\\r\\n') + '\\r\\n\\r\\n'), body]);
}

/** One connection posting its request again as soon as the answer to the last one is in. */
function run(target, deadline, latencies) {
  const request = requestBytes(target);
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port, noDelay: true });
    let failures = 0;
    let received = Buffer.alloc(0);
    let started = 0;
    const send = () => {
      started = performance.now();
      socket.write(request);
    };
    socket.once('connect', send);
    socket.on('error', reject);
    socket.on('data', (chunk) => {
      received = received.length ? Buffer.concat([received, chunk]) : chunk;
      const headerEnd = received.indexOf(HEADER_END);
      if (headerEnd < 0) return;
      const head = received.subarray(0, headerEnd).toString('latin1');
      const length = /\\r\\ncontent-length: *(\\d+)/i.exec(head)?.[1];
      if (length === undefined ? !received.subarray(-5).equals(LAST_CHUNK) : received.length < headerEnd + 4 + Number(length)) return;
      received = Buffer.alloc(0);
      latencies.push(performance.now() - started);
      const status = Number(head.slice(9, 12));
      if (status < 200 || status >= 300) failures += 1;
      if (performance.now() < deadline) return send();
      socket.end();
      resolve(failures);
    });
  });
}

(async () => {
  const latencies = [];
  const deadline = performance.now() + durationMs;
  const failures = (await Promise.all(targets.map((target) => run(target, deadline, latencies)))).reduce((a, b) => a + b, 0);
  parentPort.postMessage({ latencies, failures });
})().catch((error) => parentPort.postMessage({ error: String(error) }));
`;

export interface HttpTarget {
  path: string;
  body: string;
}

/** POSTs each target in a loop, one connection per target, from a worker thread; `url` names host, port and prefix. */
export function httpLoad(
  url: string,
  headers: Record<string, string>,
  targets: HttpTarget[],
  durationMs: number,
): Promise<LoadResult> {
  const base = new URL(url);
  const prefix = base.pathname.replace(/\/$/, '');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        host: base.hostname,
        port: Number(base.port),
        headers,
        targets: targets.map((target) => ({ ...target, path: prefix + target.path })),
        durationMs,
      },
    });
    worker.once('error', reject);
    worker.once('message', (message: { latencies?: number[]; failures?: number; error?: string }) => {
      void worker.terminate();
      if (message.error) return reject(new Error(message.error));
      if (message.failures) return reject(new Error(`${message.failures} requests failed`));
      const latencies = message.latencies ?? [];
      const elapsed = (performance.now() - started) / 1000;
      resolve({
        operations: latencies.length,
        perSecond: round(latencies.length / elapsed),
        p50Ms: round(percentile(latencies, 50)),
        p99Ms: round(percentile(latencies, 99)),
      });
    });
  });
}
