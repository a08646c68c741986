import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * The production build of the web app, when present, at `/`: its files cached for an hour (their names carry
 * their hashes), any other page answered with `index.html` for the app's own routes to take. Paths under
 * `/api` that no route took stay the API's 404s.
 */
export function serveWebApp(app: NestFastifyApplication, webDist: string): void {
  const indexPath = join(webDist, 'index.html');
  if (!existsSync(indexPath)) return;
  // Read once, as the files are routed once: a page always names assets this process serves.
  const index = readFileSync(indexPath);
  // The files are routed one by one, so the catch-all below only ever meets paths that are no file;
  // `sendFile` stays undecorated for the API docs and the queue dashboard, which register their own.
  app.useStaticAssets({ root: webDist, wildcard: false, index: false, maxAge: '1h', decorateReply: false });
  app.getHttpAdapter().getInstance().get('/*', async (request, reply) => {
    if (request.url.startsWith('/api')) return reply.callNotFound();
    return reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(index);
  });
}
