import { Worker } from 'node:worker_threads';

import { type LoadResult, percentile, round } from './measure.util';

// The load runs in a worker thread, so the client's own work does not eat the engine's event loop.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, headers, bodies, durationMs } = workerData;
(async () => {
  const latencies = [];
  const deadline = performance.now() + durationMs;
  let failures = 0;
  await Promise.all(bodies.map(async (target) => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      const response = await fetch(url + target.path, { method: 'POST', headers, body: target.body });
      await response.arrayBuffer();
      if (response.status < 200 || response.status >= 300) failures += 1;
      latencies.push(performance.now() - t0);
    }
  }));
  parentPort.postMessage({ latencies, failures });
})().catch((error) => parentPort.postMessage({ error: String(error) }));
`;

export interface HttpTarget {
  path: string;
  body: string;
}

/** POSTs each target in a loop, one connection per target, from a worker thread. */
export function httpLoad(url: string, headers: Record<string, string>, targets: HttpTarget[], durationMs: number): Promise<LoadResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { url, headers, bodies: targets, durationMs } });
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
