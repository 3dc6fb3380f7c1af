import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FunnelResult } from '../../src/analytics/funnel/funnel-result.ts';
import type { PainPointsResult } from '../../src/analytics/insights/pain-points-result.ts';
import type { MomentsOfTruthResult } from '../../src/analytics/insights/run-moments-of-truth.ts';
import { ensureWebBuild } from '../../src/cli/ensure-web-build.ts';
import type { JourneyMap } from '../../src/model/index.ts';
import { hasChromium, launchChromium, screenshot, seriousA11yViolations, VIEWPORT } from './browser.ts';
import { type DemoServer, startDemoServer } from './demo-server.ts';

const ADMIN_EMAIL = 'admin@example.com';
const ADMIN_PASSWORD = 'insights-test-password-1';
const ADMIN_TOKEN = 'insights-test-admin-token-0001';
const MAP_NAME = 'Shop customer journey (demo)';

// Expected texts are written out by hand from the API's numbers (not by the app's formatters):
// counts and percentages as Intl writes them in English, rate differences in signed percentage
// points with one decimal.
const en = new Intl.NumberFormat('en');
const enPercent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
const points = (fraction: number) =>
  new Intl.NumberFormat('en', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(fraction * 100);

if (!hasChromium) {
  console.warn(
    'Skipping the browser tests: /usr/bin/chromium is missing. Run scripts/setup-test-deps.sh as root.',
  );
}

describe.skipIf(!hasChromium)(
  'journey insights and their actions in Chromium, against `journeylens demo`',
  () => {
    let server: DemoServer;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    const pageErrors: string[] = [];

    const api = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
      const res = await fetch(`${server.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    };

    const expectAccessible = async (p: Page) => {
      expect(await seriousA11yViolations(p)).toEqual([]);
    };

    const chooseMapAndRun = async (p: Page, button: string) => {
      await p.getByLabel('Journey map').selectOption({ label: MAP_NAME });
      await p.getByRole('button', { name: button }).click();
    };

    beforeAll(async () => {
      await ensureWebBuild({ log: (line) => console.log(line) });
      [server, browser] = await Promise.all([
        startDemoServer({
          people: 300,
          seed: 23,
          env: {
            JOURNEYLENS_ADMIN_EMAIL: ADMIN_EMAIL,
            JOURNEYLENS_ADMIN_PASSWORD: ADMIN_PASSWORD,
            JOURNEYLENS_ADMIN_TOKEN: ADMIN_TOKEN,
            JOURNEYLENS_WEB_BUILD: 'off',
          },
        }),
        launchChromium(),
      ]);
      context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US', timezoneId: 'UTC' });
      page = await context.newPage();
      page.setDefaultTimeout(20_000);
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${server.url}/sign-in`);
      await page.getByLabel('E-mail').fill(ADMIN_EMAIL);
      await page.getByLabel('Password').fill(ADMIN_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { level: 1, name: 'Journey maps' }).waitFor();
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('ranks pain points with the top touchpoint the API gives for the same spec, each factor shown', async () => {
      const mapId = server.mapId('en');
      const ranking = await api<PainPointsResult>('POST', '/api/v1/query', { type: 'painPoints', mapId });
      const top = ranking.painPoints[0];
      expect(top, 'the demo map has a pain point').toBeDefined();

      await page.goto(`${server.url}/analytics/pain-points`);
      await page.getByRole('heading', { level: 1, name: 'Pain points' }).waitFor();
      await chooseMapAndRun(page, 'Rank pain points');
      const table = page.locator('.pain-points-table');
      await table.waitFor();

      const first = table.locator('tbody tr').first();
      expect(await first.getAttribute('data-touchpoint-id')).toBe(top!.touchpointId);
      expect(await first.locator('th').textContent()).toContain(top!.name);
      expect(await page.getByTestId('pain-points-summary').textContent()).toContain(
        `The worst pain point is ${top!.name}.`,
      );
      // Each factor raw, as the API measured it, and its reason in words.
      expect(await first.locator('[data-figure="dropOff"]').textContent()).toContain(
        enPercent.format(top!.factors.dropOff.raw!),
      );
      expect(await first.locator('[data-figure="peopleAffected"]').textContent()).toContain(
        en.format(top!.reach),
      );
      expect(await first.locator('.why-cell').textContent()).toContain(
        `of the ${en.format(top!.reach)} people who met it never reached a later stage (${en.format(top!.dropped)} people)`,
      );
      await expect.poll(() => table.locator('tbody tr').count()).toBe(ranking.painPoints.length);
      // Touchpoints on the last stage cannot drop off before a later one: listed with that reason.
      const unranked = page.getByRole('region', { name: 'Touchpoints not ranked' }).locator('li');
      await expect.poll(() => unranked.count()).toBe(ranking.unranked.length);
      if (ranking.unranked.some((u) => u.reason === 'last_stage')) {
        expect((await unranked.allTextContents()).join('\n')).toContain(
          'there is no later stage to drop off before',
        );
      }
      await page.locator('.chart, [role="img"]').first().waitFor();
      await expectAccessible(page);
      await screenshot(page, '60-pain-points');
    });

    it("adds a moment of truth to the map's lane, and says so in words when it is already there", async () => {
      const mapId = server.mapId('en');
      const found = await api<MomentsOfTruthResult>('POST', '/api/v1/query', {
        type: 'momentsOfTruth',
        mapId,
        outcome: { kind: 'conversion' },
      });
      const moment = found.moments.find((m) => m.isMoment);
      expect(moment, 'the demo map has a moment of truth').toBeDefined();

      await page.goto(`${server.url}/analytics/moments-of-truth`);
      await page.getByRole('heading', { level: 1, name: 'Moments of truth' }).waitFor();
      await page.getByLabel('Outcome', { exact: true }).selectOption('conversion');
      await chooseMapAndRun(page, 'Find moments of truth');
      const row = page.locator(`.moments-table tr[data-touchpoint-id="${moment!.touchpointId}"]`);
      await row.waitFor();
      const s = moment!.stratified!;
      expect(await row.locator('[data-figure="stratified"]').textContent()).toBe(
        `${points(s.difference)} pp (${points(s.low)} to ${points(s.high)})`,
      );
      expect(await row.textContent()).toContain('Moment of truth');

      await row.getByRole('button', { name: /^Add to the map's moments-of-truth lane/ }).click();
      await expect
        .poll(() => row.getByRole('status').textContent())
        .toContain("Added to the map's moments-of-truth lane.");
      await expectAccessible(page);
      await row.evaluate((r) => r.scrollIntoView({ block: 'center' }));
      await screenshot(page, '61-moments-of-truth');

      // Stored on the map, in the map's language, on the touchpoint's stage …
      const stored = await api<{ doc: JourneyMap }>('GET', `/api/v1/maps/${mapId}`);
      const card = stored.doc.laneItems.find((i) => i.id === moment!.laneItem!.id);
      expect(card).toMatchObject({
        lane: 'moment_of_truth',
        stageId: moment!.stageId,
        touchpointId: moment!.touchpointId,
      });
      const text = `${moment!.name}: ${points(s.difference)} pp conversion (95% CI ${points(s.low)} to ${points(s.high)} pp)`;
      expect((card as { text: string }).text).toContain(text);

      // … and drawn in the map's moments-of-truth lane.
      await row.getByRole('link', { name: 'Open the map' }).click();
      await page.getByRole('heading', { level: 1, name: MAP_NAME }).waitFor();
      const lane = page.locator('tr[data-lane="moment_of_truth"]');
      await expect.poll(() => lane.textContent()).toContain(text);
      await lane.evaluate((r) => r.scrollIntoView({ block: 'center' }));
      await screenshot(page, '62-map-moment-lane');

      // Adding the same finding again changes nothing and says why.
      await page.goto(`${server.url}/analytics/moments-of-truth`);
      await chooseMapAndRun(page, 'Find moments of truth');
      const again = page.locator(`.moments-table tr[data-touchpoint-id="${moment!.touchpointId}"]`);
      await again.getByRole('button', { name: /^Add to the map's moments-of-truth lane/ }).click();
      await expect.poll(() => again.getByRole('status').textContent()).toContain('already on the map');
      const after = await api<{ doc: JourneyMap }>('GET', `/api/v1/maps/${mapId}`);
      expect(after.doc.laneItems.filter((i) => i.id === moment!.laneItem!.id)).toHaveLength(1);
    });

    it("saves a funnel step's drop-off as an audience of that many people, and downloads it as CSV", async () => {
      const funnel = await api<FunnelResult>('POST', '/api/v1/query', {
        type: 'funnel',
        steps: [{ event: 'Product Viewed' }, { event: 'Order Completed' }],
        window: { value: 7, unit: 'day' },
        order: 'ordered',
      });
      const dropOff = funnel.steps[1]!.dropOff;
      expect(dropOff, 'some demo viewers did not buy').toBeGreaterThan(0);

      await page.goto(`${server.url}/analytics/funnel`);
      await page.getByLabel('Step 1', { exact: true }).selectOption('Product Viewed');
      await page.getByLabel('Step 2', { exact: true }).selectOption('Order Completed');
      await page.getByLabel('Conversion window', { exact: true }).fill('7');
      await page.getByLabel('Unit of the conversion window').selectOption('day');
      await page.getByLabel('Step order').selectOption('ordered');
      await page.getByRole('button', { name: 'Run funnel' }).click();
      const dropCell = page.locator('.funnel-table tr[data-step="2"] [data-figure="dropOff"]');
      expect(await dropCell.textContent()).toBe(en.format(dropOff));
      await page.locator('.funnel-table tr[data-step="2"]').getByRole('button').click();

      await page.getByRole('button', { name: /^Save as audience/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Save as audience' });
      await dialog.getByLabel('Name of the audience').fill('Viewed, did not buy');
      await expectAccessible(page);
      await screenshot(page, '63-funnel-save-audience');
      await dialog.getByRole('button', { name: 'Save audience' }).click();
      await expect
        .poll(() => page.getByTestId('audience-saved').textContent())
        .toContain(`Saved “Viewed, did not buy”: ${en.format(dropOff)} people.`);

      await page.getByRole('link', { name: 'Open the audiences' }).click();
      await page.getByRole('heading', { level: 1, name: 'Audiences' }).waitFor();
      const card = page.getByRole('region', { name: 'Viewed, did not buy' });
      const size = card.locator('[data-figure="memberCount"]');
      expect(await size.getAttribute('data-value')).toBe(String(dropOff));
      expect(await size.textContent()).toBe(`${en.format(dropOff)} people`);
      expect(await card.textContent()).toContain(
        'People who dropped off at step 2 (Order Completed) of the funnel Product Viewed → Order Completed.',
      );

      await card.getByRole('button', { name: /^Show members/ }).click();
      await expect.poll(() => card.locator('tbody tr').count()).toBe(Math.min(20, dropOff));

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        card.getByRole('link', { name: /^Download CSV/ }).click(),
      ]);
      const csv = readFileSync((await download.path())!, 'utf8');
      const lines = csv.split('\r\n').filter((line) => line !== '');
      expect(lines[0]).toBe('person_id,ids,email,name,phone,traits');
      expect(lines.length - 1).toBe(dropOff);
      // The browser takes the UTF-8 name (filename*), so the file is named as the audience is.
      expect(download.suggestedFilename()).toBe('Viewed, did not buy.csv');

      await expectAccessible(page);
      await screenshot(page, '64-audiences');
    });

    it('adds a suggested persona to the map, whose persona filter then offers it', async () => {
      await page.goto(`${server.url}/analytics/persona-suggestions`);
      await page.getByRole('heading', { level: 1, name: 'Personas from data' }).waitFor();
      await chooseMapAndRun(page, 'Suggest personas');
      const cards = page.locator('.suggestion-card');
      await cards.first().waitFor();
      // A suggestion with a proposed rule: added, it can filter the map's numbers.
      const withRule = cards.filter({ hasText: 'People whose traits match' }).first();
      const name = (await withRule.locator('h3').textContent())!;
      await expectAccessible(page);
      await screenshot(page, '65-persona-suggestions');
      await withRule.getByRole('button', { name: /^Add as persona to the map/ }).click();
      await expect.poll(() => withRule.getByRole('status').textContent()).toContain('Added to the map.');

      await withRule.getByRole('link', { name: 'Open the map' }).click();
      await page.getByRole('heading', { level: 1, name: MAP_NAME }).waitFor();
      const filter = page.getByLabel('Live numbers for');
      await expect.poll(() => filter.locator('option').allTextContents()).toContain(name);
      await filter.selectOption({ label: name });
      await page.getByText(`Live numbers of the people of persona “${name}”`).waitFor();
    });

    it('offers a viewer no write actions', async () => {
      const email = `viewer-${Date.now()}@example.com`;
      await api('POST', '/api/v1/users', {
        email,
        name: 'Test viewer',
        role: 'viewer',
        password: 'viewer-password-0001',
      });
      const ctx = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US', timezoneId: 'UTC' });
      try {
        const p = await ctx.newPage();
        p.setDefaultTimeout(20_000);
        p.on('pageerror', (error) => pageErrors.push(error.message));
        await p.goto(`${server.url}/sign-in`);
        await p.getByLabel('E-mail').fill(email);
        await p.getByLabel('Password').fill('viewer-password-0001');
        await p.getByRole('button', { name: 'Sign in' }).click();
        await p.getByRole('heading', { level: 1, name: 'Journey maps' }).waitFor();

        await p.goto(`${server.url}/analytics/moments-of-truth`);
        await chooseMapAndRun(p, 'Find moments of truth');
        await p.locator('.moments-table').waitFor();
        expect(await p.getByRole('button', { name: /^Add to the map/ }).count()).toBe(0);

        await p.goto(`${server.url}/audiences`);
        await p.getByRole('region', { name: 'Viewed, did not buy' }).waitFor();
        expect(await p.getByRole('link', { name: /^Download CSV/ }).count()).toBeGreaterThan(0);
        expect(await p.getByRole('button', { name: /^Delete/ }).count()).toBe(0);
      } finally {
        await ctx.close();
      }
    });

    it('raised no errors in the page', () => {
      expect(pageErrors).toEqual([]);
    });
  },
);
