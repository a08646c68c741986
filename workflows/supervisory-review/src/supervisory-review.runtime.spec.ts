import type { EventActor } from '@yilin/contracts';
import { InMemoryInstanceStore, SYSTEM_ACTOR, WorkflowRegistry, WorkflowRuntime } from '@yilin/runtime';

import { supervisoryReviewDefinition } from './supervisory-review.definition';
import { trackingCodeFromId } from './tracking-code.util';

const actor = (id: string, ...roles: EventActor['roles']): EventActor => ({ id, username: id, roles });
const chair = actor('sup1', 'supervisor');
const investigator = actor('sup2', 'supervisor');

describe('supervisory-review through the runtime', () => {
  it('runs a public report from triage to a published, redacted outcome, lifting the grant’s suspension', async () => {
    let now = new Date('2026-10-08T01:00:00.000Z');
    const store = new InMemoryInstanceStore();
    const runtime = new WorkflowRuntime({
      registry: new WorkflowRegistry([supervisoryReviewDefinition]),
      store,
      validator: { validate: async () => ({ issues: [] }) },
      clock: { now: () => now },
    });
    const send = (type: string, data: Record<string, unknown>, by: EventActor) => {
      now = new Date(now.getTime() + 3_600_000);
      return runtime.send({ instanceId: id, type, data, actor: by });
    };
    const signals = async () =>
      (await store.listOutbox({ status: 'pending', limit: 100 }))
        .filter((row) => row.type === 'signal')
        .map((row) => (row.payload as { event: { type: string } }).event.type);

    const started = await runtime.start({
      workflow: 'supervisory-review',
      actor: SYSTEM_ACTOR,
      data: {
        source: 'public',
        trackingCode: 'JD-7Q2K-9XRM',
        description: '反映项目经费去向不明',
        contactMobile: '13800138000',
        subject: { workflow: 'grant-approval', instanceId: 'grant-1', ownerId: 'applicant-42' },
      },
    });
    const id = started.id;
    expect(started.state).toBe('triage');
    await expect(send('ACCEPT', {}, actor('s1', 'staff'))).rejects.toMatchObject({ code: 'INSTANCE_NOT_FOUND' });

    await send('ACCEPT', {}, chair);
    await send('ASSIGN', { supervisorId: investigator.id }, chair);
    await expect(send('SUSPEND_SUBJECT', { reason: '待查' }, chair)).rejects.toMatchObject({
      code: 'EVENT_REJECTED',
      refusal: { reason: 'NOT_ASSIGNEE' },
    });
    await send('SUSPEND_SUBJECT', { reason: '待查' }, investigator);
    expect(await signals()).toEqual(['SUSPEND']);
    const concluded = await send('FINDINGS', { outcome: 'no-issue', summary: '经费使用合规' }, investigator);
    expect(concluded.state).toBe('concluded');
    expect(await signals()).toEqual(['SUSPEND', 'RESUME']);
    await expect(
      send('PUBLISH', { publicSummary: '来电 13800138000 反映的问题不成立' }, chair),
    ).rejects.toMatchObject({ code: 'EVENT_REJECTED', refusal: { reason: 'SUMMARY_HAS_PERSONAL_DATA' }, details: { found: expect.arrayContaining(['mobile']) } });
    const closed = await send('PUBLISH', { publicSummary: '经核查，项目经费使用合规。' }, chair);
    expect(closed.status).toBe('done');
    expect(closed.view).toMatchObject({ workflow: 'supervisory-review' });
    const disclosure = closed.view.workflow === 'supervisory-review' ? closed.view.disclosure : null;
    expect(disclosure).toEqual({
      summary: '经核查，项目经费使用合规。',
      riskLevel: null,
      outcome: 'no-issue',
      publishedAt: now.toISOString(),
    });
    const outcomes = (await store.listOutbox({ status: 'pending', limit: 100 })).filter((row) => row.type === 'publishOutcome');
    expect(outcomes.map((row) => row.payload)).toEqual([
      { reviewId: id, trackingCode: 'JD-7Q2K-9XRM', disclosure },
    ]);
  });

  it('gives a risk-rule review a tracking code of its own and lets the subject’s owner answer it', async () => {
    let now = new Date('2026-10-08T01:00:00.000Z');
    const store = new InMemoryInstanceStore();
    const runtime = new WorkflowRuntime({
      registry: new WorkflowRegistry([supervisoryReviewDefinition]),
      store,
      validator: { validate: async () => ({ issues: [] }) },
      clock: { now: () => now },
    });
    const founder = actor('f1', 'applicant');
    const started = await runtime.start({
      workflow: 'supervisory-review',
      actor: SYSTEM_ACTOR,
      data: {
        source: 'risk-rule',
        rule: 'green-channel-deadline',
        description: '绿色通道登记超过承诺时限',
        subject: { workflow: 'enterprise-registration', instanceId: 'er-1', ownerId: founder.id },
      },
    });
    expect(started.view).toMatchObject({ trackingCode: trackingCodeFromId(started.id) });
    expect((await store.findInstance(started.id))?.participants).toEqual([founder.id]);
    const tracked = (await store.listOutbox({ status: 'pending', limit: 100 })).filter((row) => row.type === 'trackReview');
    expect(tracked.map((row) => row.payload)).toEqual([
      { reviewId: started.id, trackingCode: trackingCodeFromId(started.id), source: 'risk-rule' },
    ]);
    const send = (type: string, data: Record<string, unknown>, by: EventActor) => {
      now = new Date(now.getTime() + 3_600_000);
      return runtime.send({ instanceId: started.id, type, data, actor: by });
    };
    await send('ACCEPT', {}, chair);
    await send('ASSIGN', { supervisorId: investigator.id }, chair);
    await send('REQUEST_INFO', { questions: ['请说明延误原因'] }, investigator);
    await expect(runtime.get(started.id, actor('a9', 'applicant'))).rejects.toMatchObject({ code: 'INSTANCE_NOT_FOUND' });
    const answered = await send('PROVIDE_INFO', { answer: '补正材料耗时较长' }, founder);
    expect(answered.state).toBe('investigation.open');
  });
});
