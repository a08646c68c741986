import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const WEB_DIST = join(__dirname, '..', '..', 'dist', 'apps', 'web');

/**
 * A private copy of the production build (made by jest's global setup) for one engine to serve, so a
 * developer rebuilding meanwhile cannot pull the pages from under a running browser test.
 */
export function privateWebBuild(dataDir: string): string {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error('No web build: jest global setup builds it (npm run build:web)');
  }
  const copy = join(dataDir, 'web');
  cpSync(WEB_DIST, copy, { recursive: true });
  return copy;
}
