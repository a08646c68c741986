import type { AnyMachineSnapshot } from 'xstate';

import type { EventActor } from '@yilin/contracts';
import { reasonCodes } from '@yilin/workflow-common';
import { exploreLiveness } from '@yilin/workflow-common/testing';

import { enterpriseRegistrationDefinition } from './enterprise-registration.definition';
import { type RegistrationRefusal, registrationRefusalCatalogue } from './enterprise-registration.refusals';
import type { RegistrationContext, RegistrationEvent, RegistrationInput } from './enterprise-registration.types';

const T0 = '2026-09-28T01:00:00.000Z';
const FAR_FUTURE = '2027-06-01T00:00:00.000Z';
const NAME = '黉门宜邻居民服务有限公司';
const REQUIRED = ['charter', 'id-copy', 'lease'];

const actor = (id: string, ...roles: EventActor['roles']): EventActor => ({ id, username: id, roles });
const SYSTEM: EventActor = { id: 'system', username: 'system', roles: [], system: true };
const founder = actor('f1', 'applicant');
const agent = actor('s1', 'staff');
const officer = actor('s2', 'staff');
const councillor = actor('c1', 'council');

function input(filedBy: 'founder' | 'staff', materials: string[]): RegistrationInput {
  return {
    instanceId: `er-${filedBy}`,
    actor: filedBy === 'staff' ? agent : founder,
    at: T0,
    data: {
      enterpriseName: NAME,
      founder: { name: '张三' },
      addresses: [{ address: '玉林街道黉门街1号' }],
      businessScope: '社区居民服务',
      materials,
      ...(filedBy === 'staff' ? { onBehalfOf: { founderUserId: founder.id } } : {}),
      config: {
        deadlineWorkingDays: 5,
        calendar: { holidays: [], makeUpWorkingDays: [] },
        requiredMaterials: REQUIRED,
        certification: { distributionCapPercent: 35 },
      },
    },
  };
}

const ev = (type: RegistrationEvent['type'], data: Record<string, unknown>, by: EventActor, at = T0) =>
  ({ type, data, actor: by, at }) as RegistrationEvent;

// Every role's events, with partial and complete notices and supplies, and data each guard refuses.
const EVENTS: RegistrationEvent[] = [
  ev('CONFIRM', {}, founder),
  ev('COMPLETE', {}, officer),
  ev('NOTIFY_MISSING', { items: ['lease'] }, officer),
  ev('NOTIFY_MISSING', { items: ['lease', 'id-copy'] }, officer),
  ev('NOTIFY_MISSING', { items: ['lease', 'id-copy', 'seal'] }, officer),
  ev('NOTIFY_MISSING', { items: ['lease', 'lease'] }, officer),
  ev('SUPPLY_MATERIALS', { materials: ['lease'] }, founder),
  ev('SUPPLY_MATERIALS', { materials: ['lease', 'id-copy'] }, founder),
  ev('SUPPLY_MATERIALS', { materials: [' '] }, founder),
  ev('SUPPLY_MATERIALS', { materials: ['lease'] }, agent),
  ev('NAME_CLEARED', {}, SYSTEM),
  ev('NAME_TAKEN', { conflicts: [{ name: NAME, registrationNo: '91510107MA0000001X' }] }, SYSTEM),
  ev('RENAME', { name: '黉门宜邻社区服务有限公司' }, founder),
  ev('RENAME', { name: NAME }, founder),
  ev('ADDRESSES_CLEARED', { sharedWith: [] }, SYSTEM),
  ev('ADDRESSES_REFUSED', { problems: [{ address: '玉林街道黉门街1号', reason: '非商业用房' }] }, SYSTEM),
  ev('AMEND_ADDRESSES', { addresses: [{ address: '玉林街道黉门街2号' }] }, founder),
  ev('AMEND_ADDRESSES', { addresses: [] }, founder),
  ev('APPROVE', {}, officer),
  ev('APPROVE', {}, agent),
  ev('REFUSE', { reason: '经营范围不符合社会企业定位' }, officer),
  ev('REFUSE', { reason: ' ' }, officer),
  ev('WITHDRAW', {}, founder),
  ev('LICENCE_ISSUED', { registrationNo: '91510107MA6XYZ1234' }, SYSTEM),
  ev('LICENCE_ISSUED', { registrationNo: '' }, SYSTEM),
  ev('DEADLINE_BREACHED', {}, SYSTEM, FAR_FUTURE),
  ev('DEADLINE_BREACHED', {}, SYSTEM),
  ev('APPLY_CERTIFICATION', { socialGoalFirst: true, profitReinvestedPercent: 70, distributionPercent: 30 }, founder),
  ev('APPLY_CERTIFICATION', { socialGoalFirst: true, profitReinvestedPercent: 55, distributionPercent: 40 }, founder),
  ev('APPLY_CERTIFICATION', { socialGoalFirst: true, profitReinvestedPercent: 70, distributionPercent: 70 }, founder),
  ev('ASSESS', { meetsCriteria: true }, councillor),
  ev('ASSESS', { meetsCriteria: false }, officer),
  ev('CERTIFY', {}, councillor),
  ev('DECLINE_CERTIFICATION', { reason: '利润分配比例超过上限' }, councillor),
  ev('DECLINE_CERTIFICATION', { reason: '' }, councillor),
  ev('CLOSE', {}, founder),
];

/** The founder hands in what the latest notice asks for, nothing it did not mention. */
function considers(snapshot: AnyMachineSnapshot, event: { type: string; data: object }): boolean {
  if (event.type !== 'SUPPLY_MATERIALS') return true;
  const asked = (snapshot.context as RegistrationContext).notices.at(-1)?.items ?? [];
  const supplied = (event.data as { materials: string[] }).materials;
  return supplied.every((item) => asked.includes(item) || !REQUIRED.includes(item));
}

const cap = (count: number) => Math.min(count, 2);

function key(snapshot: AnyMachineSnapshot): string {
  const c = snapshot.context as RegistrationContext;
  if (snapshot.status === 'done') return JSON.stringify(snapshot.value);
  return JSON.stringify({
    value: snapshot.value,
    materials: [...c.filing.materials].sort(),
    notices: cap(c.notices.length),
    firstNotice: c.notices[0]?.items ?? null,
    renamed: c.filing.enterpriseName !== NAME,
    breached: c.deadlineBreached,
    confirmed: Boolean(c.confirmedAt),
    application: c.certification ? [c.certification.application.profitReinvestedPercent, c.certification.application.distributionPercent] : null,
    assessments: c.certification?.assessments.map((a) => `${a.by}:${a.meetsCriteria}`).sort() ?? null,
    declinedBefore: cap(c.certificationHistory.length),
  });
}

// Rules the event's senders already satisfy; they stay for a sender the policy lets through (the engine).
const GUARDED_BY_POLICY: RegistrationRefusal[] = ['NOT_FOUNDER', 'NOT_FOUNDER_SIDE_OR_STAFF', 'NOT_STAFF'];

describe('enterprise registration liveness', () => {
  const reports = [
    exploreLiveness({ definition: enterpriseRegistrationDefinition, input: input('founder', ['charter']), events: EVENTS, key, considers }),
    exploreLiveness({ definition: enterpriseRegistrationDefinition, input: input('staff', REQUIRED), events: EVENTS, key, considers }),
  ];

  it('reaches a final state from every reachable state, notices partial or complete', () => {
    for (const report of reports) {
      expect(report.states).toBeGreaterThan(50);
      expect(report.deadEnds.slice(0, 3)).toEqual([]);
    }
  });

  it('offers nobody an event their every datum would be refused', () => {
    for (const report of reports) expect(report.emptyOffers.slice(0, 3)).toEqual([]);
  });

  it('gives a reason exactly when the machine refuses, and every reason somewhere', () => {
    for (const report of reports) expect(report.disagreements.slice(0, 3)).toEqual([]);
    const given = new Set(reports.flatMap((report) => [...report.reasonsGiven]));
    const expected = reasonCodes(registrationRefusalCatalogue).filter((reason) => !GUARDED_BY_POLICY.includes(reason));
    expect(expected.filter((reason) => !given.has(reason))).toEqual([]);
  });
});
