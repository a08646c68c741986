import 'reflect-metadata';

import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

import { WorkflowRuntime } from '@yilin/runtime';

import { openBenchStack } from './bench-engine';
import { progress } from './measure.util';
import { httpEvents } from './sections/http-events';
import { transitionLoad } from './sections/runtime-load';
import { timerBurst } from './sections/timer-burst';

// `npm run bench:profile -- [--http | --timers N] [--instances N] [--seconds N] [--out file]`: a CPU
// profile of the persisted transition load (the bench's `transition_persisted_per_s`), or with --http of
// the engine's thread under the HTTP event load (`http_event_per_s`; N connections), or with --timers of
// N timers falling due at once (`timer_burst_*`, from the engine's restart until the last has fired), on
// the database DATABASE_URL names, for Chrome DevTools or any .cpuprofile viewer.

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};

async function startProfiling(): Promise<Session> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return session;
}

async function saveProfile(session: Session, out: string): Promise<void> {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(out, JSON.stringify(profile));
}

/** The timer burst profiled from the engine's restart, when its sweeper finds the timers, to the last one fired. */
async function profileTimerBurst(count: number, out: string): Promise<void> {
  const stack = await openBenchStack();
  let session: Session | null = null;
  let starts = 0;
  try {
    const burst = await timerBurst(async () => {
      starts += 1;
      if (starts === 2) session = await startProfiling();
      return stack.start();
    }, count);
    if (session) await saveProfile(session, out);
    progress(`${burst.fired} fired, lateness p50 ${burst.p50} ms, p99 ${burst.p99} ms; profile in ${out}`);
  } finally {
    await stack.database.drop();
  }
}

async function main(): Promise<void> {
  const timers = option('--timers', '');
  if (timers) return profileTimerBurst(Number(timers), option('--out', 'timers.cpuprofile'));
  const http = args.includes('--http');
  const instances = Number(option('--instances', http ? '32' : '16'));
  const seconds = Number(option('--seconds', '5'));
  const out = option('--out', 'persisted.cpuprofile');
  const stack = await openBenchStack();
  const app = await stack.start();
  try {
    const runtime = app.get(WorkflowRuntime);
    const load = (ms: number) => (http ? httpEvents(app, instances, ms) : transitionLoad(runtime, instances, ms));
    progress('warming up…');
    await load(1000);
    const session = await startProfiling();
    progress(`profiling ${instances} ${http ? 'connections' : 'instances'} for ${seconds} s…`);
    const measured = await load(seconds * 1000);
    await saveProfile(session, out);
    progress(`${measured.perSecond}/s, p99 ${measured.p99Ms} ms; profile in ${out}`);
  } finally {
    await app.close();
    await stack.database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
