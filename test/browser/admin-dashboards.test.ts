/**
 * Personas, persona-filtered live numbers, KPI tiles, stage flow, dashboards and the admin pages,
 * driven in Chromium against `journeylens demo` (issue 4). Expected numbers come from the query
 * API's answer to the same question, and texts are written out by hand: the point is that the page
 * shows what a person reading the API answer would expect.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyResult } from '../../src/analytics/journey/journey-result.ts';
import type { KpiResult } from '../../src/analytics/kpi/kpi-result.ts';
import type { JourneyMap } from '../../src/model/index.ts';
import { hasChromium, screenshot } from './browser.ts';
import { type AdminAccount, type BrowserSuite, startBrowserSuite } from './suite.ts';

const ADMIN: AdminAccount = {
  email: 'admin@example.com',
  password: 'browser-test-password-2',
  token: 'browser-test-admin-token-0002',
};
const SEED = 12;

const en = new Intl.NumberFormat('en');

describe.skipIf(!hasChromium)('personas, KPIs, dashboards and admin pages in Chromium', () => {
  let suite: BrowserSuite;
  let page: Page;

  beforeAll(async () => {
    suite = await startBrowserSuite({ people: 200, seed: SEED, admin: ADMIN });
    ({ page } = await suite.newSignedInPage());
  });

  afterAll(async () => {
    await suite?.dispose();
  });

  it('creates a persona with an emoji, shows its badge and saves it with the map', async () => {
    const mapId = suite.mapId('en');
    await page.goto(`${suite.url}/maps/${mapId}`);
    await page.getByRole('heading', { level: 1, name: 'Shop customer journey (demo)' }).waitFor();
    await page.getByRole('button', { name: 'Add persona' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a persona' });
    await dialog.getByLabel('Name', { exact: true }).fill('Weekend gardener');
    await dialog.getByRole('textbox', { name: 'Emoji' }).fill('🌱');
    await dialog.getByLabel('Quote (in their words)').fill('I buy seeds on Saturday mornings.');
    await dialog.getByLabel('Occupation').fill('Teacher');
    await dialog.getByLabel('Goals (one per line)').fill('Find the right seeds\nDelivery before the weekend');
    await dialog.getByRole('checkbox', { name: 'Store' }).check();
    await dialog.getByRole('button', { name: 'Add condition' }).click();
    await dialog.getByLabel('Trait of condition 1').fill('persona_hint');
    await dialog.getByLabel('Value of condition 1').fill('gardener');
    await suite.expectAccessible(page);
    await screenshot(page, '20-persona-dialog');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();

    const badge = page.locator('.persona', { hasText: 'Weekend gardener' });
    await badge.waitFor();
    expect(await badge.locator('.persona-avatar').textContent()).toBe('🌱');
    await expect
      .poll(() => badge.locator('.persona-quote').textContent())
      .toBe('I buy seeds on Saturday mornings.');
    await page.getByText('All changes saved').waitFor();

    // Saved with the map, as typed.
    const { doc } = await suite.api<{ doc: JourneyMap }>('GET', `/api/v1/maps/${mapId}`);
    expect(doc.personas.find((p) => p.name === 'Weekend gardener')).toMatchObject({
      emoji: '🌱',
      quote: 'I buy seeds on Saturday mornings.',
      demographics: { occupation: 'Teacher' },
      goals: ['Find the right seeds', 'Delivery before the weekend'],
      preferredChannels: ['store'],
      segment: { match: 'all', conditions: [{ trait: 'persona_hint', op: 'eq', value: 'gardener' }] },
    });
    await suite.expectAccessible(page);
    await screenshot(page, '21-persona-badge');
  });

  it('filters the map’s live numbers by a persona, and they change to that persona’s', async () => {
    const mapId = suite.mapId('en');
    const { doc } = await suite.api<{ doc: JourneyMap }>('GET', `/api/v1/maps/${mapId}`);
    const everyone = await suite.api<JourneyResult>('POST', '/api/v1/query', { type: 'journey', mapId });
    // A demo persona with a rule, and a touchpoint where its reach is not everyone's.
    let chosen:
      | { persona: JourneyMap['personas'][number]; id: string; all: number; theirs: number }
      | undefined;
    for (const persona of doc.personas.filter((p) => p.segment && p.name !== 'Weekend gardener')) {
      const theirs = await suite.api<JourneyResult>('POST', '/api/v1/query', {
        type: 'journey',
        mapId,
        persona: persona.id,
      });
      const tp = theirs.touchpoints.find((t) => {
        const all = everyone.touchpoints.find((e) => e.id === t.id)?.reach ?? 0;
        return t.measured && (t.reach ?? 0) > 0 && all > (t.reach ?? 0);
      });
      if (tp) {
        const all = everyone.touchpoints.find((e) => e.id === tp.id)!.reach!;
        chosen = { persona, id: tp.id, all, theirs: tp.reach! };
        break;
      }
    }
    expect(chosen, 'a demo persona reaches a touchpoint less often than everyone').toBeDefined();
    const { persona, id, all, theirs } = chosen!;

    const reach = page.locator(`[data-touchpoint-id="${id}"] [data-figure="reach"]`);
    await expect.poll(() => reach.textContent()).toBe(en.format(all));
    await page.getByLabel('Live numbers for').selectOption(persona.id);
    await expect.poll(() => reach.textContent()).toBe(en.format(theirs));
    await page
      .getByText(`Live numbers of the people of persona “${persona.name}”, from all recorded events.`)
      .waitFor();
    await expect
      .poll(() => page.locator(`.persona-highlighted[data-persona-id="${persona.id}"]`).count())
      .toBe(1);
    await suite.expectAccessible(page);
    await screenshot(page, '22-map-filtered-by-persona');

    await page.getByLabel('Live numbers for').selectOption('');
    await expect.poll(() => reach.textContent()).toBe(en.format(all));
  });

  it('shows KPI tiles per channel as the query API answers them', async () => {
    const answer = await suite.api<KpiResult>('POST', '/api/v1/query', {
      type: 'kpi',
      metric: 'revenue',
      breakdown: { on: 'field', name: 'channel' },
      timezone: 'UTC',
    });
    expect(answer.breakdown?.length, 'the demo has orders on several channels').toBeGreaterThan(1);
    await page.goto(`${suite.url}/analytics/kpi`);
    await page.getByRole('heading', { level: 1, name: 'KPI tiles' }).waitFor();
    await page.getByLabel('KPI', { exact: true }).selectOption('revenue');
    await page.getByLabel('Tiles per').selectOption('channel');
    await page.getByRole('button', { name: 'Show KPI' }).click();
    const tiles = page.locator('.kpi-tile');
    await expect.poll(() => tiles.count()).toBe(1 + answer.breakdown!.length);
    expect(await tiles.first().getAttribute('data-kpi-value')).toBe(String(answer.value));
    expect(await tiles.first().locator('.kpi-tile-count').textContent()).toBe(
      `Orders: ${en.format(answer.count)}`,
    );
    await suite.expectAccessible(page);
    await screenshot(page, '23-kpi-tiles');
  });

  it('shows a map’s stage flow with the people per stage the query API counts', async () => {
    const mapId = suite.mapId('en');
    const flow = await suite.api<JourneyResult>('POST', '/api/v1/query', { type: 'journey', mapId });
    const stage = flow.stages.find((s) => s.measured && (s.persons ?? 0) > 0)!;
    await page.goto(`${suite.url}/analytics/stage-flow`);
    await page.getByRole('heading', { level: 1, name: 'Stage flow' }).waitFor();
    await page.getByLabel('Journey map').selectOption(mapId);
    await page.getByRole('button', { name: 'Show stage flow' }).click();
    await page.getByTestId('stage-flow-summary').waitFor();
    expect(await page.getByTestId('stage-flow-summary').textContent()).toBe(
      `${en.format(flow.persons)} people reached at least one stage.`,
    );
    expect(await page.locator(`tr[data-stage-id="${stage.id}"] [data-figure="persons"]`).textContent()).toBe(
      en.format(stage.persons!),
    );
    await page
      .getByRole('img', { name: /^Bar chart of people per stage/ })
      .locator('svg')
      .waitFor();
    await suite.expectAccessible(page);
    await screenshot(page, '24-stage-flow');
  });

  it('saves a funnel to a new dashboard, and the dashboard runs it again', async () => {
    await page.goto(`${suite.url}/analytics/funnel`);
    await page.getByRole('heading', { level: 1, name: 'Funnel analysis' }).waitFor();
    await page.getByLabel('Step 1', { exact: true }).selectOption('Product Viewed');
    await page.getByLabel('Step 2', { exact: true }).selectOption('Order Completed');
    await page.getByRole('button', { name: 'Run funnel' }).click();
    const summary = await page.getByTestId('funnel-summary').textContent();

    await page.getByRole('button', { name: 'Save to dashboard' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save to a dashboard' });
    expect(await dialog.getByLabel('Title of the view').inputValue()).toBe(
      'Funnel: Product Viewed → Order Completed',
    );
    await dialog.getByLabel('Name of the new dashboard').fill('Weekly review');
    await suite.expectAccessible(page);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved to “Weekly review”.').waitFor();
    await page.getByRole('link', { name: 'Open the dashboard' }).click();

    await page.getByRole('heading', { level: 1, name: 'Weekly review' }).waitFor();
    const view = page.getByRole('region', { name: 'Funnel: Product Viewed → Order Completed' });
    await view.getByTestId('funnel-summary').waitFor();
    expect(await view.getByTestId('funnel-summary').textContent()).toBe(summary);
    await suite.expectAccessible(page);
    await screenshot(page, '25-dashboard');

    // Listed with its one view.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboards' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboards' }).waitFor();
    const row = page.getByRole('row', { name: /Weekly review/ });
    expect(await row.locator('td').first().textContent()).toBe('1');
    await screenshot(page, '26-dashboards');
  });

  it('creates a write key that ingests until it is revoked', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API keys' }).click();
    await page.getByRole('heading', { level: 1, name: 'API keys' }).waitFor();
    await page.getByLabel('Kind').selectOption('write');
    await page.getByLabel('Name (where it is used)').fill('Shop website');
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = (await page.locator('[data-new-secret] code').textContent())!;
    expect(secret).toMatch(/^jlw_/);
    const track = () =>
      fetch(`${suite.url}/v1/track`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${secret}:`).toString('base64')}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ userId: 'browser-key-test', event: 'Key Tested' }),
      });
    expect((await track()).status).toBe(200);
    await suite.expectAccessible(page);
    await screenshot(page, '27-api-keys');

    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Revoke key “Shop website”' }).click();
    const row = page.getByRole('row', { name: /Shop website/ });
    await expect.poll(() => row.getAttribute('data-revoked')).toBe('true');
    expect(await row.textContent()).toContain('Revoked');
    expect((await track()).status).toBe(401);
  });

  it('adds a person on the users page and changes their role', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await page.getByLabel('E-mail').fill('ola@example.com');
    await page.getByLabel('Name', { exact: true }).fill('Ola Nowak');
    await page.getByLabel('Role', { exact: true }).selectOption('editor');
    await page.getByLabel('First password').fill('ola-password-0001');
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.getByText('ola@example.com can now sign in.').waitFor();
    await page.getByLabel('Role of Ola Nowak').selectOption('viewer');
    await page.getByText('Ola Nowak now has the role viewer.').waitFor();
    const { users } = await suite.api<{ users: { email: string; role: string }[] }>('GET', '/api/v1/users');
    expect(users.find((u) => u.email === 'ola@example.com')?.role).toBe('viewer');
    await suite.expectAccessible(page);
    await screenshot(page, '28-users');
  });

  it('does not offer a viewer the admin pages, and the API refuses them too', async () => {
    const viewer = await suite.newPage();
    try {
      // Ola was made a viewer in the previous test.
      await suite.signIn(viewer.page, 'ola@example.com', 'ola-password-0001');
      const p = viewer.page;
      const nav = p.getByRole('navigation', { name: 'Main' });
      expect(await nav.getByRole('link', { name: 'API keys' }).count()).toBe(0);
      expect(await nav.getByRole('link', { name: 'Users' }).count()).toBe(0);
      await p.goto(`${suite.url}/admin/keys`);
      await p
        .getByText('Only admins of the workspace can see this page; your role is viewer.', { exact: false })
        .waitFor();
      expect(await p.getByRole('button', { name: 'Create key' }).count()).toBe(0);
      const status = await p.evaluate(async () => {
        const res = await fetch('/api/v1/keys', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ kind: 'write', name: 'sneaky' }),
        });
        return res.status;
      });
      expect(status).toBe(403);
      // Viewers read dashboards but are not offered to save to one.
      await p.goto(`${suite.url}/dashboards`);
      await p.getByRole('link', { name: 'Weekly review' }).waitFor();
      expect(await p.getByRole('heading', { name: 'New dashboard' }).count()).toBe(0);
      await suite.expectAccessible(p);
      await screenshot(p, '29-viewer-admin-only');
    } finally {
      await viewer.ctx.close();
    }
  });

  it('raised no uncaught errors in the pages', () => {
    expect(suite.pageErrors).toEqual([]);
  });
});
