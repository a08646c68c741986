import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPIObject } from '@nestjs/swagger';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

import { OPERATION_KEYS } from '@yilin/contracts/schemas';
import { buildOpenApiDocument } from '@engine/app/openapi-document';
import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { engineOnStack } from '@test/support/test-engine';

// The API document is the contract a client is generated from: it must be valid, complete, and true, i.e.
// every GET called as a generated client would call it answers what the document says it answers.

interface Operation {
  method: string;
  path: string;
  summary?: string;
  security?: Array<Record<string, string[]>>;
  parameters?: Array<{
    name: string;
    in: string;
    required?: boolean;
    schema?: { enum?: unknown[]; examples?: unknown[] };
  }>;
  requestBody?: { content: Record<string, { schema?: object }> };
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function operationsOf(document: OpenAPIObject): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = (item as Record<string, unknown>)[method];
      return operation ? [{ ...(operation as Omit<Operation, 'method' | 'path'>), method, path }] : [];
    }),
  );
}

// Demo users tried in turn for an operation that needs a session: the first one allowed answers.
const CALLERS = ['admin', 'staff', 'supervisor', 'applicant', 'founder', 'reviewer', 'director', 'council1'];

describe('the OpenAPI document', () => {
  let onRedis = false;
  const block = engineOnStack(ENGINE_STACKS[0], {
    configure: (config) => {
      onRedis = Boolean(config.redisUrl);
      return { ...config, seedDemoData: true };
    },
  });
  const auth = (username: string) => block.auth(username);
  let document: OpenAPIObject;
  let resolved: OpenAPIObject;

  beforeAll(async () => {
    document = buildOpenApiDocument(block.engine.app);
    resolved = (await SwaggerParser.dereference(structuredClone(document) as never)) as unknown as OpenAPIObject;
  });

  it('is valid OpenAPI by swagger-parser', async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it('passes redocly lint with no errors and no warnings', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'yilin-openapi-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const lint = spawnSync(join('node_modules', '.bin', 'redocly'), ['lint', file, '--format=json'], {
      encoding: 'utf8',
    });
    const report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{'))) as {
      totals: { errors: number; warnings: number };
      problems: Array<{ ruleId: string; message: string }>;
    };
    expect(report.problems.map((problem) => `${problem.ruleId}: ${problem.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('gives every operation a summary, its security, a 2xx answer and the error body for 4xx', () => {
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThanOrEqual(65);
    const incomplete = operations.flatMap((operation) => {
      const name = `${operation.method.toUpperCase()} ${operation.path}`;
      const problems: string[] = [];
      if (!operation.summary?.trim()) problems.push(`${name}: no summary`);
      if (!Array.isArray(operation.security)) problems.push(`${name}: no security`);
      const success = Object.keys(operation.responses).filter((status) => /^2\d\d$/.test(status));
      if (success.length !== 1) problems.push(`${name}: ${success.length} success answers`);
      for (const status of success) {
        const content = operation.responses[status].content;
        if (status !== '204' && !Object.values(content ?? {}).some((media) => media.schema))
          problems.push(`${name}: ${status} has no schema`);
      }
      if (operation.responses['4XX']?.content?.['application/json']?.schema === undefined)
        problems.push(`${name}: no 4XX error body`);
      if (operation.requestBody && !Object.values(operation.requestBody.content).every((media) => media.schema)) {
        problems.push(`${name}: request body without a schema`);
      }
      for (const parameter of operation.parameters ?? []) {
        if (!parameter.schema) problems.push(`${name}: parameter ${parameter.name} without a schema`);
      }
      return problems;
    });
    expect(incomplete).toEqual([]);
  });

  it("lists every operation in the web's typed client, and no other", () => {
    // The client's map writes `/api/instances/:id` where the document writes `/api/instances/{id}`.
    const documented = operationsOf(document).map(
      (operation) => `${operation.method.toUpperCase()} ${operation.path.replace(/\{(\w+)\}/g, ':$1')}`,
    );
    // The queue dashboard exists only on a Redis stack.
    const redisOnly = onRedis ? [] : ['POST /api/admin/queue-dashboard/session'];
    expect([...OPERATION_KEYS].filter((key) => !redisOnly.includes(key)).sort()).toEqual(documented.sort());
  });

  it('documents the query parameters the directory and the claims list require', () => {
    const required = (path: string) =>
      (document.paths[path].get?.parameters ?? [])
        .filter((parameter) => 'in' in parameter && parameter.in === 'query' && parameter.required)
        .map((parameter) => ('name' in parameter ? parameter.name : ''));
    expect(required('/api/users/directory')).toEqual(['role']);
    expect(required('/api/claims')).toEqual(['ids']);
  });

  it('answers every GET as a generated client calls it, as the document says', async () => {
    const values = await seededPathValues();
    const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
    const results: string[] = [];
    let called = 0;
    for (const operation of operationsOf(resolved).filter((candidate) => candidate.method === 'get')) {
      const url = urlFor(operation, values);
      const response = await callAsClient(operation, url);
      const name = `GET ${url}`;
      const success = Object.keys(operation.responses).find((status) => /^2\d\d$/.test(status)) ?? '200';
      if (String(response.status) !== success) {
        results.push(
          `${name}: ${response.status} instead of ${success} (${JSON.stringify(response.body).slice(0, 200)})`,
        );
        continue;
      }
      called += 1;
      const mediaType = String(response.headers['content-type'] ?? '').split(';')[0];
      const media = operation.responses[success].content?.[mediaType];
      if (!media) {
        results.push(`${name}: answered ${mediaType}, which the document does not list`);
        continue;
      }
      if (mediaType !== 'application/json') continue;
      const validate = ajv.compile(media.schema as object);
      if (!validate(response.body)) results.push(`${name}: ${ajv.errorsText(validate.errors, { dataVar: 'body' })}`);
    }
    expect(results).toEqual([]);
    expect(called).toBeGreaterThanOrEqual(45);
  });

  it('answers refusals with the documented error body', async () => {
    const validate = addFormats(new Ajv2020({ strict: false })).compile(
      resolved.components?.schemas?.ErrorBody as object,
    );
    const refusals = [
      await block.engine.http.get('/api/users/directory').set(await auth('admin')),
      await block.engine.http.get('/api/claims?ids=').set(await auth('admin')),
      await block.engine.http.get('/api/funds'),
      await block.engine.http.get('/api/users').set(await auth('applicant')),
      await block.engine.http.get('/api/instances/01JB00000000000000000NOSUCH').set(await auth('admin')),
    ];
    expect(refusals.map((response) => response.status)).toEqual([400, 400, 401, 403, 404]);
    for (const response of refusals)
      expect({ valid: validate(response.body), body: response.body }).toMatchObject({ valid: true });
  });

  /** A caller as the document describes it: no session where it declares none, else the first demo user allowed. */
  async function callAsClient(operation: Operation, url: string) {
    if (!operation.security?.length) return block.engine.http.get(url);
    let last = await block.engine.http.get(url);
    for (const username of CALLERS) {
      last = await block.engine.http.get(url).set(await auth(username));
      if (last.status !== 403 && last.status !== 404) return last;
    }
    return last;
  }

  /** Path values from the demo data, found as a client finds them: through the lists. */
  async function seededPathValues(): Promise<Record<string, string>> {
    const admin = await auth('admin');
    const get = async (url: string, headers: Record<string, string> = admin) =>
      (await block.engine.http.get(url).set(headers).expect(200)).body;
    const applicant = await auth('applicant');
    const grant = (await get('/api/instances?workflow=grant-approval', applicant)).items[0];
    const pdf = Buffer.from('%PDF-1.7\n%%EOF');
    const attachment = (
      await block.engine.http
        .post(`/api/instances/${grant.id}/attachments`)
        .set(applicant)
        .attach('file', pdf, { filename: 'a.pdf', contentType: 'application/pdf' })
    ).body;
    const feedback = (
      await block.engine.http.post('/api/public/feedback').send({ description: '楼道照明坏了很久没人修' }).expect(201)
    ).body;
    const review = (await get('/api/instances?workflow=supervisory-review')).items[0];
    const registration = (await get('/api/instances?workflow=enterprise-registration')).items[0];
    const slot = (await get('/api/form-bindings/slots'))[0];
    const form = (await get('/api/forms'))[0];
    const step = await stepWithForm();
    return {
      '/api/instances/{id}': grant.id,
      '/api/instances/{id}/attachments': grant.id,
      '/api/attachments/{id}': attachment.id,
      '/api/public/grants/{id}/history': (await get('/api/public/grants')).items[0].grantId,
      '/api/public/feedback/{code}': feedback.trackingCode,
      '/api/supervision/reviews/{id}/filer': review.id,
      '/api/registrations/{id}/deadline': registration.id,
      '/api/funds/{id}': (await get('/api/funds'))[0].id,
      '/api/programmes/{id}': (await get('/api/programmes'))[0].id,
      '/api/forms/{key}': form.key,
      '/api/forms/{key}/versions/{version}': `${form.key}/${form.latestVersion}`,
      '/api/forms/by-workflow/{workflow}': 'grant-approval',
      '/api/workflows/{key}': 'grant-approval',
      '/api/instances/{id}/forms/{event}': `${step.id}/${step.event}`,
      '?workflow': slot.workflow,
      '?slot': slot.slot,
      '?ids': grant.id,
    };
  }

  /** An instance with a step the caller fills in with a form (its next event), from the task lists. */
  async function stepWithForm(): Promise<{ id: string; event: string }> {
    for (const username of CALLERS) {
      const tasks = (
        await block.engine.http
          .get('/api/tasks')
          .set(await auth(username))
          .expect(200)
      ).body;
      for (const task of tasks.items) {
        const event = task.allowedEvents.find((allowed: { slot?: string }) => allowed.slot);
        if (event) return { id: task.id, event: event.type };
      }
    }
    throw new Error('The demo data has no step waiting for a form');
  }

  /** The operation's URL with its path filled in and its required query parameters given. */
  function urlFor(operation: Operation, values: Record<string, string>): string {
    let path = operation.path;
    const prefix = Object.keys(values)
      .filter((key) => key.startsWith('/') && path.startsWith(key))
      .sort((a, b) => b.length - a.length)[0];
    if (prefix?.includes('{')) {
      const filled = values[prefix].split('/');
      const names = prefix.match(/\{\w+\}/g) ?? [];
      names.forEach((name, index) => (path = path.replace(name, filled[index] ?? filled[0])));
    }
    if (path.includes('{')) throw new Error(`No demo value for the path of ${operation.path}`);
    const query = (operation.parameters ?? [])
      .filter((parameter) => parameter.in === 'query' && parameter.required)
      .map((parameter) => {
        const value = values[`?${parameter.name}`] ?? parameter.schema?.enum?.[0] ?? parameter.schema?.examples?.[0];
        if (value === undefined)
          throw new Error(`No value for the required query parameter ${parameter.name} of ${operation.path}`);
        return `${parameter.name}=${encodeURIComponent(String(value))}`;
      });
    return query.length ? `${path}?${query.join('&')}` : path;
  }
});
