import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';

import { ROLES, type Role } from '@yilin/contracts';
import { ACCESS_KEY, type AccessRule } from '@engine/auth/access.decorator';
import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { startTestEngine, type TestEngine } from '@test/support/test-engine';

interface Route {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  rule: AccessRule | undefined;
}

const DEMO_USER_OF: Record<Role, string> = {
  applicant: 'applicant',
  staff: 'staff',
  reviewer: 'reviewer',
  director: 'director',
  council: 'council1',
  supervisor: 'supervisor',
  admin: 'admin',
};

/** Every route the engine serves, with the access rule it declares, read from the running app. */
function routesOf(engine: TestEngine): Route[] {
  const modules = engine.app.get(ModulesContainer);
  const scanner = new MetadataScanner();
  const reflector = engine.app.get(Reflector);
  const routes: Route[] = [];
  const controllers = [...modules.values()].flatMap((module) => [...module.controllers.values()]);
  for (const wrapper of controllers) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || !wrapper.metatype) continue;
    const base = String(Reflect.getMetadata(PATH_METADATA, wrapper.metatype) ?? '');
    for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
      const handler = instance[name] as (...args: unknown[]) => unknown;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (path === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number].toLowerCase() as Route['method'];
      const rule = reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [handler, wrapper.metatype]);
      routes.push({ method, path: `/api/${[base, path].filter((p) => p && p !== '/').join('/')}`.replace(/\/+/g, '/'), rule });
    }
  }
  return routes;
}

describe('authorization matrix: every role against every route', () => {
  let engine: TestEngine;
  let drop: () => Promise<void>;
  let routes: Route[];
  let othersInstance: string;

  beforeAll(async () => {
    const { config, database } = await ENGINE_STACKS[0].open();
    drop = database.drop;
    engine = await startTestEngine({ ...config, rateLimitPerMinute: 10_000 });
    routes = routesOf(engine);
    const token = await engine.tokenOf('applicant2');
    const started = await engine.http
      .post('/api/instances')
      .set('Authorization', `Bearer ${token}`)
      .send({ workflow: 'supervisory-review', data: {} });
    // Any instance owned by someone else will do; a supervisor-only workflow may refuse applicants.
    othersInstance =
      started.status === 201
        ? started.body.id
        : (
            await engine.http
              .post('/api/instances')
              .set('Authorization', `Bearer ${await engine.tokenOf('staff')}`)
              .send({ workflow: 'supervisory-review', data: { source: 'supervisor', description: '核查' } })
          ).body.id;
  });
  afterAll(async () => {
    await engine.close();
    await drop();
  });

  const call = (route: Route, token?: string) => {
    const path = route.path.replace(/:id\b/g, othersInstance ?? 'x').replace(/:[a-zA-Z]+/g, 'probe');
    const request = engine.http[route.method](path);
    if (token) request.set('Authorization', `Bearer ${token}`);
    if (route.method === 'get' || route.method === 'delete') return request;
    // A well-formed event, so the answer is about who may see the instance, not about the body's shape.
    return request.send(route.path.endsWith('/events') ? { type: 'PROBE' } : {});
  };

  it('finds the routes, and every one declares who may call it', () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter((route) => route.rule === undefined).map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it('turns away anonymous callers from every route that is not public', async () => {
    for (const route of routes.filter((r) => r.rule !== 'public')) {
      const response = await call(route);
      expect({ route: `${route.method} ${route.path}`, status: response.status }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 401,
      });
    }
  });

  it.each(ROLES)('gives %s exactly the role-restricted routes it is named on, and never a 500', async (role) => {
    const token = await engine.tokenOf(DEMO_USER_OF[role]);
    // Signing out would end the very session the rest of the matrix probes with (sessions.e2e-spec covers it).
    for (const route of routes.filter((r) => r.path !== '/api/auth/logout')) {
      const response = await call(route, token);
      const where = `${role} ${route.method} ${route.path}`;
      expect({ where, serverError: response.status >= 500 }).toEqual({ where, serverError: false });
      if (Array.isArray(route.rule)) {
        const allowed = route.rule.includes(role);
        expect({ where, forbidden: response.status === 403 && response.body.code === undefined }).toEqual({ where, forbidden: !allowed });
      }
      expect(response.status).not.toBe(401);
    }
  });

  it("never shows an applicant another person's instance", async () => {
    const token = await engine.tokenOf('applicant');
    for (const route of routes.filter((r) => r.path.includes(':id') && r.path.startsWith('/api/instances'))) {
      const response = await call(route, token);
      expect({ route: `${route.method} ${route.path}`, status: response.status }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 404,
      });
    }
    const list = await engine.http.get('/api/instances?limit=200').set('Authorization', `Bearer ${token}`).expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(othersInstance);
  });
});
