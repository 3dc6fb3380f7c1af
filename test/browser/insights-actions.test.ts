import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FunnelResult } from '../../src/analytics/funnel/funnel-result.ts';
import type { PainPointsResult } from '../../src/analytics/insights/pain-points-result.ts';
import type { MomentsOfTruthResult } from '../../src/analytics/insights/run-moments-of-truth.ts';
import type { JourneyMap } from '../../src/model/index.ts';
import { hasChromium, screenshot } from './browser.ts';
import { type AdminAccount, type BrowserSuite, startBrowserSuite } from './suite.ts';

const ADMIN: AdminAccount = {
  email: 'admin@example.com',
  password: 'insights-test-password-1',
  token: 'insights-test-admin-token-0001',
};
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
    let suite: BrowserSuite;
    let page: Page;

    const chooseMapAndRun = async (p: Page, button: string) => {
      await p.getByLabel('Journey map').selectOption({ label: MAP_NAME });
      await p.getByRole('button', { name: button }).click();
    };

    beforeAll(async () => {
      suite = await startBrowserSuite({ people: 300, seed: 23, admin: ADMIN });
      ({ page } = await suite.newSignedInPage());
    }, 180_000);

    afterAll(async () => {
      await suite?.dispose();
    });

    it('ranks pain points with the top touchpoint the API gives for the same spec, each factor shown', async () => {
      const mapId = suite.mapId('en');
      const ranking = await suite.api<PainPointsResult>('POST', '/api/v1/query', {
        type: 'painPoints',
        mapId,
      });
      const top = ranking.painPoints[0];
      expect(top, 'the demo map has a pain point').toBeDefined();

      await page.goto(`${suite.url}/analytics/pain-points`);
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
      await suite.expectAccessible(page);
      await screenshot(page, '60-pain-points');
    });

    it("adds a moment of truth to the map's lane, and says so in words when it is already there", async () => {
      const mapId = suite.mapId('en');
      const found = await suite.api<MomentsOfTruthResult>('POST', '/api/v1/query', {
        type: 'momentsOfTruth',
        mapId,
        outcome: { kind: 'conversion' },
      });
      const moment = found.moments.find((m) => m.isMoment);
      expect(moment, 'the demo map has a moment of truth').toBeDefined();

      await page.goto(`${suite.url}/analytics/moments-of-truth`);
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
      await suite.expectAccessible(page);
      await row.evaluate((r) => r.scrollIntoView({ block: 'center' }));
      await screenshot(page, '61-moments-of-truth');

      // Stored on the map, in the map's language, on the touchpoint's stage …
      const stored = await suite.api<{ doc: JourneyMap }>('GET', `/api/v1/maps/${mapId}`);
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
      await page.goto(`${suite.url}/analytics/moments-of-truth`);
      await chooseMapAndRun(page, 'Find moments of truth');
      const again = page.locator(`.moments-table tr[data-touchpoint-id="${moment!.touchpointId}"]`);
      await again.getByRole('button', { name: /^Add to the map's moments-of-truth lane/ }).click();
      await expect.poll(() => again.getByRole('status').textContent()).toContain('already on the map');
      const after = await suite.api<{ doc: JourneyMap }>('GET', `/api/v1/maps/${mapId}`);
      expect(after.doc.laneItems.filter((i) => i.id === moment!.laneItem!.id)).toHaveLength(1);
    });

    it("saves a funnel step's drop-off as an audience of that many people, and downloads it as CSV", async () => {
      const funnel = await suite.api<FunnelResult>('POST', '/api/v1/query', {
        type: 'funnel',
        steps: [{ event: 'Product Viewed' }, { event: 'Order Completed' }],
        window: { value: 7, unit: 'day' },
        order: 'ordered',
      });
      const dropOff = funnel.steps[1]!.dropOff;
      expect(dropOff, 'some demo viewers did not buy').toBeGreaterThan(0);

      await page.goto(`${suite.url}/analytics/funnel`);
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
      await suite.expectAccessible(page);
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

      await suite.expectAccessible(page);
      await screenshot(page, '64-audiences');
    });

    it('adds a suggested persona to the map, whose persona filter then offers it', async () => {
      await page.goto(`${suite.url}/analytics/persona-suggestions`);
      await page.getByRole('heading', { level: 1, name: 'Personas from data' }).waitFor();
      await chooseMapAndRun(page, 'Suggest personas');
      const cards = page.locator('.suggestion-card');
      await cards.first().waitFor();
      // A suggestion with a proposed rule: added, it can filter the map's numbers.
      const withRule = cards.filter({ hasText: 'People whose traits match' }).first();
      const name = (await withRule.locator('h3').textContent())!;
      await suite.expectAccessible(page);
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
      const viewer = await suite.signedInAs('viewer');
      try {
        const p = viewer.page;
        await p.goto(`${suite.url}/analytics/moments-of-truth`);
        await chooseMapAndRun(p, 'Find moments of truth');
        await p.locator('.moments-table').waitFor();
        expect(await p.getByRole('button', { name: /^Add to the map/ }).count()).toBe(0);

        await p.goto(`${suite.url}/audiences`);
        await p.getByRole('region', { name: 'Viewed, did not buy' }).waitFor();
        expect(await p.getByRole('link', { name: /^Download CSV/ }).count()).toBeGreaterThan(0);
        expect(await p.getByRole('button', { name: /^Delete/ }).count()).toBe(0);
      } finally {
        await viewer.ctx.close();
      }
    });

    it('raised no errors in the page', () => {
      expect(suite.pageErrors).toEqual([]);
    });
  },
);
