import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { engineOnStack } from '@test/support/test-engine';

describe.each(ENGINE_STACKS)('registration and supervision demo data on $name', (stack) => {
  const block = engineOnStack(stack, { configure: (config) => ({ ...config, seedDemoData: true }) });
  const { auth } = block;

  it('shows registered and certified enterprises, filings in progress, feedback under way and a published outcome', async () => {
    const certified = await block.engine.http.get('/api/public/enterprises').expect(200);
    expect(certified.body.items.map((enterprise: { name: string }) => enterprise.name).sort()).toEqual([
      '四川黉门宜邻居民服务有限公司',
      '成都簇桥社区厨房餐饮管理有限公司',
    ]);

    const staff = await auth('staff');
    const page = await block.engine.http.get('/api/instances?workflow=enterprise-registration').set(staff).expect(200);
    const states = page.body.items.map((item: { state: string }) => item.state).sort();
    expect(states).toEqual(['awaitingConfirmation', 'certified', 'certified', 'processing.correction', 'registered']);
    const awaiting = page.body.items.find((item: { state: string }) => item.state === 'awaitingConfirmation');
    const asFounder = await block.engine.http.get(`/api/instances/${awaiting.id}`).set(await auth('applicant2')).expect(200);
    expect(asFounder.body.allowedEvents.map((event: { type: string }) => event.type)).toContain('CONFIRM');

    const reviews = await block.engine.http.get('/api/instances?workflow=supervisory-review').set(await auth('supervisor')).expect(200);
    expect(reviews.body.items.map((item: { state: string }) => item.state)).toEqual(expect.arrayContaining(['closed', 'investigation.open']));
    const outcomes = await block.engine.http.get('/api/public/outcomes').expect(200);
    expect(outcomes.body.items).toContainEqual(expect.objectContaining({ outcome: 'issue', riskLevel: 'low' }));
  });
});
