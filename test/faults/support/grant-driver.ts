import type { InstanceDto } from '@yilin/contracts';
import type { Acknowledged } from '@test/faults/support/effect-ledger';
import type { EngineProcess, HttpAnswer, Sessions } from '@test/faults/support/engine-process';

export const DIRECTOR_SLA_TIMER = 'director-sla';
const APPLICANTS = ['applicant', 'applicant2'];

/**
 * Drives the real grant-approval workflow over HTTP: drafts the owner edits (UPDATE_DRAFT repeats on a
 * draft), submissions (a `notify` each), and the way to the director's decision, which starts the durable
 * 'director-sla' timer and notifies again.
 */
export class GrantDriver {
  private programmeId = '';
  private reviewerId = '';
  private serial = 0;

  constructor(private readonly sessions: Sessions) {}

  /** A fund with money and an open programme where every amount is on the director's fast track. */
  async setup(engine: EngineProcess): Promise<void> {
    const admin = await this.sessions.tokenOf(engine, 'admin');
    const fund = await expectStatus(201, engine.request<{ id: string }>('POST', '/api/funds', { code: 'faults', kind: 'special', name: { zh: '故障测试基金', en: 'Fault test fund' } }, admin));
    await expectStatus(201, engine.request('POST', `/api/funds/${fund.body.id}/donations`, { amount: 100_000_000, note: '测试捐赠' }, admin));
    const programme = await expectStatus(
      201,
      engine.request<{ id: string }>(
        'POST',
        '/api/programmes',
        {
          fundId: fund.body.id,
          formKey: 'grant-application',
          title: { zh: '故障测试项目', en: 'Fault test programme' },
          maxAmount: 1_000_000,
          smallAmountLimit: 1_000_000,
          reviewersRequired: 1,
          trancheSplit: [100],
          reportDueDays: { midterm: 90, final: 180 },
          reminderDaysBeforeDue: 7,
          overdueEscalationDays: 14,
          directorSlaHours: 1,
          open: true,
        },
        admin,
      ),
    );
    this.programmeId = programme.body.id;
    const users = await expectStatus(200, engine.request<Array<{ id: string; username: string }>>('GET', '/api/users', undefined, admin));
    this.reviewerId = users.body.find((user) => user.username === 'reviewer')?.id ?? '';
  }

  /** Starts a draft; the answer is returned as it came (the caller decides what a failure means). */
  async draft(engine: EngineProcess, owner = APPLICANTS[this.serial % APPLICANTS.length]): Promise<HttpAnswer<InstanceDto>> {
    const n = ++this.serial;
    const data = { title: `故障测试 ${n}`, organisation: `${owner} 社区组织`, amount: 1000 + n, programmeId: this.programmeId };
    return engine.request<InstanceDto>('POST', '/api/instances', { workflow: 'grant-approval', data }, await this.sessions.tokenOf(engine, owner));
  }

  async send(engine: EngineProcess, id: string, username: string, type: string, data: Record<string, unknown> = {}): Promise<HttpAnswer<InstanceDto>> {
    return engine.request<InstanceDto>('POST', `/api/instances/${id}/events`, { type, data }, await this.sessions.tokenOf(engine, username));
  }

  /** Submitted, accepted and scored: the grant waits for the director with its SLA timer running. */
  async toDirector(engine: EngineProcess): Promise<string> {
    const draft = await expectStatus(201, this.draft(engine, 'applicant'));
    const id = draft.body.id;
    await expectStatus(200, this.send(engine, id, 'applicant', 'SUBMIT'));
    await expectStatus(200, this.send(engine, id, 'staff', 'ACCEPT', { reviewerIds: [this.reviewerId] }));
    const scored = await expectStatus(200, this.send(engine, id, 'reviewer', 'SCORE', { score: 80, comment: '可行' }));
    if (scored.body.state !== 'decision.director') throw new Error(`expected decision.director, got ${scored.body.state}`);
    return id;
  }

  /**
   * One applicant's story, step by step, each answer reported: draft, two edits, submission. Stops at
   * the first step not answered with success (the engine may be gone).
   */
  async story(engine: EngineProcess, report: (step: Step) => void, keepGoing: () => boolean): Promise<void> {
    if (!keepGoing()) return;
    const owner = APPLICANTS[this.serial % APPLICANTS.length];
    // The runtime records a start under the event name 'start'.
    const started = await attempt('start', () => this.draft(engine, owner));
    report(started);
    if (!started.ack) return;
    const id = started.ack.instanceId;
    for (const [type, data] of [
      ['UPDATE_DRAFT', { summary: 'first edit' }],
      ['UPDATE_DRAFT', { summary: 'second edit' }],
      ['SUBMIT', {}],
    ] as const) {
      if (!keepGoing()) return;
      const step = await attempt(type, () => this.send(engine, id, owner, type, data));
      report(step);
      if (!step.ack) return;
    }
  }
}

/** One request of a story: acknowledged (with where it landed) or how it failed. */
export interface Step {
  event: string;
  ack: Acknowledged | null;
  /** HTTP status, or the network error's name when there was no answer. */
  outcome: string;
  ms: number;
}

async function attempt(event: string, call: () => Promise<HttpAnswer<InstanceDto>>): Promise<Step> {
  const started = Date.now();
  try {
    const answer = await call();
    const ok = answer.status === 200 || answer.status === 201;
    return {
      event,
      ack: ok ? { instanceId: answer.body.id, revision: answer.body.revision, event } : null,
      outcome: String(answer.status),
      ms: answer.ms,
    };
  } catch (error) {
    // Read by shape: fetch's errors come from another realm than jest's `Error`.
    const failure = error as { name?: string; cause?: { code?: string } };
    return { event, ack: null, outcome: failure.cause?.code ?? failure.name ?? 'error', ms: Date.now() - started };
  }
}

export async function expectStatus<T>(status: number, pending: Promise<HttpAnswer<T>>): Promise<HttpAnswer<T>> {
  const answer = await pending;
  if (answer.status !== status) throw new Error(`expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer;
}
