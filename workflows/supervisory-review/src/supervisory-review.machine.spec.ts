import { type AnyMachineSnapshot, initialTransition, transition } from 'xstate';
import { type AdjacencyMap, getAdjacencyMap, getShortestPaths } from 'xstate/graph';

import type { EventActor, NotifyParams, SignalParams } from '@yilin/contracts';
import { markCovered, transitionKeys } from '@yilin/workflow-common/testing';

import { publicProgress } from './review-progress.util';
import { activeSuspension } from './supervisory-review.guards';
import { supervisoryReviewMachine as machine } from './supervisory-review.machine';
import type { ReviewContext, ReviewEvent, ReviewInput } from './supervisory-review.types';

const T0 = '2026-10-08T01:00:00.000Z';
const actor = (id: string, ...roles: EventActor['roles']): EventActor => ({ id, username: id, roles });
const SYSTEM: EventActor = { id: 'system', username: 'system', roles: [], system: true };
const chair = actor('sup1', 'supervisor');
const investigator = actor('sup2', 'supervisor');
const grantee = actor('applicant-42', 'applicant');
const stranger = actor('applicant-99', 'applicant');
const secretariat = actor('s1', 'staff');

type Scenario = 'public-grant' | 'risk-rule-registration' | 'anonymous';
const SCENARIOS: Scenario[] = ['public-grant', 'risk-rule-registration', 'anonymous'];

function input(scenario: Scenario): ReviewInput {
  const base = { instanceId: `sr-${scenario}`, at: T0, actor: SYSTEM };
  switch (scenario) {
    case 'public-grant':
      return {
        ...base,
        data: {
          source: 'public',
          trackingCode: 'JD-7Q2K-9XRM',
          description: '我是李四，电话13800138000，反映项目经费去向不明',
          category: 'funds',
          anonymous: false,
          contactName: '李四',
          contactMobile: '13800138000',
          subject: { workflow: 'grant-approval', instanceId: 'grant-1', ownerId: grantee.id },
        },
      };
    case 'risk-rule-registration':
      return {
        ...base,
        data: {
          source: 'risk-rule',
          trackingCode: 'JD-RISK-0001',
          rule: 'green-channel-deadline',
          description: '绿色通道登记超过承诺时限',
          subject: { workflow: 'enterprise-registration', instanceId: 'er-1', ownerId: 'f1' },
          deadlineAt: '2026-10-13T16:00:00.000Z',
        },
      };
    case 'anonymous':
      return { ...base, data: { source: 'public', trackingCode: 'JD-ANON-0002', description: '社区活动未按公示开展' } };
  }
}

type Ev = ReviewEvent;
const ev = (type: Ev['type'], data: Record<string, unknown>, by: EventActor) =>
  ({ type, data, actor: by, at: T0 }) as Ev;

const EVENTS: Ev[] = [
  ev('ACCEPT', {}, chair),
  ev('DISMISS', { reason: '不属于本基金会监督范围' }, chair),
  ev('DISMISS', { reason: '已转李四本人处理' }, chair),
  ev('ASSIGN', { supervisorId: investigator.id }, chair),
  ev('ASSIGN', { supervisorId: '' }, chair),
  ev('REQUEST_INFO', { questions: ['请说明第二笔经费的去向'] }, investigator),
  ev('REQUEST_INFO', { questions: ['?'] }, chair),
  ev('PROVIDE_INFO', { answer: '用于购买活动物资，附发票' }, grantee),
  ev('PROVIDE_INFO', { answer: '不是我' }, stranger),
  ev('SUSPEND_SUBJECT', { reason: '经费去向待查' }, investigator),
  ev('RESUME_SUBJECT', { reason: '情况已说明' }, investigator),
  ev('FINDINGS', { outcome: 'no-issue', summary: '经费使用合规' }, investigator),
  ev('FINDINGS', { outcome: 'issue', riskLevel: 'high', summary: '经费挪用' }, investigator),
  ev('FINDINGS', { outcome: 'issue', summary: '无风险等级' }, investigator),
  ev('ORDER_RECTIFICATION', { requirements: '退回挪用资金并补充公示', dueAt: '2026-11-30T16:00:00.000Z' }, investigator),
  ev('RECTIFY', { response: '已退回并公示' }, grantee),
  ev('RECTIFY', { response: '秘书处已完成整改' }, secretariat),
  ev('VERIFY', { accepted: true, comment: '核实无误' }, investigator),
  ev('VERIFY', { accepted: false, comment: '公示不完整' }, investigator),
  ev('PUBLISH', { publicSummary: '经核查，项目经费使用存在不规范问题，已整改并补充公示。' }, chair),
  ev('PUBLISH', { publicSummary: '感谢李四（13800138000）的反映' }, chair),
];

function serialize(snapshot: AnyMachineSnapshot): string {
  const context = snapshot.context as ReviewContext;
  return JSON.stringify({
    value: snapshot.value,
    status: snapshot.status,
    assignee: context.assignee,
    suspended: activeSuspension(context) !== null,
    suspendedBefore: context.suspensions.length > 0,
    outcome: context.findings?.outcome ?? null,
  });
}

interface Edge {
  events: Ev[];
  event: Ev;
}

function edgesOf(scenario: Scenario): Edge[] {
  const options = { events: EVENTS, input: input(scenario), serializeState: serialize };
  const shortest = new Map(
    getShortestPaths(machine, options).map((path) => [
      serialize(path.state),
      path.steps.map((step) => step.event).filter((event) => !event.type.startsWith('xstate.')),
    ]),
  );
  const adjacency: AdjacencyMap<AnyMachineSnapshot, Ev> = getAdjacencyMap(machine, options);
  type Next = { event: Ev; state: AnyMachineSnapshot };
  const edges: Edge[] = [];
  for (const [key, { state, transitions }] of Object.entries(adjacency)) {
    for (const { event, state: next } of Object.values(transitions) as Next[]) {
      if (next !== state) edges.push({ events: shortest.get(key) ?? [], event });
    }
  }
  return edges;
}

type Action = { type: string; params?: unknown };

/** Replays a path as the engine would, collecting effects and checking invariants after every step. */
class Replay {
  snapshot: AnyMachineSnapshot;
  now = T0;
  effects: Action[] = [];

  constructor(
    readonly scenario: Scenario,
    private readonly onStep: (prev: AnyMachineSnapshot, event: Ev, next: AnyMachineSnapshot) => void = () => undefined,
  ) {
    const [snapshot, actions] = initialTransition(machine, input(scenario));
    this.snapshot = snapshot;
    this.record(actions as Action[]);
    this.checkInvariants();
  }

  get context(): ReviewContext {
    return this.snapshot.context as ReviewContext;
  }

  clone(): Replay {
    const copy = Object.create(Replay.prototype) as Replay;
    return Object.assign(copy, this, { effects: [...this.effects] });
  }

  play(event: Ev): void {
    this.now = new Date(Date.parse(this.now) + 5 * 3_600_000).toISOString();
    const prev = this.snapshot;
    const [next, actions] = transition(machine, prev, { ...event, at: this.now } as Ev);
    if (next === prev) throw new Error(`${event.type} refused in ${JSON.stringify(prev.value)}`);
    this.snapshot = next;
    this.record(actions as Action[]);
    this.onStep(prev, event, next);
    this.checkInvariants();
  }

  private record(actions: Action[]): void {
    for (const action of actions) {
      if (!action.type.startsWith('xstate.')) this.effects.push({ type: action.type, params: action.params });
    }
  }

  signals(type: string): SignalParams[] {
    return this.effects
      .filter((effect) => effect.type === 'signal')
      .map((effect) => effect.params as SignalParams)
      .filter((signal) => signal.event.type === type);
  }

  notices(template: string): NotifyParams[] {
    return this.effects
      .filter((effect) => effect.type === 'notify')
      .map((effect) => effect.params as NotifyParams)
      .filter((notice) => notice.template === template);
  }

  checkInvariants(): void {
    const { context, snapshot } = this;
    const suspends = this.signals('SUSPEND');
    const resumes = this.signals('RESUME');
    // Suspensions reach only a grant, and every one is lifted by the time the review concludes.
    for (const signal of [...suspends, ...resumes]) {
      expect(context.subject?.workflow).toBe('grant-approval');
      expect(signal.instanceId).toBe(context.subject?.instanceId);
      expect(signal.event.data).toMatchObject({ reviewId: context.reviewId });
    }
    expect(suspends.length - resumes.length).toBe(activeSuspension(context) ? 1 : 0);
    if (snapshot.matches('concluded') || snapshot.status === 'done') expect(resumes).toHaveLength(suspends.length);

    // Nothing personal on the public side.
    const privateValues = [
      ...Object.values(context.contact ?? {}),
      context.description,
      context.subject?.ownerId,
      context.subject?.instanceId,
      context.assignee,
    ].filter((value): value is string => Boolean(value));
    const shown = JSON.stringify(publicProgress(context));
    for (const value of privateValues) expect(shown).not.toContain(value);
    if (context.disclosure) {
      const disclosed = JSON.stringify(context.disclosure);
      for (const value of privateValues) expect(disclosed).not.toContain(value);
      expect(Object.keys(context.disclosure).sort()).toEqual(['outcome', 'publishedAt', 'riskLevel', 'summary']);
    }

    // Progress only moves forward in time and ends where the review ended.
    const times = context.progress.map((entry) => entry.at);
    expect([...times].sort()).toEqual(times);
    if (snapshot.matches('closed')) expect(context.progress.at(-1)?.state).toBe('closed');
    if (snapshot.matches('dismissed')) expect(context.progress.at(-1)).toMatchObject({ state: 'dismissed' });

    // Supervisors hear of every new review; the filer hears outcomes only when they left a way to reach them.
    expect(this.notices('supervisory-review.raised')).toEqual([
      expect.objectContaining({ to: { roles: ['supervisor'] } }),
    ]);
    const toFiler = [...this.notices('supervisory-review.outcome'), ...this.notices('supervisory-review.dismissed')];
    expect(toFiler).toHaveLength(context.contact && snapshot.status === 'done' ? 1 : 0);
    if (context.findings?.outcome === 'issue') expect(context.findings.riskLevel).not.toBeNull();
  }
}

function walkEdges(edges: Edge[], start: () => Replay): void {
  const prefixes = new Map<string, Replay>();
  const replayOf = (events: Ev[]): Replay => {
    const key = JSON.stringify(events.map((event) => [event.type, event.data, event.actor.id]));
    let replay = prefixes.get(key);
    if (!replay) {
      replay = events.length ? replayOf(events.slice(0, -1)).clone() : start();
      if (events.length) replay.play(events[events.length - 1]);
      prefixes.set(key, replay);
    }
    return replay;
  };
  for (const edge of edges) replayOf(edge.events).clone().play(edge.event);
}



describe('supervisory-review machine (model-based)', () => {
  const covered = new Set<string>();

  it.each(SCENARIOS)('walks every transition raised as %s with the invariants holding', (scenario) => {
    const edges = edgesOf(scenario);
    expect(edges.length).toBeGreaterThan(8);
    walkEdges(edges, () => new Replay(scenario, (prev, event, next) => markCovered(machine, covered, prev, event, next)));
  });

  it('covers every transition of the statechart', () => {
    expect(transitionKeys(machine).filter((key) => !covered.has(key))).toEqual([]);
  });
});

describe('supervisory-review machine (scenarios)', () => {
  const play = (replay: Replay, events: Ev[]) => events.forEach((event) => replay.play(event));

  it('suspends the grant during the investigation and resumes it when the rectification is verified', () => {
    const replay = new Replay('public-grant');
    play(replay, [
      ev('ACCEPT', {}, chair),
      ev('ASSIGN', { supervisorId: investigator.id }, chair),
      ev('SUSPEND_SUBJECT', { reason: '经费去向待查' }, investigator),
      ev('REQUEST_INFO', { questions: ['请说明第二笔经费的去向'] }, investigator),
    ]);
    expect(replay.snapshot.value).toEqual({ investigation: 'awaitingInformation' });
    expect(replay.signals('SUSPEND')).toEqual([
      { instanceId: 'grant-1', event: { type: 'SUSPEND', data: { reviewId: 'sr-public-grant', reason: '经费去向待查' } } },
    ]);
    expect(replay.notices('supervisory-review.info-requested')[0].to).toEqual({ userIds: [grantee.id] });
    expect(() => replay.play(ev('PROVIDE_INFO', { answer: 'x' }, stranger))).toThrow(/refused/);
    play(replay, [
      ev('PROVIDE_INFO', { answer: '用于购买活动物资' }, grantee),
      ev('FINDINGS', { outcome: 'issue', riskLevel: 'medium', summary: '票据不全' }, investigator),
      ev('ORDER_RECTIFICATION', { requirements: '补齐票据' }, investigator),
      ev('RECTIFY', { response: '已补齐' }, grantee),
      ev('VERIFY', { accepted: false, comment: '仍缺一张' }, investigator),
      ev('RECTIFY', { response: '全部补齐' }, grantee),
      ev('VERIFY', { accepted: true, comment: '核实无误' }, investigator),
    ]);
    expect(replay.snapshot.value).toBe('concluded');
    expect(replay.signals('RESUME')).toEqual([
      { instanceId: 'grant-1', event: { type: 'RESUME', data: { reviewId: 'sr-public-grant' } } },
    ]);
    expect(() => replay.play(ev('PUBLISH', { publicSummary: '感谢李四的反映' }, chair))).toThrow(/refused/);
    replay.play(ev('PUBLISH', { publicSummary: '项目票据不全，已整改。' }, chair));
    expect(replay.snapshot.status).toBe('done');
    expect(replay.context.disclosure).toEqual({
      summary: '项目票据不全，已整改。',
      riskLevel: 'medium',
      outcome: 'issue',
      publishedAt: replay.now,
    });
    expect(replay.notices('supervisory-review.outcome')[0]).toMatchObject({
      to: {},
      data: { trackingCode: 'JD-7Q2K-9XRM', contact: { name: '李四', phone: '13800138000' } },
    });
    expect(publicProgress(replay.context).entries.map((entry) => entry.state)).toEqual([
      'triage',
      'investigation',
      'rectification',
      'concluded',
      'closed',
    ]);
  });

  it('refuses to suspend anything but a grant, and to ask an absent subject', () => {
    const registration = new Replay('risk-rule-registration');
    play(registration, [ev('ACCEPT', {}, chair), ev('ASSIGN', { supervisorId: investigator.id }, chair)]);
    expect(() => registration.play(ev('SUSPEND_SUBJECT', { reason: 'x' }, investigator))).toThrow(/refused/);
    expect(registration.context.details).toEqual({ deadlineAt: '2026-10-13T16:00:00.000Z' });

    const anonymous = new Replay('anonymous');
    play(anonymous, [ev('ACCEPT', {}, chair), ev('ASSIGN', { supervisorId: investigator.id }, chair)]);
    expect(() => anonymous.play(ev('REQUEST_INFO', { questions: ['?'] }, investigator))).toThrow(/refused/);
    expect(anonymous.context.contact).toBeNull();
  });

  it('dismisses with a reason the filer sees by tracking code', () => {
    const replay = new Replay('public-grant');
    replay.play(ev('DISMISS', { reason: '不属于本基金会监督范围' }, chair));
    expect(replay.snapshot.value).toBe('dismissed');
    expect(publicProgress(replay.context).entries.at(-1)).toMatchObject({
      state: 'dismissed',
      detail: '不属于本基金会监督范围',
    });
  });

  it('keeps the investigation where it is when it is reassigned', () => {
    const replay = new Replay('public-grant');
    play(replay, [
      ev('ACCEPT', {}, chair),
      ev('ASSIGN', { supervisorId: investigator.id }, chair),
      ev('REQUEST_INFO', { questions: ['?'] }, investigator),
      ev('ASSIGN', { supervisorId: chair.id }, chair),
    ]);
    expect(replay.snapshot.value).toEqual({ investigation: 'awaitingInformation' });
    expect(replay.context.assignee).toBe(chair.id);
    expect(replay.notices('supervisory-review.assigned').map((notice) => notice.to)).toEqual([
      { userIds: [investigator.id] },
      { userIds: [chair.id] },
    ]);
  });
});
