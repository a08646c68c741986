import { seriousAccessibilityProblems, shotBothSizes } from './ux-checks';
import { ARTIFACTS, startWebHarness, type WebHarness } from './web-harness';

jest.setTimeout(90_000);

describe('the console in Chromium', () => {
  let web: WebHarness;
  beforeAll(async () => {
    web = await startWebHarness();
  });
  afterAll(() => web?.close());

  it('draws every state of every workflow, lists what is in a state, and shows funds and failed jobs at a glance', () =>
    web.story(async () => {
      const admin = await web.signIn('admin');
      await admin.setViewportSize({ width: 1440, height: 900 });
      await admin.goto('/console');
      const overview = admin.getByTestId('console-overview');
      await overview.getByTestId('overview-jobs').waitFor();
      await expect(overview.getByTestId('overview-fund').count()).resolves.toBeGreaterThan(1);

      const grants = admin.locator('section[data-workflow=grant-approval]');
      const chart = grants.getByTestId('statechart');
      await chart.waitFor();
      const token = await web.engine.tokenOf('admin');
      const graph = (await web.engine.http.get('/api/workflows/grant-approval').set('Authorization', `Bearer ${token}`).expect(200)).body;
      const drawn = await chart.locator('[data-state]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-state')));
      expect(new Set(drawn)).toEqual(new Set(graph.graph.nodes.map((node: { path: string }) => node.path)));

      // A wide chart says it scrolls (or fits); either way nothing of it is cut off without a cue.
      const frame = grants.locator('.statechart-scroll');
      const [scrollWidth, clientWidth] = await frame.evaluate((el) => [el.scrollWidth, el.clientWidth]);
      if (scrollWidth > clientWidth) await grants.getByTestId('chart-scroll-hint').waitFor();

      // Choosing a state lists the instances in it; the demo has grants waiting in screening.
      await grants.locator('[data-state=screening]').click();
      const listed = grants.getByTestId('state-instances');
      await listed.getByRole('link').first().waitFor();
      await expect(listed.locator('h3').textContent()).resolves.toContain('形式审查');
      await expect(grants.getByText(/^(0 分钟|0 秒)$/).count()).resolves.toBe(0);
      await grants.screenshot({ path: `${ARTIFACTS}/console-grant-chart.png` });
      await shotBothSizes(admin, 'console');
      expect(await seriousAccessibilityProblems(admin)).toEqual([]);

      // The instance list names each item, its applicant and amount in yuan, and finds it on the server by
      // any part of a business key: a project title, an organisation, a registration number.
      await admin.goto('/console/instances?workflow=grant-approval');
      const rows = admin.locator('table.table tbody tr');
      await rows.first().waitFor();
      const subject = (await rows.first().locator('a').innerText()).trim();
      expect(subject).not.toBe('资助审批');
      const cells = await rows.first().locator('td').allInnerTexts();
      expect(cells[1]).toMatch(/\S/);
      expect(cells[2]).toMatch(/^¥[\d,]+\.\d{2}$/);
      await admin.getByTestId('instance-search').fill(subject.slice(2, 6));
      await admin.waitForURL(/[?&]q=/);
      // Every row found names it in its title or its applicant (waited for: the whole list stands until the search answers).
      const everyRowHas = (term: string) =>
        admin.waitForFunction((needle) => {
          const found = [...document.querySelectorAll('table.table tbody tr')];
          return found.length > 0 && found.every((row) => row.textContent?.includes(needle));
        }, term);
      await everyRowHas(subject.slice(2, 6));
      const organisation = cells[1].trim();
      await admin.getByTestId('instance-search').fill(organisation.slice(1, 5));
      await admin.waitForFunction((typed) => new URL(location.href).searchParams.get('q') === typed, organisation.slice(1, 5));
      await everyRowHas(organisation.slice(1, 5));
      await shotBothSizes(admin, 'console-instance-search');
      expect(await seriousAccessibilityProblems(admin)).toEqual([]);

      const registered = (await web.engine.http.get('/api/public/enterprises').expect(200)).body.items[0] as { name: string; registrationNo: string };
      await admin.goto('/console/instances');
      await admin.getByTestId('instance-search').fill(registered.registrationNo.slice(0, 12).toLowerCase());
      await admin.waitForURL(/[?&]q=/);
      // The whole list holds it too: wait for the list the search leaves, which is that one filing alone.
      await admin.waitForFunction(() => document.querySelectorAll('table.table tbody tr').length === 1);
      await expect(rows.first().locator('a').innerText()).resolves.toBe(registered.name);
      await admin.getByTestId('instance-search').fill('从未有人起过这个名字');
      await admin.getByText('没有找到相符的事项').waitFor();
      await admin.goto('/console');
      await overview.getByTestId('overview-fund').first().waitFor();

      // A fund chosen from the overview opens its ledger in view, with focus on it.
      await overview.getByTestId('overview-fund').first().click();
      const ledger = admin.getByTestId('fund-ledger');
      await ledger.locator('h3').waitFor();
      await admin.waitForFunction(() => {
        const heading = document.querySelector('[data-testid=fund-ledger] h3');
        const box = heading?.getBoundingClientRect();
        return document.activeElement === heading && box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
      });
      await shotBothSizes(admin, 'console-fund-ledger');
      expect(await seriousAccessibilityProblems(admin)).toEqual([]);
    }));
});
