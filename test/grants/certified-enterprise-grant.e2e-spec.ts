import { DataSource } from 'typeorm';

import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { startTestEngine, type TestEngine } from '@test/support/test-engine';

describe('a certified social enterprise applies for a grant as the applicant organisation', () => {
  let engine: TestEngine;
  let drop: () => Promise<void>;
  let programmeId: string;
  let certifiedNo: string;
  const as = async (username: string) => ({ Authorization: `Bearer ${await engine.tokenOf(username)}` });

  beforeAll(async () => {
    const { config, database } = await ENGINE_STACKS[0].open();
    drop = database.drop;
    engine = await startTestEngine({ ...config, seedDemoData: true });
    const programmes = await engine.http.get('/api/programmes').set(await as('founder')).expect(200);
    programmeId = programmes.body[0].id;
    const certified = await engine.http.get('/api/public/enterprises').expect(200);
    certifiedNo = certified.body.items.find((e: { name: string }) => e.name === '四川黉门宜邻居民服务有限公司').registrationNo;
  });
  afterAll(async () => {
    await engine.close();
    await drop();
  });

  const apply = async (username: string, enterpriseRegistrationNo: string) =>
    engine.http
      .post('/api/instances')
      .set(await as(username))
      .send({
        workflow: 'grant-approval',
        data: { programmeId, title: '社区食堂助老餐', organisation: '随便写的名字', amount: 1_000_000, enterpriseRegistrationNo },
      });

  it('takes the organisation from the register, not from the caller', async () => {
    const created = await apply('founder', certifiedNo);
    expect(created.status).toBe(201);
    expect(JSON.stringify(created.body.view)).toContain('四川黉门宜邻居民服务有限公司');
    expect(JSON.stringify(created.body.view)).not.toContain('随便写的名字');
  });

  it('refuses enterprises that are unknown, not certified, or not the caller’s', async () => {
    expect((await apply('founder', '91510107XXXXXXXXXX')).body).toMatchObject({ statusCode: 404, code: 'ENTERPRISE_NOT_FOUND' });
    const [uncertified] = await engine.app
      .get(DataSource)
      .query('SELECT registration_no AS no FROM enterprises WHERE certified_at IS NULL LIMIT 1');
    expect((await apply('applicant2', uncertified.no)).body).toMatchObject({ statusCode: 422, code: 'ENTERPRISE_NOT_CERTIFIED' });
    expect((await apply('applicant', certifiedNo)).body).toMatchObject({ statusCode: 403, code: 'NOT_THE_FOUNDER' });
  });
});
