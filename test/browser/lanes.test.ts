import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../src/model/index.ts';
import { hasChromium, screenshot } from './browser.ts';
import { type AdminAccount, type BrowserSuite, startBrowserSuite } from './suite.ts';

const ADMIN: AdminAccount = {
  email: 'admin@example.com',
  password: 'browser-test-password-3',
  token: 'browser-test-admin-token-0003',
};

const LANE = 'Backstage processes';
const CARD = 'Courier booked within the hour';

type StoredMap = { id: string; revision: number; doc: JourneyMap };

if (!hasChromium) {
  console.warn('Skipping the lane editing browser tests: /usr/bin/chromium is missing.');
}

describe.skipIf(!hasChromium)('editing a map’s lanes in Chromium', () => {
  let suite: BrowserSuite;
  let page: Page;
  let mapId: string;

  const storedDoc = async () => (await suite.api<StoredMap>('GET', `/api/v1/maps/${mapId}`)).doc;
  /** The rows of the grid on screen, top to bottom, by their lane key. */
  const rows = () =>
    page
      .locator('table.journey-grid tbody tr[data-lane]')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-lane')));
  const customRow = () => page.locator('tr[data-lane^="custom:"]');

  beforeAll(async () => {
    suite = await startBrowserSuite({ people: 100, seed: 17, admin: ADMIN });
    ({ page } = await suite.newSignedInPage({ via: 'api', acceptDownloads: true }));
    mapId = (
      await suite.api<{ id: string }>('POST', '/api/v1/maps', {
        template: 'five_stage',
        locale: 'en',
        name: 'Lanes test map',
      })
    ).id;
  });

  afterAll(async () => {
    await suite?.dispose();
  });

  it('adds a custom lane and a card in it, moves it by mouse and keyboard, hides and shows lanes', async () => {
    await page.goto(`${suite.url}/maps/${mapId}`);
    await page.getByRole('heading', { level: 1, name: 'Lanes test map' }).waitFor();
    // A map made from a template has the default rows; the custom lane goes at the bottom.
    expect((await rows()).at(-1)).toBe('kpi');

    await page.getByRole('button', { name: '+ Add lane', exact: true }).click();
    const named = page.getByRole('dialog', { name: 'Add lane' });
    await named.getByLabel('Lane name').fill(LANE);
    await named.getByRole('button', { name: 'Save', exact: true }).click();
    await customRow().waitFor();
    const laneKey = await customRow().getAttribute('data-lane');
    expect((await rows()).at(-1)).toBe(laneKey);
    expect(await customRow().locator('th .lane-name').textContent()).toBe(LANE);

    // A card in the new lane, through the same dialog as every card.
    await page.getByRole('button', { name: `Add to ${LANE} in Awareness` }).click();
    const dialog = page.getByRole('dialog', { name: `Add a card: ${LANE}` });
    await dialog.getByLabel('Text', { exact: true }).fill(CARD);
    await suite.expectAccessible(page);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await customRow().getByText(CARD).waitFor();

    // Up one row by mouse: above the KPIs.
    await page.getByRole('button', { name: `Move lane “${LANE}” up` }).click();
    await expect.poll(async () => (await rows()).slice(-2)).toEqual([laneKey, 'kpi']);
    // Then by keyboard, Alt+↑ on the focused button, all the way to the top: focus stays on the
    // lane's tools however the row moves, so the keys can be pressed one after another.
    const up = page.getByRole('button', { name: `Move lane “${LANE}” up` });
    await up.focus();
    for (let place = (await rows()).indexOf(laneKey); place > 0; place--) {
      await page.keyboard.press('Alt+ArrowUp');
      await expect.poll(async () => (await rows()).indexOf(laneKey)).toBe(place - 1);
    }
    // At the top, "up" is disabled and focus has gone to "down" in the same lane.
    expect(await up.isDisabled()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `Move lane “${LANE}” down`,
    );

    // Hide a built-in lane and bring it back; hide another and leave it hidden.
    await page.getByRole('button', { name: 'Hide lane “Moments of truth” (its cards are kept)' }).click();
    await expect.poll(rows).not.toContain('moment_of_truth');
    await page.getByRole('button', { name: 'Show “Moments of truth”' }).click();
    await expect.poll(rows).toContain('moment_of_truth');
    await page.getByRole('button', { name: 'Hide lane “KPIs” (its cards are kept)' }).click();
    await page.getByRole('button', { name: 'Show “KPIs”' }).waitFor();
    await expect.poll(rows).not.toContain('kpi');

    // Autosaved: the server has the lane first, its card, and the KPIs hidden.
    await expect
      .poll(async () => {
        const doc = await storedDoc();
        return { first: doc.lanes?.[0], kpi: doc.lanes?.find((l) => l.lane === 'kpi') };
      })
      .toEqual({
        first: { lane: 'custom', id: laneKey!.slice('custom:'.length), name: LANE },
        kpi: { lane: 'kpi', hidden: true },
      });
    const doc = await storedDoc();
    expect(doc.laneItems).toContainEqual(
      expect.objectContaining({ lane: 'custom', laneId: laneKey!.slice('custom:'.length), text: CARD }),
    );
    await suite.expectAccessible(page);
    // The toolbar at the top of the screen: "Add lane", the hidden lanes, and the custom lane first.
    await page.locator('.editor-toolbar').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, '55-lanes');
  });

  it('shows the lanes as saved after a reload, and exports them to SVG', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Lanes test map' }).waitFor();
    await customRow().getByText(CARD).waitFor();
    const order = await rows();
    expect(order[0]).toMatch(/^custom:/);
    expect(order).toContain('moment_of_truth');
    expect(order).not.toContain('kpi');
    await page.getByRole('button', { name: 'Show “KPIs”' }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Download the map as SVG' }).click(),
    ]);
    const svg = readFileSync(await download.path(), 'utf8');
    expect(svg).toContain(`>${LANE}</text>`);
    expect(svg).toContain(`>${CARD}</text>`);
    expect(svg).toContain('>Touchpoints</text>');
    expect(svg).not.toContain('>KPIs</text>'); // hidden on screen, so not in the file either
    // The custom lane is drawn first, above the touchpoints, as on screen.
    expect(svg.indexOf(`>${LANE}</text>`)).toBeLessThan(svg.indexOf('>Touchpoints</text>'));
  });

  it('asks before deleting a lane that holds cards, and undo brings lane and card back', async () => {
    await page.getByRole('button', { name: `Delete lane “${LANE}”` }).click();
    const ask = page.getByRole('dialog', { name: `Delete lane “${LANE}”?` });
    await ask.getByText('Cards in this lane: 1.', { exact: false }).waitFor();
    await suite.expectAccessible(page);
    await ask.getByRole('button', { name: 'Delete lane and cards' }).click();
    await expect.poll(() => customRow().count()).toBe(0);
    await expect.poll(async () => (await storedDoc()).laneItems.some((i) => i.lane === 'custom')).toBe(false);

    await page.locator('body').press('Control+z');
    await customRow().getByText(CARD).waitFor();
    await expect
      .poll(async () => (await storedDoc()).laneItems.some((i) => i.lane === 'custom' && i.text === CARD))
      .toBe(true);
    expect(suite.pageErrors).toEqual([]);
  });
});
