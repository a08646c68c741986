/** The p-th percentile (0–100) of some durations, nearest-rank. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export interface LoadResult {
  operations: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/**
 * Runs `workers` loops side by side, each calling `operation(worker)` until `durationMs` has passed,
 * and measures every call.
 */
export async function runLoad(
  workers: number,
  durationMs: number,
  operation: (worker: number) => Promise<unknown>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        await operation(worker);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    operations: latencies.length,
    perSecond: round(latencies.length / elapsed),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
  };
}

export const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

/** Progress for people, on stderr so the JSON on stdout stays clean. */
export function progress(message: string): void {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);
}
