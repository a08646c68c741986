import { type AnyMachineSnapshot, initialTransition, transition } from 'xstate';
import { type AdjacencyMap, getAdjacencyMap, getShortestPaths } from 'xstate/graph';

import type { EventActor, StartInstanceParams, StartTimerParams } from '@yilin/contracts';
import { SYSTEM_ACTOR } from '@yilin/runtime';
import { type WorkingCalendar, workingDaysBetween } from '@yilin/workflow-common';
import { markCovered, transitionKeys } from '@yilin/workflow-common/testing';

import { DEADLINE_TIMER, enterpriseRegistrationMachine as machine } from './enterprise-registration.machine';
import type { RegistrationContext, RegistrationEvent, RegistrationInput } from './enterprise-registration.types';
import { workingDaysSpent } from './registration-deadline.util';

const CALENDAR: WorkingCalendar = {
  holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
  makeUpWorkingDays: ['2026-09-20', '2026-10-10'],
};
const ALLOWANCE = 5;
const T0 = '2026-09-28T01:00:00.000Z'; // Monday 09:00 in Chengdu, the week before the golden week
const FAR_FUTURE = '2027-06-01T00:00:00.000Z';

const actor = (id: string, ...roles: EventActor['roles']): EventActor => ({ id, username: id, roles });
const founder = actor('f1', 'applicant');
const agent = actor('s1', 'staff');
const officer = actor('s2', 'staff');
const councillor = actor('c1', 'council');
const stranger = actor('a9', 'applicant');

function input(filedBy: 'founder' | 'staff'): RegistrationInput {
  return {
    instanceId: `er-${filedBy}`,
    actor: filedBy === 'staff' ? agent : founder,
    at: T0,
    data: {
      enterpriseName: '黉门宜邻居民服务有限公司',
      founder: { name: '张三' },
      addresses: [{ address: '玉林街道黉门街1号' }, { address: '玉林街道黉门街9号', kind: 'business' }],
      businessScope: '社区居民服务',
      // The online filing forgets the lease; the window's filing is complete.
      materials: filedBy === 'staff' ? ['charter', 'id-copy', 'lease'] : ['charter', 'id-copy'],
      ...(filedBy === 'staff' ? { onBehalfOf: { founderUserId: founder.id } } : {}),
      config: {
        deadlineWorkingDays: ALLOWANCE,
        calendar: CALENDAR,
        requiredMaterials: ['charter', 'id-copy', 'lease'],
        certification: { distributionCapPercent: 35 },
      },
    },
  };
}

type Ev = RegistrationEvent;
const ev = (type: Ev['type'], data: Record<string, unknown>, by: EventActor, at = T0) =>
  ({ type, data, actor: by, at }) as Ev;

// Concrete events for every type, including ones the guards must refuse.
const EVENTS: Ev[] = [
  ev('CONFIRM', {}, founder),
  ev('CONFIRM', {}, stranger),
  ev('COMPLETE', {}, officer),
  ev('NOTIFY_MISSING', { items: ['lease'] }, officer),
  ev('NOTIFY_MISSING', { items: [] }, officer),
  ev('SUPPLY_MATERIALS', { materials: ['lease'] }, founder),
  ev('SUPPLY_MATERIALS', { materials: ['lease'] }, stranger),
  ev('NAME_CLEARED', {}, SYSTEM_ACTOR),
  ev('NAME_TAKEN', { conflicts: [{ name: '黉门宜邻居民服务有限公司', registrationNo: '91510107MA0000001X' }] }, SYSTEM_ACTOR),
  ev('RENAME', { name: '黉门宜邻社区服务有限公司' }, founder),
  ev('ADDRESSES_CLEARED', { sharedWith: [{ address: '玉林街道黉门街1号', enterprises: ['91510107MA0000002X'] }] }, SYSTEM_ACTOR),
  ev('ADDRESSES_REFUSED', { problems: [{ address: '玉林街道黉门街9号', reason: '非商业用房' }] }, SYSTEM_ACTOR),
  ev('AMEND_ADDRESSES', { addresses: [{ address: '玉林街道黉门街1号' }] }, founder),
  ev('APPROVE', {}, officer),
  ev('APPROVE', {}, agent),
  ev('REFUSE', { reason: '经营范围不符合社会企业定位' }, officer),
  ev('REFUSE', { reason: '' }, officer),
  ev('WITHDRAW', {}, founder),
  ev('LICENCE_ISSUED', { registrationNo: '91510107MA6XYZ1234' }, SYSTEM_ACTOR),
  ev('DEADLINE_BREACHED', {}, SYSTEM_ACTOR, FAR_FUTURE),
  ev('APPLY_CERTIFICATION', { socialGoalFirst: true, profitReinvestedPercent: 70, distributionPercent: 30 }, founder),
  ev('APPLY_CERTIFICATION', { socialGoalFirst: true, profitReinvestedPercent: 50, distributionPercent: 50 }, founder),
  ev('ASSESS', { meetsCriteria: true }, councillor),
  ev('ASSESS', { meetsCriteria: false }, officer),
  ev('CERTIFY', {}, councillor),
  ev('DECLINE_CERTIFICATION', { reason: '利润分配比例超过上限' }, councillor),
  ev('CLOSE', {}, founder),
];

// What matters for behaviour; timestamps and histories would make the graph infinite.
function serialize(snapshot: AnyMachineSnapshot): string {
  const context = snapshot.context as RegistrationContext;
  return JSON.stringify({
    value: snapshot.value,
    status: snapshot.status,
    materials: context.filing.materials.length,
    noticed: context.notices.length > 0,
    renamed: context.filing.enterpriseName !== '黉门宜邻居民服务有限公司',
    breached: context.deadlineBreached,
    application: context.certification?.application.distributionPercent ?? null,
    assessments: context.certification?.assessments.map((a) => `${a.by}:${a.meetsCriteria}`).sort() ?? null,
    declinedBefore: context.certificationHistory.length > 0,
  });
}

interface Edge {
  from: AnyMachineSnapshot;
  events: Ev[];
  event: Ev;
}

/** Every accepted (state, event) edge of the graph, with the shortest event path reaching its source. */
function edgesOf(filedBy: 'founder' | 'staff'): Edge[] {
  const options = { events: EVENTS, input: input(filedBy), serializeState: serialize };
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
      if (next === state) continue;
      edges.push({ from: state, events: shortest.get(key) ?? [], event });
    }
  }
  return edges;
}

interface Timer {
  at: string;
  type: string;
}

/** A little engine: applies timers like the runtime (a started name replaces, done cancels all), checks invariants. */
class Replay {
  snapshot: AnyMachineSnapshot;
  now: string;
  timers = new Map<string, Timer>();
  reviews: StartInstanceParams[] = [];
  effects: Array<{ type: string; params?: unknown }> = [];

  constructor(
    filedBy: 'founder' | 'staff',
    private readonly stepMs: number,
    private readonly onStep: (prev: AnyMachineSnapshot, event: Ev, next: AnyMachineSnapshot) => void = () => undefined,
  ) {
    const start = input(filedBy);
    this.now = start.at;
    const [snapshot, actions] = initialTransition(machine, start);
    this.snapshot = snapshot;
    this.apply(actions as Array<{ type: string; params?: unknown }>);
  }

  clone(): Replay {
    const copy = Object.create(Replay.prototype) as Replay;
    Object.assign(copy, this, {
      timers: new Map(this.timers),
      reviews: [...this.reviews],
      effects: [...this.effects],
    });
    return copy;
  }

  get context(): RegistrationContext {
    return this.snapshot.context as RegistrationContext;
  }

  /** Sends a path event; the deadline event stands for "time passes until the timer fires". */
  play(event: Ev): void {
    if (event.type === 'DEADLINE_BREACHED') {
      const timer = this.timers.get(DEADLINE_TIMER);
      if (!timer) {
        // Already fired while time passed (slow replay); the graph's breach is behind us.
        expect(this.context.deadlineBreached).toBe(true);
        return;
      }
      this.now = timer.at;
      this.fireDue();
      return;
    }
    this.now = new Date(Date.parse(this.now) + this.stepMs).toISOString();
    this.fireDue();
    this.send({ ...event, at: this.now } as Ev);
  }

  private fireDue(): void {
    for (const [name, timer] of [...this.timers]) {
      if (Date.parse(timer.at) > Date.parse(this.now)) continue;
      this.timers.delete(name);
      const event = { type: timer.type, data: {}, actor: SYSTEM_ACTOR, at: this.now } as Ev;
      // The runtime skips a timer whose event the state no longer takes.
      this.send(event, true);
    }
  }

  private send(event: Ev, mayBeRefused = false): void {
    const prev = this.snapshot;
    const [next, actions] = transition(machine, prev, event);
    if (next === prev) {
      if (!mayBeRefused) throw new Error(`${event.type} refused in ${JSON.stringify(prev.value)}`);
      return;
    }
    this.snapshot = next;
    this.apply(actions as Array<{ type: string; params?: unknown }>);
    this.onStep(prev, event, next);
    this.checkInvariants();
  }

  private apply(actions: Array<{ type: string; params?: unknown }>): void {
    const started: StartTimerParams[] = [];
    for (const action of actions) {
      if (action.type.startsWith('xstate.')) continue;
      this.effects.push({ type: action.type, params: action.params });
      if (action.type === 'startTimer') started.push(action.params as StartTimerParams);
      if (action.type === 'cancelTimer') this.timers.delete((action.params as { name: string }).name);
      if (action.type === 'startInstance') this.reviews.push(action.params as StartInstanceParams);
    }
    for (const timer of started) this.timers.set(timer.name, { at: timer.at, type: timer.event.type });
    if (this.snapshot.status === 'done') this.timers.clear();
  }

  checkInvariants(): void {
    const { snapshot, context } = this;
    const running = snapshot.matches('processing') && !snapshot.hasTag('clockStopped');
    const deadline = this.timers.get(DEADLINE_TIMER);
    // The clock runs exactly while the window holds the file.
    expect(context.clockStartedAt !== null).toBe(running);
    if (!running) expect(deadline).toBeUndefined();
    if (running && !context.deadlineBreached) {
      expect(deadline).toEqual({ at: context.deadlineAt, type: 'DEADLINE_BREACHED' });
    }
    // No day beyond the allowance goes unnoticed.
    if (!context.deadlineBreached) {
      expect(workingDaysSpent(context, this.now, CALENDAR)).toBeLessThanOrEqual(ALLOWANCE);
    }
    // A breach raises exactly one supervisory review, about this filing.
    expect(this.reviews).toHaveLength(context.deadlineBreached ? 1 : 0);
    for (const review of this.reviews) {
      expect(review).toMatchObject({
        workflow: 'supervisory-review',
        data: {
          source: 'risk-rule',
          rule: 'green-channel-deadline',
          subject: { workflow: 'enterprise-registration', instanceId: context.instanceId, ownerId: 'f1' },
        },
      });
    }
    // A filing made by the window counts only once the founder confirmed it.
    if (context.filedBy === 'staff' && !context.confirmedAt) expect(context.workingDaysUsed + (running ? 1 : 0)).toBe(0);
    if (snapshot.matches('registered') || snapshot.matches('certification') || snapshot.matches('certified')) {
      expect(context.registrationNo).toBeTruthy();
    }
  }
}


/** Plays every edge once, each from a shared replay of its source's shortest path. */
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

describe('enterprise-registration machine (model-based)', () => {
  const filings = ['founder', 'staff'] as const;
  const edges = Object.fromEntries(filings.map((filedBy) => [filedBy, edgesOf(filedBy)]));
  const covered = new Set<string>();

  describe.each(filings)('filed by %s', (filedBy) => {
    it('walks every transition with the invariants holding at each step (steps of a few hours)', () => {
      walkEdges(
        edges[filedBy],
        () => new Replay(filedBy, 3 * 3_600_000, (prev, event, next) => markCovered(machine, covered, prev, event, next)),
      );
      expect(edges[filedBy].length).toBeGreaterThan(30);
    });

    it('walks every transition with days passing, deadline timers firing on their own', () => {
      walkEdges(edges[filedBy], () => new Replay(filedBy, 40 * 3_600_000));
    });
  });

  it('covers every transition of the statechart', () => {
    expect(transitionKeys(machine).filter((key) => !covered.has(key))).toEqual([]);
  });
});

describe('enterprise-registration machine (scenarios)', () => {
  it('starts the clock for an online filing at once, and for a window filing when the founder confirms', () => {
    const online = new Replay('founder', 3_600_000);
    expect(online.snapshot.value).toEqual({ processing: 'precheck' });
    expect(online.context).toMatchObject({ filedBy: 'founder', founderUserId: 'f1', filedByStaffId: null });
    // Filed Mon Sep 28: Sep 29, 30, Oct 8, 9 and the make-up Saturday Oct 10.
    expect(online.context.deadlineAt).toBe('2026-10-10T16:00:00.000Z');

    const byWindow = new Replay('staff', 3_600_000);
    expect(byWindow.snapshot.value).toBe('awaitingConfirmation');
    expect(byWindow.context).toMatchObject({ filedBy: 'staff', founderUserId: 'f1', filedByStaffId: 's1' });
    expect(byWindow.timers.size).toBe(0);
    expect(byWindow.effects).toContainEqual(
      expect.objectContaining({ type: 'notify', params: expect.objectContaining({ to: { userIds: ['f1'] } }) }),
    );
    expect(() => byWindow.play(ev('CONFIRM', {}, agent))).toThrow(/refused/);
    byWindow.play(ev('CONFIRM', {}, founder));
    expect(byWindow.snapshot.value).toEqual({ processing: 'precheck' });
    expect(byWindow.timers.get(DEADLINE_TIMER)).toBeDefined();
  });

  it('stops the clock during correction and resumes it with the working days left', () => {
    const replay = new Replay('founder', 0);
    expect(() => replay.play(ev('COMPLETE', {}, officer))).toThrow(/refused/);
    replay.now = '2026-09-29T23:00:00.000Z'; // Wed Sep 30, 07:00 in Chengdu
    replay.play(ev('NOTIFY_MISSING', { items: ['lease'], note: '租赁合同' }, officer));
    expect(replay.context).toMatchObject({ clockStartedAt: null, workingDaysUsed: 2 });
    expect(replay.context.notices[0]).toMatchObject({ items: ['lease'], note: '租赁合同', by: 's2' });
    expect(replay.timers.size).toBe(0);

    replay.now = '2026-10-12T02:00:00.000Z'; // Mon Oct 12
    replay.play(ev('SUPPLY_MATERIALS', { materials: ['lease'] }, founder));
    // Three left after Oct 12: Oct 13, 14, 15.
    expect(replay.context.deadlineAt).toBe('2026-10-15T16:00:00.000Z');
    expect(replay.timers.get(DEADLINE_TIMER)?.at).toBe('2026-10-15T16:00:00.000Z');
    replay.play(ev('COMPLETE', {}, officer));
    expect(replay.effects).toContainEqual({
      type: 'checkName',
      params: { instanceId: 'er-founder', name: '黉门宜邻居民服务有限公司' },
    });
  });

  it('flags a breach, raises a review and carries on to registration', () => {
    const replay = new Replay('founder', 3_600_000);
    replay.play(ev('DEADLINE_BREACHED', {}, SYSTEM_ACTOR));
    expect(replay.context.deadlineBreached).toBe(true);
    expect(replay.snapshot.value).toEqual({ processing: 'precheck' });
    expect(replay.effects).toContainEqual(
      expect.objectContaining({ type: 'notify', params: expect.objectContaining({ to: { roles: ['supervisor', 'staff'] } }) }),
    );
    for (const event of [
      ev('SUPPLY_MATERIALS', { materials: ['lease'] }, founder),
      ev('NOTIFY_MISSING', { items: ['lease'] }, officer),
      ev('SUPPLY_MATERIALS', { materials: ['lease'] }, founder),
      ev('COMPLETE', {}, officer),
      ev('NAME_CLEARED', {}, SYSTEM_ACTOR),
      ev('ADDRESSES_CLEARED', { sharedWith: [{ address: '玉林街道黉门街1号', enterprises: ['A', 'B'] }] }, SYSTEM_ACTOR),
      ev('APPROVE', {}, officer),
      ev('LICENCE_ISSUED', { registrationNo: '91510107MA6XYZ1234' }, SYSTEM_ACTOR),
    ]) {
      if (event.type === 'SUPPLY_MATERIALS' && !replay.snapshot.matches('processing.correction')) continue;
      replay.play(event);
    }
    expect(replay.snapshot.value).toBe('registered');
    expect(replay.context.addressShares).toEqual([{ address: '玉林街道黉门街1号', enterprises: ['A', 'B'] }]);
    expect(replay.reviews).toHaveLength(1);
    expect(replay.timers.size).toBe(0);
  });

  it('certifies a qualifying enterprise and refers it to incubation', () => {
    const replay = new Replay('staff', 3_600_000);
    for (const event of [
      ev('CONFIRM', {}, founder),
      ev('COMPLETE', {}, officer),
      ev('NAME_CLEARED', {}, SYSTEM_ACTOR),
      ev('ADDRESSES_CLEARED', { sharedWith: [] }, SYSTEM_ACTOR),
      ev('APPROVE', {}, officer),
      ev('LICENCE_ISSUED', { registrationNo: 'REG-1' }, SYSTEM_ACTOR),
      ev('APPLY_CERTIFICATION', { socialGoalFirst: true, profitReinvestedPercent: 70, distributionPercent: 30 }, founder),
      ev('ASSESS', { meetsCriteria: true }, councillor),
      ev('CERTIFY', {}, councillor),
    ]) {
      replay.play(event);
    }
    expect(replay.snapshot.status).toBe('done');
    expect(replay.snapshot.value).toBe('certified');
    expect(replay.effects).toContainEqual({
      type: 'referToIncubation',
      params: { instanceId: 'er-staff', name: '黉门宜邻居民服务有限公司', registrationNo: 'REG-1' },
    });
    // The window that filed for the founder is told too.
    expect(replay.effects).toContainEqual(
      expect.objectContaining({ type: 'notify', params: expect.objectContaining({ template: 'enterprise-registration.certified', to: { userIds: ['f1', 's1'], roles: ['staff'] } }) }),
    );
  });

  it('flags a breach the timer has not reported yet when the clock stops past the deadline', () => {
    const replay = new Replay('founder', 0);
    replay.timers.clear(); // the timer is late (queue backlog)
    replay.now = '2026-10-13T02:00:00.000Z';
    replay.play(ev('NOTIFY_MISSING', { items: ['lease'] }, officer));
    expect(replay.context.deadlineBreached).toBe(true);
    expect(replay.context.workingDaysUsed).toBe(workingDaysBetween(T0, replay.now, CALENDAR));
    expect(replay.reviews).toHaveLength(1);
  });
});
