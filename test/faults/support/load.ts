import type { Acknowledged } from '@test/faults/support/effect-ledger';
import type { EngineProcess } from '@test/faults/support/engine-process';
import type { GrantDriver, Step } from '@test/faults/support/grant-driver';

export interface LoadResult {
  acknowledged: Acknowledged[];
  /** Requests that were not acknowledged, by HTTP status or network error. */
  refused: Record<string, number>;
  requests: number;
  elapsedMs: number;
  perSecond: number;
  p99Ms: number;
}

/**
 * Applicants' stories on `workers` concurrent loops spread over the engines, until `enough` says stop
 * (checked before every request). `onStep` sees each answer as it comes, for tests that act mid-load.
 */
export async function runLoad(options: {
  driver: GrantDriver;
  engines: () => EngineProcess[];
  workers: number;
  enough: (result: LoadResult) => boolean;
  onStep?: (step: Step, result: LoadResult) => void;
}): Promise<LoadResult> {
  const result: LoadResult = { acknowledged: [], refused: {}, requests: 0, elapsedMs: 0, perSecond: 0, p99Ms: 0 };
  const latencies: number[] = [];
  const started = Date.now();
  const keepGoing = () => !options.enough(result);
  const report = (step: Step) => {
    result.requests += 1;
    latencies.push(step.ms);
    if (step.ack) result.acknowledged.push(step.ack);
    else result.refused[step.outcome] = (result.refused[step.outcome] ?? 0) + 1;
    options.onStep?.(step, result);
  };
  await Promise.all(
    Array.from({ length: options.workers }, async (_, worker) => {
      while (keepGoing()) {
        const engines = options.engines();
        await options.driver.story(engines[worker % engines.length], report, keepGoing);
      }
    }),
  );
  result.elapsedMs = Date.now() - started;
  result.perSecond = Math.round((result.acknowledged.length / result.elapsedMs) * 1000);
  latencies.sort((a, b) => a - b);
  result.p99Ms = latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))] ?? 0;
  return result;
}
