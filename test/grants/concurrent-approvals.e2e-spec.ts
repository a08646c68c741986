import type { EventActor } from '@yilin/contracts';
import { WorkflowRuntime } from '@yilin/runtime';
import { DEMO_PASSWORD } from '@engine/demo/demo-users';
import { StartPreparations } from '@engine/instances/start-preparations';
import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { engineOnStack, eventually } from '@test/support/test-engine';

const GRANTS = 100;
const COVERED = 10;
const AMOUNT = 5_000_00;

const person = (id: string, role: EventActor['roles'][number]): EventActor => ({ id, username: id, roles: [role] });
const staff = person('staff-1', 'staff');
const director = person('director-1', 'director');

// The real path, short of HTTP: 100 grants approved by the director at once, each approval asking the
// outbox to reserve money from one fund that covers exactly ten of them.
describe.each(ENGINE_STACKS)('100 concurrent approvals against a fund covering 10, on $name', (stack) => {
  const block = engineOnStack(stack);

  it('reserves exactly ten, refuses ninety with the reason, and the ledger adds up', async () => {
    const admin = { Authorization: `Bearer ${await block.engine.tokenOf('admin')}` };
    // Only a user who holds the reviewer role may be assigned: the demo reviewer.
    const signedIn = await block.engine.http
      .post('/api/auth/login')
      .send({ username: 'reviewer', password: DEMO_PASSWORD })
      .expect(200);
    const reviewer = person(signedIn.body.user.id, 'reviewer');
    const fund = (
      await block.engine.http
        .post('/api/funds')
        .set(admin)
        .send({ code: 'race', kind: 'micro', name: { zh: '竞争基金', en: 'Race fund' } })
        .expect(201)
    ).body;
    await block.engine.http
      .post(`/api/funds/${fund.id}/donations`)
      .set(admin)
      .send({ amount: COVERED * AMOUNT })
      .expect(201);
    const programme = (
      await block.engine.http
        .post('/api/programmes')
        .set(admin)
        .send({
          fundId: fund.id,
          formKey: 'grant-application',
          title: { zh: '并发测试', en: 'Concurrency' },
          maxAmount: AMOUNT,
          smallAmountLimit: AMOUNT,
          trancheSplit: [100],
          reportDueDays: { midterm: 90, final: 180 },
          reminderDaysBeforeDue: 7,
          overdueEscalationDays: 14,
          directorSlaHours: 72,
          reviewersRequired: 1,
          open: true,
        })
        .expect(201)
    ).body;

    const runtime = block.engine.app.get(WorkflowRuntime);
    const preparations = block.engine.app.get(StartPreparations);
    const reviewedGrant = async (i: number) => {
      const applicant = { ...person(`applicant-${i}`, 'applicant'), roles: ['applicant' as const] };
      const data = { title: `并发项目 ${i}`, organisation: `社区 ${i}`, amount: AMOUNT, programmeId: programme.id };
      const injected = await preparations.prepare('grant-approval', data, applicant);
      const { id } = await runtime.start({ workflow: 'grant-approval', data, injected, actor: applicant });
      await runtime.send({ instanceId: id, type: 'SUBMIT', actor: applicant });
      await runtime.send({ instanceId: id, type: 'ACCEPT', data: { reviewerIds: [reviewer.id] }, actor: staff });
      await runtime.send({ instanceId: id, type: 'SCORE', data: { score: 90, comment: '可行' }, actor: reviewer });
      return id;
    };
    // Ten applications at a time get to the director: the setup, not what is tested.
    const ids: string[] = [];
    for (let first = 0; first < GRANTS; first += 10) {
      ids.push(...(await Promise.all(Array.from({ length: 10 }, (_, i) => reviewedGrant(first + i)))));
    }

    const approvals = await Promise.all(
      ids.map((id) => runtime.send({ instanceId: id, type: 'APPROVE', data: { comment: '同意' }, actor: director })),
    );
    expect(approvals.every((grant) => grant.state === 'reserving')).toBe(true);

    // What is tested is the outcome, not the speed: on a busy machine (CI runs browser tests beside this)
    // the reservations, one at a time on the fund's row, can take a minute or more.
    let states: string[] = [];
    await eventually(
      async () => {
        states = await Promise.all(ids.map(async (id) => (await runtime.get(id, staff)).state));
        expect(states.filter((state) => state === 'reserving')).toEqual([]);
      },
      120_000,
      200,
    );
    expect(states.filter((state) => state.startsWith('granted')).length).toBe(COVERED);
    expect(states.filter((state) => state === 'notApproved').length).toBe(GRANTS - COVERED);

    const refused = await runtime.get(ids[states.indexOf('notApproved')], staff);
    expect(JSON.stringify(refused.view)).toMatch(/available|余额|不足/);

    const detail = (await block.engine.http.get(`/api/funds/${fund.id}`).set(admin).expect(200)).body;
    expect(detail.balances).toMatchObject({ received: COVERED * AMOUNT, reserved: COVERED * AMOUNT, available: 0 });
    const reservations = detail.ledger.filter((entry: { kind: string }) => entry.kind === 'reservation');
    expect(reservations).toHaveLength(COVERED);
    expect(reservations.reduce((sum: number, entry: { amount: number }) => sum + entry.amount, 0)).toBe(
      COVERED * AMOUNT,
    );
  }, 300_000);
});
