// `npm run bench:startup`: how long the engine takes from `node` to its first 200 on /api/health, and the
// memory it holds then, compiled (`nx build engine`, what `npm start` runs) and through the TypeScript
// register hook (`npm run dev:engine`). Each run starts on an empty SQLite database (migrations and the form
// seed included) and again on the same one; medians of `--runs N` (default 5).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 5;

const MODES = {
  compiled: ['dist/out/apps/engine/src/main.js'],
  'register hook': ['-r', '@swc-node/register', 'apps/engine/src/main.ts'],
};

const sparePort = () =>
  new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

const memoryKb = (pid, field) =>
  Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);

async function startOnce(args, dataDir) {
  const port = await sparePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: 'ignore',
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'silent',
      WEB_DIST: join(dataDir, 'none'),
    },
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the engine exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    const ms = performance.now() - started;
    return { ms, rssMb: memoryKb(child.pid, 'VmRSS') / 1024, peakMb: memoryKb(child.pid, 'VmHWM') / 1024 };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const summary = (list) => ({
  ms: Math.round(median(list.map((r) => r.ms))),
  rssMb: Math.round(median(list.map((r) => r.rssMb))),
  peakMb: Math.round(median(list.map((r) => r.peakMb))),
});
// The modes take turns, so a machine getting busier or quieter meanwhile weighs on both alike.
const samples = Object.fromEntries(Object.keys(MODES).map((mode) => [mode, { first: [], again: [] }]));
for (let run = 0; run < RUNS; run += 1) {
  for (const [mode, args] of Object.entries(MODES)) {
    const dataDir = mkdtempSync(join(tmpdir(), 'yilin-startup-'));
    samples[mode].first.push(await startOnce(args, dataDir));
    samples[mode].again.push(await startOnce(args, dataDir));
    rmSync(dataDir, { recursive: true, force: true });
  }
  process.stderr.write(`run ${run + 1}/${RUNS}\n`);
}
const results = Object.fromEntries(
  Object.entries(samples).map(([mode, { first, again }]) => [
    mode,
    { emptyDatabase: summary(first), migratedDatabase: summary(again) },
  ]),
);
console.table(
  Object.entries(results).flatMap(([mode, r]) =>
    Object.entries(r).map(([start, s]) => ({
      mode,
      start,
      'ms to first 200': s.ms,
      'RSS MB': s.rssMb,
      'peak RSS MB': s.peakMb,
    })),
  ),
);
console.log(JSON.stringify(results));
