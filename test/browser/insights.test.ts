import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttributionResult } from '../../src/analytics/attribution/attribution-result.ts';
import type { BasketResult } from '../../src/analytics/basket/basket-result.ts';
import type { VocResult } from '../../src/analytics/voc/voc-result.ts';
import { hasChromium, screenshot } from './browser.ts';
import { type AdminAccount, type BrowserSuite, startBrowserSuite } from './suite.ts';

const ADMIN: AdminAccount = {
  email: 'admin@example.com',
  password: 'insights-test-password-1',
  token: 'insights-test-admin-token-0001',
};
const SEED = 11;

// Expected texts are written with Intl here, by hand, not with the app's formatters: the page
// must show what a person reading the API's answer would expect in each language.
const enCount = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const enOneDecimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const enTwoDecimals = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const plTwoDecimals = new Intl.NumberFormat('pl', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const enPercent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
const enSigned = new Intl.NumberFormat('en', { maximumFractionDigits: 0, signDisplay: 'exceptZero' });

/** What the attribution page asks with its defaults (attribution-form.ts), written out. */
const ATTRIBUTION_SPEC = {
  type: 'attribution',
  conversion: { event: 'Order Completed' },
  touch: { by: 'channel' },
  lookback: { value: 30, unit: 'day' },
  valueProperties: ['revenue'],
  models: [
    'first_touch',
    'last_touch',
    'last_non_direct',
    'linear',
    'time_decay',
    'position_based',
    'markov',
    'shapley',
  ],
  order: 1,
  bootstrap: { iterations: 100 },
};

if (!hasChromium) {
  console.warn(
    'Skipping the insights browser tests: /usr/bin/chromium is missing. Run scripts/setup-test-deps.sh.',
  );
}

describe.skipIf(!hasChromium)('attribution, voice of the customer and baskets in Chromium', () => {
  let suite: BrowserSuite;
  let page: Page;

  const query = <T>(spec: unknown) => suite.api<T>('POST', '/api/v1/query', spec);

  /** The answer at the top of the window, for the screenshot. */
  const showResult = () =>
    page.evaluate(() => document.querySelector('.analytics-result')?.scrollIntoView({ block: 'start' }));

  const expectAccessible = () => suite.expectAccessible(page);

  /** Opens an analytics view through its tab, as a user would. */
  const openTab = async (tab: string, title: string) => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Analytics' }).click();
    await page.getByRole('navigation', { name: 'Analytics views' }).getByRole('link', { name: tab }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
  };

  beforeAll(async () => {
    suite = await startBrowserSuite({ people: 200, seed: SEED, admin: ADMIN });
    ({ page } = await suite.newSignedInPage());
  });

  afterAll(async () => {
    await suite?.dispose();
  });

  it('attributes Order Completed to channels with every model, as the query API does', async () => {
    await openTab('Attribution', 'Attribution');
    // The defaults: the workspace's Order Completed and its revenue, channels, 30 days, all models.
    expect(await page.getByLabel('Conversion event').inputValue()).toBe('Order Completed');
    expect(await page.getByLabel('Value of a conversion').inputValue()).toBe('revenue');
    await page.getByRole('button', { name: 'Attribute conversions' }).click();
    await page.getByTestId('attribution-summary').waitFor();

    const expected = await query<AttributionResult>(ATTRIBUTION_SPEC);
    expect(expected.conversions).toBeGreaterThan(0);

    const summary = (await page.getByTestId('attribution-summary').textContent())!;
    expect(summary).toContain(`${enCount.format(expected.conversions)} conversions`);
    // The Markov credit of the web channel, and the last-touch credit of the store, cell by cell.
    const cell = (model: string, channel: string) =>
      page.locator(`[data-testid="attribution-table"] td[data-model="${model}"][data-channel="${channel}"]`);
    expect(await cell('markov', 'web').textContent()).toBe(enOneDecimal.format(expected.models.markov!.web!));
    expect(await cell('last_touch', 'store').textContent()).toBe(
      enOneDecimal.format(expected.models.last_touch!.store!),
    );
    // Removal effects, the transition matrix, bootstrap intervals and how Shapley was computed.
    const removal = page.getByTestId('removal-effects');
    // Channels are named in the interface language: web is "Website".
    expect(
      await removal
        .getByRole('row', { name: /^Website / })
        .locator('td')
        .first()
        .textContent(),
    ).toBe(enPercent.format(expected.removalEffects.web!));
    await page.getByTestId('transition-matrix').waitFor();
    await page.getByRole('table', { name: /Bootstrap intervals at 95%/ }).waitFor();
    expect(await page.getByTestId('shapley-note').textContent()).toContain('computed exactly');
    await page.getByText('nothing is unattributed').waitFor();
    await page.locator('.attribution-result svg').first().waitFor(); // the grouped bars are drawn

    await expectAccessible();
    await showResult();
    await screenshot(page, '50-attribution');

    // Value instead of conversions: the same cell now shows the value credited.
    await page.getByLabel('Credit shown as').selectOption('value');
    expect(await cell('markov', 'web').textContent()).toBe(
      enTwoDecimals.format(expected.values.markov!.web!),
    );
  });

  it('explains unattributed conversions when no touch is found before them', async () => {
    await page.getByLabel('A touch is').selectOption('property');
    await page.getByLabel('Property', { exact: true }).fill('utm_source');
    await page.getByRole('button', { name: 'Attribute conversions' }).click();
    await page.getByTestId('attribution-empty').waitFor();
    // The demo keeps its utm in context.campaign, not in properties: no event carries the property.
    const expected = await query<AttributionResult>({
      ...ATTRIBUTION_SPEC,
      touch: { by: 'property', name: 'utm_source' },
    });
    expect(expected.unattributed?.conversions).toBeGreaterThan(0);
    expect(await page.getByTestId('attribution-empty').textContent()).toContain(
      `Unattributed: ${enCount.format(expected.unattributed!.conversions)} conversions`,
    );
    await expectAccessible();
  });

  it('saves an attribution to a dashboard, which shows it again from the spec', async () => {
    await page.getByLabel('A touch is').selectOption('channel');
    await page.getByRole('button', { name: 'Attribute conversions' }).click();
    await page.getByTestId('attribution-summary').waitFor();
    const summary = await page.getByTestId('attribution-summary').textContent();
    await page.getByRole('button', { name: 'Save to dashboard' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save to a dashboard' });
    expect(await dialog.getByLabel('Title of the view').inputValue()).toBe(
      'Attribution of “Order Completed”',
    );
    await dialog.getByLabel('Name of the new dashboard').fill('Insights');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved to “Insights”.').waitFor();
    await page.getByRole('link', { name: 'Open the dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();
    const view = page.getByRole('region', { name: 'Attribution of “Order Completed”' });
    await view.getByTestId('attribution-summary').waitFor();
    expect(await view.getByTestId('attribution-summary').textContent()).toBe(summary);
    await expectAccessible();
  });

  it('shows NPS, CSAT and CES with counts and intervals, a trend, the channel breakdown and themes', async () => {
    await openTab('Voice of the customer', 'Voice of the customer');
    await page.getByRole('button', { name: 'Show the voice of the customer' }).click();
    await page.getByTestId('voc-tile-nps').waitFor();
    const expected = await query<VocResult>({
      type: 'voc',
      by: 'channel',
      interval: { unit: 'week' },
      timezone: 'UTC',
    });
    const nps = expected.nps!;
    expect(nps.count).toBeGreaterThan(0);
    const tile = page.getByTestId('voc-tile-nps');
    expect(await tile.locator('.kpi-tile-value').textContent()).toBe(enSigned.format(nps.value!));
    const tileText = (await tile.textContent())!;
    expect(tileText).toContain(`${enCount.format(nps.count)} answers`);
    expect(tileText).toContain(
      `95% interval: ${enSigned.format(nps.ci!.low)} to ${enSigned.format(nps.ci!.high)}`,
    );
    expect(await page.getByTestId('voc-tile-csat').locator('.kpi-tile-value').textContent()).toBe(
      enPercent.format(expected.csat!.value!),
    );
    // Breakdown rows, one per channel the API names; the first theme and one of its quotes.
    const groups = page.getByTestId('voc-groups');
    const channelNames: Record<string, string> = {
      email: 'E-mail',
      web: 'Website',
      app: 'Mobile app',
      store: 'Store',
    };
    expect(expected.groups!.map((g) => g.key).sort()).toEqual(Object.keys(channelNames).sort());
    for (const g of expected.groups!) {
      await groups.getByRole('rowheader', { name: channelNames[g.key!], exact: true }).waitFor();
    }
    const themes = page.getByTestId('voc-themes');
    const first = expected.themes![0]!;
    await themes.getByRole('rowheader', { name: first.label, exact: true }).waitFor();
    expect(await themes.textContent()).toContain(first.examples[0]!);
    expect(await page.getByTestId('voc-sentiment-summary').textContent()).toContain(
      `${enCount.format(expected.texts.analysed)} of ${enCount.format(expected.texts.total)} texts`,
    );
    await page.locator('.voc-trend svg').first().waitFor();
    await expectAccessible();
    await showResult();
    await screenshot(page, '51-voice-of-customer');
  });

  it('says where it looks for survey answers when it finds none', async () => {
    const settings = await suite.api<{ surveys: Record<string, string> }>('GET', '/api/v1/settings');
    await suite.api('PUT', '/api/v1/settings', {
      ...settings,
      surveys: { ...settings.surveys, event: 'Survey Answered' },
    });
    try {
      await page.getByRole('button', { name: 'Show the voice of the customer' }).click();
      const notice = page.getByTestId('voc-no-answers');
      await notice.waitFor();
      const where = notice.getByTestId('voc-survey-settings');
      await where.waitFor();
      expect(await where.textContent()).toContain('“Survey Answered” events');
      expect(await where.textContent()).toContain('score in “score”');
      await expectAccessible();
    } finally {
      await suite.api('PUT', '/api/v1/settings', settings);
    }
  });

  it('lists rules and itemsets bought together, sortable from the keyboard, ∞ for a rule that never fails', async () => {
    await openTab('Baskets', 'Baskets');
    await page.getByRole('button', { name: 'Find products bought together' }).click();
    await page.getByTestId('baskets-summary').waitFor();
    const expected = await query<BasketResult>({
      type: 'basket',
      purchase: { event: 'Order Completed' },
      basket: { by: 'event' },
      minSupport: 0.01,
      minConfidence: 0.5,
      minLift: 1,
    });
    expect(expected.rules.length).toBeGreaterThan(0);
    expect(await page.getByTestId('baskets-summary').textContent()).toContain(
      `${enCount.format(expected.transactions)} baskets`,
    );
    const rules = page.getByTestId('rules-table');
    const firstRow = rules.locator('tbody tr').first();
    // Sorted by lift: the API sorts rules by lift too, so the first rows agree.
    const top = expected.rules[0]!;
    expect(await firstRow.locator('th').textContent()).toContain(`{${top.antecedent.join(', ')}}`);
    expect(await firstRow.locator('td').nth(2).textContent()).toBe(enTwoDecimals.format(top.lift));
    if (expected.rules.some((r) => r.conviction === null)) {
      expect(await rules.locator('abbr', { hasText: '∞' }).count()).toBeGreaterThan(0);
    }
    // Sort by support with the keyboard: focus the column's button and press Enter.
    await rules.getByRole('button', { name: /^Support/ }).focus();
    await page.keyboard.press('Enter');
    const bySupport = Math.max(...expected.rules.map((r) => r.support));
    expect(await firstRow.locator('td').first().textContent()).toBe(enPercent.format(bySupport));
    expect(await rules.getByRole('columnheader', { name: /^Support/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    expect(await page.getByTestId('itemsets-table').locator('tbody tr').count()).toBe(
      expected.itemsets.length,
    );
    await expectAccessible();
    await showResult();
    await screenshot(page, '52-baskets');

    // In Polish, numbers are written with a decimal comma.
    await page.getByLabel('Language').selectOption('pl');
    await page.getByRole('heading', { level: 1, name: 'Koszyki' }).waitFor();
    await page.getByRole('button', { name: /^Lift/ }).click();
    expect(await firstRow.locator('td').nth(2).textContent()).toBe(plTwoDecimals.format(top.lift));
    await expectAccessible();
    await showResult();
    await screenshot(page, '53-baskets-pl');
    await page.getByLabel('Język').selectOption('en');
  });

  it('raised no errors in the page', () => {
    expect(suite.pageErrors).toEqual([]);
  });
});
