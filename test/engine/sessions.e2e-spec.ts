import { createSecretKey } from 'node:crypto';

import { JwtService } from '@nestjs/jwt';

import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { startTestEngine, type TestEngine } from '@test/support/test-engine';

// Sessions end when they should: a removed role, a disabled account or a sign-out applies to the next request.
describe.each(ENGINE_STACKS)('sessions that can be ended on $name', (stack) => {
  let engine: TestEngine;
  let drop: () => Promise<void>;
  let jwtSecret: string;
  let admin: Record<string, string>;

  const signIn = (username: string) => engine.http.post('/api/auth/login').send({ username, password: 'yilin-demo' });
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const tokenOf = async (username: string) => (await signIn(username).expect(200)).body.accessToken as string;
  const idOf = async (username: string) =>
    ((await engine.http.get('/api/users').set(admin).expect(200)).body as Array<{ id: string; username: string }>).find((u) => u.username === username)?.id ?? 'missing';

  beforeAll(async () => {
    const { config, database } = await stack.open();
    drop = database.drop;
    jwtSecret = config.jwtSecret;
    engine = await startTestEngine({ ...config, rateLimitPerMinute: 10_000 });
    admin = bearer(await tokenOf('admin'));
  });
  afterAll(async () => {
    await engine.close();
    await drop();
  });

  it('applies a removed role to the very next request', async () => {
    const window = bearer(await tokenOf('window'));
    await engine.http.get('/api/forms').set(window).expect(200);
    await engine.http.put(`/api/users/${await idOf('window')}/roles`).set(admin).send({ roles: ['applicant'] }).expect(200);
    await engine.http.get('/api/forms').set(window).expect(403);
  });

  it('ends every session of a disabled user, refuses their sign-in, and lets them back when enabled', async () => {
    const id = await idOf('applicant2');
    const token = await tokenOf('applicant2');
    await engine.http.get('/api/instances').set(bearer(token)).expect(200);
    const disabled = await engine.http.put(`/api/users/${id}/disabled`).set(admin).send({ disabled: true }).expect(200);
    expect(disabled.body).toMatchObject({ username: 'applicant2', disabled: true });
    const ended = await engine.http.get('/api/instances').set(bearer(token)).expect(401);
    expect(ended.body.message).toMatch(/sign in again/);
    expect((await signIn('applicant2').expect(403)).body.message).toMatch(/disabled/);
    await engine.http.put(`/api/users/${id}/disabled`).set(admin).send({ disabled: false }).expect(200);
    await engine.http.get('/api/instances').set(bearer(token)).expect(401);
    await engine.http.get('/api/instances').set(bearer(await tokenOf('applicant2'))).expect(200);
    await engine.http.put(`/api/users/${await idOf('admin')}/disabled`).set(admin).send({ disabled: true }).expect(409);
    await engine.http.put(`/api/users/${id}/disabled`).set(bearer(await tokenOf('staff'))).send({ disabled: true }).expect(403);
  });

  it('signs out every session of the caller', async () => {
    const first = bearer(await tokenOf('reviewer2'));
    const second = bearer(await tokenOf('reviewer2'));
    await engine.http.post('/api/auth/logout').set(first).expect(204);
    await engine.http.get('/api/instances').set(first).expect(401);
    await engine.http.get('/api/instances').set(second).expect(401);
    await engine.http.post('/api/auth/logout').expect(401);
    await engine.http.get('/api/instances').set(bearer(await tokenOf('reviewer2'))).expect(200);
  });

  it('refuses a well-signed token for a user who does not exist', async () => {
    const jwt = new JwtService({ secret: createSecretKey(Buffer.from(jwtSecret, 'utf8')), signOptions: { algorithm: 'HS256' } });
    const ghost = jwt.sign({ sub: '01GHOSTUSER000000000000000', username: 'admin', ver: 0, roles: ['admin'] });
    await engine.http.get('/api/users').set(bearer(ghost)).expect(401);
  });
});
