import { gzipSync } from 'node:zlib';

import type { Page } from 'playwright-core';

import { startWebHarness, type WebHarness } from './web-harness';

/** The public pages are read on phones over mobile data: their first load stays small. */
const PUBLIC_FIRST_LOAD_GZIP_BYTES = 150 * 1024;

/** Every script the page loaded until it settled, and its size gzipped as a server would send it. */
async function scriptsLoaded(page: Page, path: string): Promise<Map<string, number>> {
  const scripts = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response.body().then((body) => void scripts.set(new URL(response.url()).pathname, gzipSync(body).length)),
    );
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  return scripts;
}

describe('first load of the web app in Chromium', () => {
  let web: WebHarness;
  beforeAll(async () => {
    web = await startWebHarness();
  });
  afterAll(async () => {
    await web?.close();
  });

  it('gives a visitor of the public pages at most 150 kB of gzipped script, without the designer, console or form renderer', async () => {
    const page = await web.anonymous({ phone: true });
    const scripts = await scriptsLoaded(page, '/public');
    await page.waitForSelector('main');
    const total = [...scripts.values()].reduce((sum, size) => sum + size, 0);
    expect(total).toBeLessThanOrEqual(PUBLIC_FIRST_LOAD_GZIP_BYTES);
    const names = [...scripts.keys()].join(' ');
    expect(names).toMatch(/PublicPage/);
    expect(names).not.toMatch(/FormDesignerPage|SchemaForm|elk|ConsoleHome/);
  });

  it('loads the form designer only when a member of staff opens it', async () => {
    const page = await web.signIn('staff');
    const before = await scriptsLoaded(page, '/inbox');
    expect([...before.keys()].join(' ')).not.toMatch(/FormDesignerPage/);
    const designer = await scriptsLoaded(page, '/designer/grant-application');
    expect([...designer.keys()].join(' ')).toMatch(/FormDesignerPage/);
  });
});
