import type { AnyMachineSnapshot } from 'xstate';

import type { EventActor } from '@yilin/contracts';
import { reasonCodes } from '@yilin/workflow-common';
import { exploreLiveness } from '@yilin/workflow-common/testing';

import { activeSuspension } from './supervisory-review.guards';
import { supervisoryReviewDefinition } from './supervisory-review.definition';
import { type ReviewRefusal, reviewRefusalCatalogue } from './supervisory-review.refusals';
import type { ReviewContext, ReviewEvent, ReviewInput } from './supervisory-review.types';

const T0 = '2026-10-08T01:00:00.000Z';
const actor = (id: string, ...roles: EventActor['roles']): EventActor => ({ id, username: id, roles });
const SYSTEM: EventActor = { id: 'system', username: 'system', roles: [], system: true };
const chair = actor('sup1', 'supervisor');
const investigator = actor('sup2', 'supervisor');
const grantee = actor('applicant-42', 'applicant');
const secretariat = actor('s1', 'staff');

const base = { at: T0, actor: SYSTEM };
const INPUTS: ReviewInput[] = [
  {
    ...base,
    instanceId: 'sr-grant',
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
  },
  {
    ...base,
    instanceId: 'sr-registration',
    data: {
      source: 'risk-rule',
      trackingCode: 'JD-RISK-0001',
      rule: 'green-channel-deadline',
      description: '绿色通道登记超过承诺时限',
      subject: { workflow: 'enterprise-registration', instanceId: 'er-1', ownerId: 'f1' },
    },
  },
  { ...base, instanceId: 'sr-anonymous', data: { source: 'public', trackingCode: 'JD-ANON-0002', description: '社区活动未按公示开展' } },
];

const ev = (type: ReviewEvent['type'], data: Record<string, unknown>, by: EventActor) =>
  ({ type, data, actor: by, at: T0 }) as ReviewEvent;

// Every role's events, every suspend and resume, and data each guard refuses.
const EVENTS: ReviewEvent[] = [
  ev('ACCEPT', {}, chair),
  ev('DISMISS', { reason: '不属于本基金会监督范围' }, chair),
  ev('DISMISS', { reason: '已转李四本人处理' }, chair),
  ev('DISMISS', { reason: ' ' }, chair),
  ev('ASSIGN', { supervisorId: investigator.id }, chair),
  ev('ASSIGN', { supervisorId: '' }, chair),
  ev('REQUEST_INFO', { questions: ['请说明第二笔经费的去向'] }, investigator),
  ev('REQUEST_INFO', { questions: [] }, investigator),
  ev('REQUEST_INFO', { questions: ['?'] }, chair),
  ev('PROVIDE_INFO', { answer: '用于购买活动物资，附发票' }, grantee),
  ev('PROVIDE_INFO', { answer: '秘书处代为说明' }, secretariat),
  ev('PROVIDE_INFO', { answer: '' }, secretariat),
  ev('SUSPEND_SUBJECT', { reason: '经费去向待查' }, investigator),
  ev('SUSPEND_SUBJECT', { reason: '' }, investigator),
  ev('RESUME_SUBJECT', { reason: '情况已说明' }, investigator),
  ev('FINDINGS', { outcome: 'no-issue', summary: '经费使用合规' }, investigator),
  ev('FINDINGS', { outcome: 'issue', riskLevel: 'high', summary: '经费挪用' }, investigator),
  ev('FINDINGS', { outcome: 'issue', summary: '无风险等级' }, investigator),
  ev('FINDINGS', { outcome: 'unclear', summary: '待定' }, investigator),
  ev('FINDINGS', { outcome: 'no-issue', summary: '' }, investigator),
  ev('ORDER_RECTIFICATION', { requirements: '退回挪用资金并补充公示' }, investigator),
  ev('ORDER_RECTIFICATION', { requirements: '' }, investigator),
  ev('RECTIFY', { response: '已退回并公示' }, grantee),
  ev('RECTIFY', { response: '秘书处已完成整改' }, secretariat),
  ev('RECTIFY', { response: '' }, secretariat),
  ev('VERIFY', { accepted: true, comment: '核实无误' }, investigator),
  ev('VERIFY', { accepted: false, comment: '公示不完整' }, investigator),
  ev('VERIFY', { accepted: false, comment: '' }, investigator),
  ev('VERIFY', { comment: '?' }, investigator),
  ev('VERIFY', { accepted: true, comment: '我来核实' }, chair),
  ev('PUBLISH', { publicSummary: '经核查，项目经费使用存在不规范问题，已整改并补充公示。' }, chair),
  ev('PUBLISH', { publicSummary: '感谢李四（13800138000）的反映' }, chair),
  ev('PUBLISH', { publicSummary: '' }, chair),
];

const cap = (count: number) => Math.min(count, 2);

function key(snapshot: AnyMachineSnapshot): string {
  const c = snapshot.context as ReviewContext;
  if (snapshot.status === 'done') return JSON.stringify(snapshot.value);
  return JSON.stringify({
    value: snapshot.value,
    assignee: c.assignee,
    suspended: activeSuspension(c) !== null,
    suspensions: cap(c.suspensions.length),
    infoRequests: cap(c.infoRequests.length),
    rounds: cap(c.rectification.verifications.length),
    outcome: c.findings?.outcome ?? null,
  });
}

// The subject side answers: a grant's or registration's owner, or staff; a subject-less review has no owner.
const GUARDED_BY_POLICY: ReviewRefusal[] = ['NOT_SUBJECT_SIDE'];

describe('supervisory review liveness', () => {
  const reports = INPUTS.map((input) => exploreLiveness({ definition: supervisoryReviewDefinition, input, events: EVENTS, key }));

  it('reaches a final state from every reachable state, for a grant, a registration and an anonymous report', () => {
    for (const report of reports) {
      expect(report.states).toBeGreaterThan(10);
      expect(report.deadEnds.slice(0, 3)).toEqual([]);
    }
  });

  it('offers nobody an event their every datum would be refused', () => {
    for (const report of reports) expect(report.emptyOffers.slice(0, 3)).toEqual([]);
  });

  it('gives a reason exactly when the machine refuses, and every reason somewhere', () => {
    for (const report of reports) expect(report.disagreements.slice(0, 3)).toEqual([]);
    const given = new Set(reports.flatMap((report) => [...report.reasonsGiven]));
    const expected = reasonCodes(reviewRefusalCatalogue).filter((reason) => !GUARDED_BY_POLICY.includes(reason));
    expect(expected.filter((reason) => !given.has(reason))).toEqual([]);
  });
});
