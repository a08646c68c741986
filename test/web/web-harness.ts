import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

import { ENGINE_STACKS } from '@test/support/engine-stacks';
import { startTestEngine, type TestEngine } from '@test/support/test-engine';
import { privateWebBuild } from '@test/support/web-build';

const ROOT = join(__dirname, '..', '..');
export const ARTIFACTS = join(ROOT, 'test-artifacts');

export interface WebHarness {
  engine: TestEngine;
  baseUrl: string;
  browser: Browser;
  /** A signed-in page for a demo user, signed in through the login form. */
  signIn(username: string, options?: { phone?: boolean }): Promise<Page>;
  anonymous(options?: { phone?: boolean }): Promise<Page>;
  shot(page: Page, name: string): Promise<void>;
  /** Runs a story; when it fails, every open page is saved as `failure-<n>.png` to show where it stood. */
  story(run: () => Promise<void>): Promise<void>;
  /** A shortcut through the API where the UI for that step is not the point. */
  send(
    username: string,
    instanceId: string,
    type: string,
    data?: Record<string, unknown>,
  ): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 900 } };

/** The web app on SQLite with demo data; `redisUrl` puts its queues on Bull, `manualClock` lets the admin move time. */
export async function startWebHarness(options: { redisUrl?: string; manualClock?: boolean } = {}): Promise<WebHarness> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const { config, database } = await ENGINE_STACKS[0].open();
  // A private copy: another run rebuilding dist/ must not pull the pages from under this one.
  const engine = await startTestEngine({
    ...config,
    seedDemoData: true,
    webDist: privateWebBuild(config.dataDir),
    redisUrl: options.redisUrl ?? config.redisUrl,
    manualClock: options.manualClock ?? false,
  });
  await engine.app.listen(0, '127.0.0.1');
  const { port } = engine.app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'],
  });
  const contexts: BrowserContext[] = [];
  const newPage = async (phone = false) => {
    const context = await browser.newContext({ ...(phone ? PHONE : DESKTOP), locale: 'zh-CN', baseURL: baseUrl });
    context.setDefaultTimeout(10_000);
    contexts.push(context);
    const page = await context.newPage();
    // A script error in the app fails loudly instead of as a timeout somewhere later.
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    return page;
  };
  return {
    engine,
    baseUrl,
    browser,
    async signIn(username, options = {}) {
      const page = await newPage(options.phone);
      await page.goto('/');
      await page.fill('input[name=username]', username);
      await page.fill('input[name=password]', 'yilin-demo');
      await page.click('button[type=submit]');
      await page.waitForSelector('.shell-nav .who');
      return page;
    },
    anonymous: (options = {}) => newPage(options.phone),
    async shot(page, name) {
      await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    },
    async story(run) {
      try {
        await run();
      } catch (error) {
        const pages = contexts.flatMap((context) => context.pages());
        await Promise.all(
          pages.map((page, index) =>
            page.screenshot({ path: join(ARTIFACTS, `failure-${index}.png`), fullPage: true }).catch(() => undefined),
          ),
        );
        throw error;
      }
    },
    async send(username, instanceId, type, data = {}) {
      const token = await engine.tokenOf(username);
      const response = await engine.http
        .post(`/api/instances/${instanceId}/events`)
        .set('Authorization', `Bearer ${token}`)
        .send({ type, data });
      if (response.status !== 200)
        throw new Error(`${type} by ${username}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body;
    },
    async close() {
      await Promise.all(contexts.map((context) => context.close()));
      await browser.close();
      await engine.close();
      await database.drop();
    },
  };
}
