import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { EngineConfig } from '@engine/config/engine-config';
import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { startTestEngine, type TestEngine } from '@test/support/test-engine';
import { E2E_DEFINITIONS } from '@test/engine/workflow-fixtures';

describe.each(ENGINE_STACKS)('attachments on $name', (stack) => {
  let engine: TestEngine;
  let drop: () => Promise<void>;
  let instanceId: string;
  let config: EngineConfig;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await engine.tokenOf(username)}` });
  const pdf = Buffer.from('%PDF-1.7\n预算表\n%%EOF');

  beforeAll(async () => {
    const opened = await stack.open();
    // A small limit, as an operator would set it with ATTACHMENT_MAX_BYTES.
    config = { ...opened.config, attachmentMaxBytes: 64 * 1024 };
    drop = opened.database.drop;
    engine = await startTestEngine(config, { definitions: E2E_DEFINITIONS });
    const ticket = await engine.http.post('/api/instances').set(await auth('applicant')).send({ workflow: 'ticket', data: { subject: 'Lamp' } }).expect(201);
    instanceId = ticket.body.id;
  });
  afterAll(async () => {
    await engine.close();
    await drop();
  });

  it('stores a file on the instance and serves it to those who may see the instance', async () => {
    const uploaded = await engine.http
      .post(`/api/instances/${instanceId}/attachments`)
      .set(await auth('applicant'))
      .attach('file', pdf, { filename: '预算.pdf', contentType: 'application/pdf' })
      .expect(201);
    expect(uploaded.body).toMatchObject({ instanceId, filename: '预算.pdf', contentType: 'application/pdf', size: pdf.length, uploadedBy: 'applicant' });

    const list = await engine.http.get(`/api/instances/${instanceId}/attachments`).set(await auth('staff')).expect(200);
    expect(list.body.map((a: { id: string }) => a.id)).toEqual([uploaded.body.id]);
    const file = await engine.http.get(`/api/attachments/${uploaded.body.id}`).set(await auth('applicant')).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(Buffer.compare(file.body as Buffer, pdf)).toBe(0);
    expect(file.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('预算.pdf')}`);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
  });

  it('keeps a file uploaded with a start form to its uploader until the instance naming it starts, which then holds it', async () => {
    const stage = async (username: string, filename: string) =>
      (await engine.http.post('/api/attachments').set(await auth(username)).attach('file', pdf, { filename, contentType: 'application/pdf' }).expect(201))
        .body as { id: string; instanceId: string };
    const mine = await stage('applicant', '章程.pdf');
    const theirs = await stage('applicant2', '别人的.pdf');
    expect(mine.instanceId).toBe('');
    await engine.http.get(`/api/attachments/${mine.id}`).set(await auth('applicant')).expect(200);
    await engine.http.get(`/api/attachments/${mine.id}`).set(await auth('staff')).expect(404);

    const started = await engine.http
      .post('/api/instances')
      .set(await auth('applicant'))
      .send({ workflow: 'ticket', data: { subject: '章程已上传', files: [mine.id, theirs.id] } })
      .expect(201);
    const held = await engine.http.get(`/api/instances/${started.body.id}/attachments`).set(await auth('staff')).expect(200);
    expect(held.body.map((file: { id: string }) => file.id)).toEqual([mine.id]);
    await engine.http.get(`/api/attachments/${mine.id}`).set(await auth('staff')).expect(200);
    // Naming someone else's file takes nothing: it stays theirs alone.
    await engine.http.get(`/api/attachments/${theirs.id}`).set(await auth('staff')).expect(404);
    await engine.http.get(`/api/attachments/${theirs.id}`).set(await auth('applicant2')).expect(200);
  });

  it('serves a file from another engine process that shares only the database, not the data folder', async () => {
    const uploaded = await engine.http.post(`/api/instances/${instanceId}/attachments`).set(await auth('applicant'))
      .attach('file', pdf, { filename: '决算.pdf', contentType: 'application/pdf' }).expect(201);
    const other = await startTestEngine({ ...config, dataDir: mkdtempSync(join(tmpdir(), 'yilin-other-api-')) }, { definitions: E2E_DEFINITIONS });
    try {
      const token = await other.tokenOf('applicant');
      const file = await other.http.get(`/api/attachments/${uploaded.body.id}`).set({ Authorization: `Bearer ${token}` }).buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        }).expect(200);
      expect(Buffer.compare(file.body as Buffer, pdf)).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('is 404 to another applicant, for upload, list and download alike', async () => {
    const uploaded = await engine.http.post(`/api/instances/${instanceId}/attachments`).set(await auth('applicant'))
      .attach('file', pdf, { filename: 'a.pdf', contentType: 'application/pdf' }).expect(201);
    await engine.http.get(`/api/attachments/${uploaded.body.id}`).set(await auth('applicant2')).expect(404);
    await engine.http.get(`/api/instances/${instanceId}/attachments`).set(await auth('applicant2')).expect(404);
    await engine.http.post(`/api/instances/${instanceId}/attachments`).set(await auth('applicant2'))
      .attach('file', pdf, { filename: 'a.pdf', contentType: 'application/pdf' }).expect(404);
    await engine.http.get(`/api/attachments/${uploaded.body.id}`).expect(401);
  });

  it('refuses files over the size limit with 413 and other types with 415', async () => {
    const big = Buffer.alloc(config.attachmentMaxBytes + 1, 0x20);
    big.write('%PDF-');
    const tooBig = await engine.http.post(`/api/instances/${instanceId}/attachments`).set(await auth('applicant'))
      .attach('file', big, { filename: 'big.pdf', contentType: 'application/pdf' }).expect(413);
    expect(tooBig.body).toMatchObject({ code: 'ATTACHMENT_TOO_LARGE', message: expect.stringContaining('0.1 MB') });

    const html = await engine.http.post(`/api/instances/${instanceId}/attachments`).set(await auth('applicant'))
      .attach('file', Buffer.from('<script>alert(1)</script>'), { filename: 'x.html', contentType: 'text/html' }).expect(415);
    expect(html.body).toMatchObject({ code: 'ATTACHMENT_TYPE_REFUSED' });
    await engine.http.post(`/api/instances/${instanceId}/attachments`).set(await auth('applicant'))
      .attach('file', Buffer.from('<script>'), { filename: 'fake.pdf', contentType: 'application/pdf' }).expect(415);
    await engine.http.post(`/api/instances/${instanceId}/attachments`).set(await auth('applicant')).send({}).expect(400);
  });

  it('says where the file belongs when it is sent wrong, and still takes the next one', async () => {
    const applicant = await auth('applicant');
    const asJson = await engine.http.post(`/api/instances/${instanceId}/attachments`).set(applicant)
      .send({ file: 'budget.pdf' }).expect(400);
    expect(asJson.body).toMatchObject({ code: 'ATTACHMENT_INVALID', message: expect.stringContaining('"file"') });
    const wrongField = await engine.http.post(`/api/instances/${instanceId}/attachments`).set(applicant)
      .attach('document', pdf, { filename: 'a.pdf', contentType: 'application/pdf' }).expect(400);
    expect(wrongField.body).toMatchObject({ code: 'ATTACHMENT_MISSING' });
    const twoFiles = await engine.http.post(`/api/instances/${instanceId}/attachments`).set(applicant)
      .attach('file', pdf, { filename: 'a.pdf', contentType: 'application/pdf' })
      .attach('file', pdf, { filename: 'b.pdf', contentType: 'application/pdf' }).expect(400);
    expect(twoFiles.body).toMatchObject({ code: 'ATTACHMENT_INVALID', message: 'Send one file per request' });
    await engine.http.post(`/api/instances/${instanceId}/attachments`).set(applicant)
      .attach('file', pdf, { filename: '附件.pdf', contentType: 'application/pdf' }).expect(201);
  });
});
