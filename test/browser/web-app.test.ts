import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FunnelResult } from '../../src/analytics/funnel/funnel-result.ts';
import type { JourneyResult } from '../../src/analytics/journey/journey-result.ts';
import type { PathsResult } from '../../src/analytics/paths/paths-result.ts';
import type { RetentionResult } from '../../src/analytics/retention/retention-result.ts';
import { hasChromium, screenshot, VIEWPORT } from './browser.ts';
import { type AdminAccount, type BrowserSuite, startBrowserSuite } from './suite.ts';

const ADMIN: AdminAccount = {
  email: 'admin@example.com',
  password: 'browser-test-password-1',
  token: 'browser-test-admin-token-0001',
};

// Expected texts are written out by hand (not taken from the app's own formatters): the point is
// that the page shows what a person reading the API answer would expect in each language.
const en = new Intl.NumberFormat('en');
const enPercent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
const pl = new Intl.NumberFormat('pl');

if (!hasChromium) {
  console.warn(
    'Skipping the browser tests: /usr/bin/chromium is missing. Run scripts/setup-test-deps.sh as root.',
  );
}

describe.skipIf(!hasChromium)('the web app in Chromium, against `journeylens demo`', () => {
  let suite: BrowserSuite;
  let page: Page;

  beforeAll(async () => {
    suite = await startBrowserSuite({ people: 200, seed: 11, admin: ADMIN, timeout: 15_000 });
    // Signed out: the first tests sign in through the form.
    ({ page } = await suite.newPage());
  });

  afterAll(async () => {
    await suite?.dispose();
  });

  it('asks to sign in, and says in words when the password is wrong', async () => {
    await page.goto(`${suite.url}/maps`);
    await page.getByRole('heading', { level: 1, name: 'Sign in to Journeylens' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');

    await page.getByLabel('E-mail').fill(ADMIN.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('That e-mail and password do not match any account.');
    await suite.expectAccessible(page);
    await screenshot(page, '01-sign-in');
  });

  it('signs in and lists the demo maps', async () => {
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Journey maps' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/maps'); // back where sign-in was asked for
    await page.getByRole('link', { name: 'Shop customer journey (demo)' }).waitFor();
    await page.getByRole('link', { name: 'Ścieżka klienta sklepu (demo)' }).waitFor();
    await expect.poll(() => page.getByText('Signed in as Admin').count()).toBe(1);
    await suite.expectAccessible(page);
    await screenshot(page, '02-maps');
  });

  it('opens the demo map with the live numbers the query API gives', async () => {
    const mapId = suite.mapId('en');
    const live = await suite.api<JourneyResult>('POST', '/api/v1/query', { type: 'journey', mapId });
    const touchpoint = live.touchpoints.find(
      (tp) => tp.measured && (tp.reach ?? 0) > 0 && tp.toNextStageRate !== null,
    );
    expect(touchpoint, 'the demo map has a measured touchpoint').toBeDefined();

    await page.getByRole('link', { name: 'Shop customer journey (demo)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Shop customer journey (demo)' }).waitFor();
    await page.getByText('Live numbers from all recorded events.').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/maps/${mapId}`);

    const card = page.locator(`[data-touchpoint-id="${touchpoint!.id}"]`);
    await expect.poll(() => card.locator('h4').textContent()).toBe(touchpoint!.name);
    const reach = card.locator('[data-figure="reach"]');
    expect(await reach.textContent()).toBe(en.format(touchpoint!.reach!));
    expect(await reach.getAttribute('data-value')).toBe(String(touchpoint!.reach));
    expect(await card.locator('[data-figure="toNextStage"]').textContent()).toBe(
      enPercent.format(touchpoint!.toNextStageRate!),
    );
    expect(await card.locator('dt').first().textContent()).toBe('Reach');

    // Every lane is a row, and the emotion curve is drawn with a text alternative.
    const lanes = await page.locator('tbody th[scope="row"] .lane-name').allTextContents();
    expect(lanes).toEqual([
      'Touchpoints',
      'Customer goals',
      'Actions',
      'Thoughts and expectations',
      'Emotion curve',
      'Emotions',
      'Pain points',
      'Moments of truth',
      'Opportunities',
      'Desired actions',
      'Completed actions',
      'KPIs',
    ]);
    const curve = page.getByRole('img', { name: /^Emotion curve across the stages: Awareness/ });
    await curve.locator('svg').waitFor();
    await suite.expectAccessible(page);
    await screenshot(page, '03-map-en');
  });

  it('switches to Polish, numbers and labels included, and remembers it', async () => {
    const live = await suite.api<JourneyResult>('POST', '/api/v1/query', {
      type: 'journey',
      mapId: suite.mapId('en'),
    });
    const touchpoint = live.touchpoints.find((tp) => tp.measured && (tp.reach ?? 0) > 0)!;

    await page.getByLabel('Language').selectOption('pl');
    await page.getByRole('rowheader', { name: 'Punkty styku' }).waitFor();
    await page.getByRole('rowheader', { name: 'Punkty bólu' }).waitFor();
    const card = page.locator(`[data-touchpoint-id="${touchpoint.id}"]`);
    expect(await card.locator('dt').first().textContent()).toBe('Zasięg');
    expect(await card.locator('[data-figure="reach"]').textContent()).toBe(pl.format(touchpoint.reach!));
    expect(await page.locator('html').getAttribute('lang')).toBe('pl');

    await page.reload();
    await page.getByText('Dane na żywo ze wszystkich zarejestrowanych zdarzeń.').waitFor();
    expect(await page.getByRole('button', { name: 'Wyloguj się' }).count()).toBe(1);
    await suite.expectAccessible(page);
    await screenshot(page, '04-map-pl');
  });

  it('creates a map from the 5A template in Polish and shows its Polish stages', async () => {
    await page.getByRole('link', { name: 'Mapy podróży klienta' }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Nowa mapa podróży klienta' }).waitFor();
    await page.getByLabel('Szablon').selectOption('five_a');
    await page.getByLabel('Język mapy').selectOption('pl');
    await page.getByText('Etapy: Świadomość → Atrakcyjność → Pytanie → Działanie → Orędownictwo').waitFor();
    await page.getByLabel('Nazwa').fill('Ścieżka 5A — test przeglądarkowy');
    await page.getByRole('button', { name: 'Utwórz mapę' }).click();

    await page.getByRole('heading', { level: 1, name: 'Ścieżka 5A — test przeglądarkowy' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/maps\/[\w-]+$/);
    expect(await page.locator('thead .stage-name').allTextContents()).toEqual([
      'Świadomość',
      'Atrakcyjność',
      'Pytanie',
      'Działanie',
      'Orędownictwo',
    ]);
    // A fresh map has no touchpoints bound to events: said in words, not shown as zeros.
    await page.getByText('Żaden punkt styku tej mapy nie jest jeszcze powiązany ze zdarzeniem').waitFor();
    await suite.expectAccessible(page);
    await screenshot(page, '05-new-map-5a-pl');
  });

  it('opens a share link signed out, read-only, with the live numbers it was shared with', async () => {
    const mapId = suite.mapId('en');
    const share = await suite.api<{ url: string }>('POST', `/api/v1/maps/${mapId}/shares`, { live: true });
    const live = await suite.api<JourneyResult>('POST', '/api/v1/query', { type: 'journey', mapId });
    const touchpoint = live.touchpoints.find((tp) => tp.measured && (tp.reach ?? 0) > 0)!;
    const visitor = await suite.browser.newContext({
      viewport: VIEWPORT,
      locale: 'en-US',
      timezoneId: 'UTC',
    });
    try {
      const shared = await visitor.newPage();
      await shared.goto(`${suite.url}${share.url}`);
      await shared.getByRole('heading', { level: 1, name: 'Shop customer journey (demo)' }).waitFor();
      await shared.getByText('Read-only: this map was shared with you by link.').waitFor();
      expect(await shared.locator('thead .stage-name').allTextContents()).toEqual([
        'Awareness',
        'Consideration',
        'Purchase',
        'Retention',
        'Advocacy',
      ]);
      expect(await shared.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
      const reach = shared.locator(`[data-touchpoint-id="${touchpoint.id}"] [data-figure="reach"]`);
      expect(await reach.textContent()).toBe(en.format(touchpoint.reach!));
      await suite.expectAccessible(shared);
      await screenshot(shared, '06-shared-map');
    } finally {
      await visitor.close();
    }
  });

  it('signs out, after which the maps ask for sign-in again', async () => {
    await page.getByRole('button', { name: 'Wyloguj się' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zaloguj się do Journeylens' }).waitFor();
    expect((await page.request.get(`${suite.url}/api/v1/auth/me`)).status()).toBe(401);
    await page.goto(`${suite.url}/maps`);
    await page.getByRole('heading', { level: 1, name: 'Zaloguj się do Journeylens' }).waitFor();
    expect(new URL(page.url()).search).toBe('?next=%2Fmaps');
  });

  describe('editing a map', () => {
    let mapId: string;
    let editor: { ctx: BrowserContext; page: Page };
    const saved = () => editor.page.locator('[data-save-state="saved"]').waitFor();

    beforeAll(async () => {
      const created = await suite.api<{ id: string }>('POST', '/api/v1/maps', {
        template: 'five_stage',
        locale: 'en',
        name: 'Editing test map',
      });
      mapId = created.id;
      editor = await suite.signedInAs('editor');
    });
    afterAll(async () => {
      await editor?.ctx.close();
    });

    it('adds a touchpoint bound to an event and shows the number the query API gives for it', async () => {
      const { events } = await suite.api<{ events: { event: string; count: number }[] }>(
        'GET',
        '/api/v1/event-names',
      );
      const event = events[0]!;
      const p = editor.page;
      await p.goto(`${suite.url}/maps/${mapId}`);
      await p.getByRole('heading', { level: 1, name: 'Editing test map' }).waitFor();
      await p.getByRole('button', { name: 'Add to Touchpoints in Awareness' }).click();
      const dialog = p.getByRole('dialog', { name: 'Add a card: Touchpoints' });
      await dialog.getByLabel('Name', { exact: true }).fill('Measured in the browser test');
      await dialog.getByLabel('Channel', { exact: true }).selectOption('web');
      await dialog.getByLabel('Owner (team or person, optional)').fill('Growth team');
      await dialog.getByLabel('Event', { exact: true }).selectOption(event.event);
      await dialog.getByText(`Recorded so far with this name: ${en.format(event.count)} events`).waitFor();
      await suite.expectAccessible(p);
      await screenshot(p, '07-edit-touchpoint-dialog');
      await dialog.getByRole('button', { name: 'Save', exact: true }).click();
      await saved();

      const live = await suite.api<JourneyResult>('POST', '/api/v1/query', { type: 'journey', mapId });
      const measured = live.touchpoints.find((tp) => tp.name === 'Measured in the browser test');
      expect(measured?.reach, 'the demo data has persons with this event').toBeGreaterThan(0);
      const card = p.locator(`[data-touchpoint-id="${measured!.id}"]`);
      await expect
        .poll(() => card.locator('[data-figure="reach"]').getAttribute('data-value'))
        .toBe(String(measured!.reach));
      expect(await card.locator('[data-figure="reach"]').textContent()).toBe(en.format(measured!.reach!));
      expect(await card.textContent()).toContain('Growth team');
      await suite.expectAccessible(p);
      await screenshot(p, '08-edit-map');
    });

    it('drags a touchpoint card to the next stage and back, saving each move', async () => {
      const p = editor.page;
      const stageOf = async () => {
        const stored = await suite.api<{
          doc: { stages: { id: string }[]; touchpoints: { stageId: string }[] };
        }>('GET', `/api/v1/maps/${mapId}`);
        return stored.doc.stages.findIndex((s) => s.id === stored.doc.touchpoints[0]!.stageId);
      };
      const card = p.locator('tr[data-lane="touchpoint"] .card-slot').first();
      // Columns: the lane's name, then one cell per stage (Awareness, Consideration, …).
      const cell = (stage: number) => p.locator(`tr[data-lane="touchpoint"] > td:nth-child(${stage + 2})`);
      expect(await stageOf()).toBe(0);
      await card.dragTo(cell(1));
      await expect.poll(() => cell(1).locator('.card-slot').count()).toBe(1);
      await saved();
      await expect.poll(stageOf).toBe(1);
      await cell(1).locator('.card-slot').first().dragTo(cell(0));
      await expect.poll(() => cell(0).locator('.card-slot').count()).toBe(1);
      await saved();
      await expect.poll(stageOf).toBe(0);
    });

    it('saves a version, renames a stage (undo and redo by keyboard), and restores the version', async () => {
      const p = editor.page;
      await p.getByLabel('Version name').fill('Before renaming');
      await p.getByRole('button', { name: 'Save version' }).click();
      await p.getByRole('button', { name: 'Restore version “Before renaming”' }).waitFor();

      await p.getByRole('button', { name: 'Rename stage “Awareness”' }).click();
      await p.getByRole('dialog').getByLabel('Stage name').fill('Discovery');
      await p.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
      const firstStage = p.locator('thead .stage-name').first();
      await expect.poll(() => firstStage.textContent()).toBe('Discovery');
      await p.locator('body').press('Control+z');
      await expect.poll(() => firstStage.textContent()).toBe('Awareness');
      await p.locator('body').press('Control+Shift+Z');
      await expect.poll(() => firstStage.textContent()).toBe('Discovery');
      await saved();
      const stored = await suite.api<{ doc: { stages: { name: string }[] } }>('GET', `/api/v1/maps/${mapId}`);
      expect(stored.doc.stages[0]!.name).toBe('Discovery');

      await p.getByRole('button', { name: 'View version “Before renaming”' }).click();
      const old = p.getByRole('dialog', { name: 'Version “Before renaming”' });
      await expect.poll(() => old.locator('thead .stage-name').first().textContent()).toBe('Awareness');
      expect(await old.getByRole('button', { name: /^Edit / }).count()).toBe(0);
      await old.getByRole('button', { name: 'Restore' }).click();
      await expect.poll(() => firstStage.textContent()).toBe('Awareness');
      const restored = await suite.api<{ doc: { stages: { name: string }[]; touchpoints: unknown[] } }>(
        'GET',
        `/api/v1/maps/${mapId}`,
      );
      expect(restored.doc.stages[0]!.name).toBe('Awareness');
      expect(restored.doc.touchpoints).toHaveLength(1);
    });

    it('tells the editor when someone else saved first, and keeps their version as a copy', async () => {
      const p = editor.page;
      const stored = await suite.api<{ doc: { name: string }; revision: number }>(
        'GET',
        `/api/v1/maps/${mapId}`,
      );
      await suite.api('PUT', `/api/v1/maps/${mapId}`, {
        doc: { ...stored.doc, description: 'Changed by someone else' },
        revision: stored.revision,
      });
      await p.getByRole('button', { name: 'Move stage “Awareness” right' }).click();
      await p.getByText('Someone else changed this map').waitFor();
      expect(await p.getByRole('button', { name: /^Edit / }).count()).toBe(0); // editing stops
      await suite.expectAccessible(p);
      await p.getByRole('button', { name: 'Keep my version as a copy' }).click();
      await p.getByRole('heading', { level: 1, name: 'Editing test map (copy)' }).waitFor();
      expect(await p.locator('thead .stage-name').allTextContents()).toEqual([
        'Consideration',
        'Awareness',
        'Purchase',
        'Retention',
        'Advocacy',
      ]);
      const theirs = await suite.api<{ doc: { description?: string; stages: { name: string }[] } }>(
        'GET',
        `/api/v1/maps/${mapId}`,
      );
      expect(theirs.doc.description).toBe('Changed by someone else');
      expect(theirs.doc.stages[0]!.name).toBe('Awareness');
    });

    it('shows a viewer the map without edit controls, and the API refuses their save', async () => {
      const viewer = await suite.signedInAs('viewer');
      try {
        const p = viewer.page;
        await p.goto(`${suite.url}/maps/${mapId}`);
        await p.getByRole('heading', { level: 1, name: 'Editing test map' }).waitFor();
        await p.getByText('Read-only: your role (viewer) can look at this map but not change it.').waitFor();
        await p.getByRole('heading', { level: 2, name: 'Versions' }).waitFor();
        for (const name of [/^Add /, /^Edit /, /^Rename /, 'Undo', 'Save version', /^Restore /]) {
          expect(await p.getByRole('button', { name }).count(), String(name)).toBe(0);
        }
        const stored = await suite.api<{ doc: unknown; revision: number }>('GET', `/api/v1/maps/${mapId}`);
        const put = await p.request.put(`${suite.url}/api/v1/maps/${mapId}`, {
          data: { doc: stored.doc, revision: stored.revision },
        });
        expect(put.status()).toBe(403);
        await suite.expectAccessible(p);
      } finally {
        await viewer.ctx.close();
      }
    });
  });

  describe('analytics', () => {
    let analyst: { ctx: BrowserContext; page: Page };
    // The spec the form below should send; the page's numbers must be this answer's numbers.
    const spec = {
      type: 'funnel',
      steps: [{ event: 'Product Viewed' }, { event: 'Order Completed' }],
      window: { value: 7, unit: 'day' },
      order: 'ordered',
      interval: { unit: 'week' },
      timezone: 'UTC',
      includePersons: true,
      personLimit: 50,
    };
    let funnel: FunnelResult;

    beforeAll(async () => {
      analyst = await suite.signedInAs('viewer'); // analysing needs no more than the viewer role
      funnel = await suite.api<FunnelResult>('POST', '/api/v1/query', spec);
    });
    afterAll(async () => {
      await analyst?.ctx.close();
    });

    it('builds a 2-step funnel whose numbers are the query API answer, written in English', async () => {
      const p = analyst.page;
      await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Analytics' }).click();
      await p.getByRole('heading', { level: 1, name: 'Funnel analysis' }).waitFor();
      await p.getByLabel('Step 1', { exact: true }).selectOption('Product Viewed');
      await p.getByLabel('Step 2', { exact: true }).selectOption('Order Completed');
      await p.getByLabel('Conversion window', { exact: true }).fill('7');
      await p.getByLabel('Unit of the conversion window').selectOption('day');
      await p.getByLabel('Step order').selectOption('ordered');
      await p.getByLabel('Conversion over time').selectOption('week');
      await p.getByRole('button', { name: 'Run funnel' }).click();
      await p.locator('.funnel-table').waitFor();

      const [first, second] = funnel.steps;
      expect(first!.count, 'the demo has persons who viewed a product').toBeGreaterThan(0);
      expect(second!.dropOff, 'and some who did not buy').toBeGreaterThan(0);
      const row = (n: number, figure: string) =>
        p.locator(`.funnel-table tr[data-step="${n}"] [data-figure="${figure}"]`).textContent();
      expect(await row(1, 'count')).toBe(en.format(first!.count));
      expect(await row(1, 'conversion')).toBe('100%');
      expect(await row(2, 'count')).toBe(en.format(second!.count));
      expect(await row(2, 'conversion')).toBe(enPercent.format(second!.conversionRate));
      expect(await row(2, 'stepConversion')).toBe(enPercent.format(second!.stepConversionRate));
      expect(await row(2, 'dropOff')).toBe(en.format(second!.dropOff));
      expect(await row(2, 'dropOffRate')).toBe(enPercent.format(second!.dropOffRate));
      // Durations read in hours from one hour up to two days (web/src/format/format.ts).
      const median = second!.medianSecondsFromPrevious!;
      expect(median).toBeGreaterThanOrEqual(3_600);
      expect(median).toBeLessThan(2 * 86_400);
      const hours = new Intl.NumberFormat('en', {
        style: 'unit',
        unit: 'hour',
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      });
      expect(await row(2, 'medianTime')).toBe(hours.format(median / 3_600));

      // The bar chart is drawn, and conversion over time has one row per weekly bucket.
      await p
        .getByRole('img', { name: /^Funnel chart\./ })
        .locator('svg')
        .waitFor();
      const weeks = p.getByRole('region', { name: 'Conversion over time' }).locator('tbody tr');
      await expect.poll(() => weeks.count()).toBe(funnel.overTime!.length);
      await suite.expectAccessible(p);
      await p.getByRole('heading', { level: 2, name: 'Result' }).evaluate((h) => h.scrollIntoView());
      await screenshot(p, '09-funnel');
    });

    it('lists who dropped off, and opens the stitched timeline of one who dropped', async () => {
      const p = analyst.page;
      const dropped = funnel.steps[1]!.persons!.dropped;
      await p.locator('.funnel-table tr[data-step="2"]').getByRole('button').click();
      await p.getByRole('heading', { name: /^People who dropped off before step 2/ }).waitFor();
      const links = p.locator('.person-list a');
      expect(await links.allTextContents()).toEqual(dropped);
      expect(await links.first().getAttribute('href')).toBe(`/persons/${encodeURIComponent(dropped[0]!)}`);
      await suite.expectAccessible(p);

      // The funnel lists internal person ids, which GET /api/v1/persons/:id does not resolve
      // (it takes a user id, anonymous id or alias). The demo's user ids are cust-<seed>-<n>:
      // find a dropped person by one of those, and open their timeline by it.
      type Person = { id: string; ids: string[]; eventCount: number; traits: { name?: string } };
      let person: Person | undefined;
      for (let n = 0; n < 200 && !person; n++) {
        const res = await fetch(`${suite.url}/api/v1/persons/cust-11-${n}`, {
          headers: { authorization: `Bearer ${ADMIN.token}` },
        });
        const found = res.ok ? ((await res.json()) as Person) : undefined;
        if (found && dropped.includes(found.id)) person = found;
      }
      expect(person, 'a dropped person has a demo user id').toBeDefined();
      const distinctId = person!.ids.find((id) => id.startsWith('cust-11-'))!;
      const { events } = await suite.api<{ events: { channel: string }[] }>(
        'GET',
        `/api/v1/events?person=${encodeURIComponent(distinctId)}&limit=500`,
      );

      await p.goto(`${suite.url}/persons/${encodeURIComponent(distinctId)}`);
      await p.getByRole('heading', { level: 1, name: `Person: ${person!.traits.name}` }).waitFor();
      expect(await p.getByTestId('person-ids').locator('li').allTextContents()).toEqual(person!.ids);
      expect(await p.getByTestId('person-event-count').textContent()).toBe(
        `Events recorded: ${en.format(person!.eventCount)}`,
      );
      expect(await p.locator('.timeline-item').count()).toBe(events.length);
      // Stitched across channels: every channel of the person's events is on the timeline.
      const channels = new Set(events.map((e) => e.channel));
      for (const channel of channels) {
        expect(await p.locator(`.timeline-item[data-channel="${channel}"]`).count()).toBeGreaterThan(0);
      }
      await suite.expectAccessible(p);
      await screenshot(p, '10-person');

      // An id nobody has is said in words.
      await p.goto(`${suite.url}/persons/nobody-has-this-id`);
      await p.getByText('No person in this workspace has the id “nobody-has-this-id”.').waitFor();
    });

    it('shows the paths from an event: the Sankey and the top paths are the query API answer', async () => {
      const p = analyst.page;
      // Written out by hand: what the form below must send.
      const pathsSpec = {
        type: 'paths',
        by: 'event',
        start: { event: 'Product Viewed' },
        steps: 4,
        collapse: true,
        pathLimit: 20,
        maxNodesPerStep: 10,
      };
      const expected = await suite.api<PathsResult>('POST', '/api/v1/query', pathsSpec);
      expect(expected.paths.length, 'the demo has paths after a product view').toBeGreaterThan(1);

      await p.goto(`${suite.url}/analytics/funnel`);
      await p
        .getByRole('navigation', { name: 'Analytics views' })
        .getByRole('link', { name: 'Paths' })
        .click();
      await p.getByRole('heading', { level: 1, name: 'Path analysis' }).waitFor();
      expect(new URL(p.url()).pathname).toBe('/analytics/paths');
      await p.getByLabel('Show steps as').selectOption('event');
      await p.getByLabel('Paths', { exact: true }).selectOption('start');
      await p.getByLabel('Start event').selectOption('Product Viewed');
      await p.getByLabel('Steps per path').fill('4');
      await p.getByLabel('Count repeated steps once').check();
      const sent = p.waitForRequest((r) => r.url().endsWith('/api/v1/query') && r.method() === 'POST');
      await p.getByRole('button', { name: 'Show paths' }).click();
      expect((await sent).postDataJSON()).toEqual(pathsSpec);
      await p.locator('.paths-table').waitFor();

      expect(await p.getByTestId('paths-summary').textContent()).toBe(
        `Paths of ${en.format(expected.total)} people.`,
      );
      const rows = p.locator('.paths-table tbody tr');
      expect(await rows.count()).toBe(expected.paths.length);
      for (const [i, path] of expected.paths.entries()) {
        const row = rows.nth(i);
        expect(await row.locator('.path-nodes li').allTextContents()).toEqual(
          path.nodes.map((n) => (n === 'other' ? 'Other' : n)),
        );
        expect(await row.locator('[data-figure="count"]').textContent()).toBe(en.format(path.count));
        expect(await row.locator('[data-figure="share"]').textContent()).toBe(enPercent.format(path.share));
      }
      await p
        .getByRole('img', { name: /^Sankey diagram of the paths/ })
        .locator('svg')
        .waitFor();
      await suite.expectAccessible(p);
      await p.getByRole('heading', { level: 2, name: 'Result' }).evaluate((h) => h.scrollIntoView());
      await screenshot(p, '11-paths');
    });

    it('shows weekly retention whose cells are the query API answer, in English and Polish', async () => {
      const p = analyst.page;
      const retentionSpec = {
        type: 'retention',
        start: { event: 'Product Viewed' },
        return: { event: 'Order Completed' },
        period: 'week',
        periods: 6,
        kind: 'first_time',
        weekStart: 'monday',
        timezone: 'UTC',
      };
      const { cohorts } = await suite.api<RetentionResult>('POST', '/api/v1/query', retentionSpec);
      expect(cohorts.length, 'the demo has weekly cohorts').toBeGreaterThan(0);

      await p
        .getByRole('navigation', { name: 'Analytics views' })
        .getByRole('link', { name: 'Retention' })
        .click();
      await p.getByRole('heading', { level: 1, name: 'Retention' }).waitFor();
      expect(new URL(p.url()).pathname).toBe('/analytics/retention');
      await p.getByLabel('Start event (puts people in a cohort)').selectOption('Product Viewed');
      await p.getByLabel('Return event (counts them as back)').selectOption('Order Completed');
      await p.getByLabel('Period', { exact: true }).selectOption('week');
      await p.getByLabel('Number of periods').fill('6');
      await p.getByLabel('Cohorts').selectOption('first_time');
      const sent = p.waitForRequest((r) => r.url().endsWith('/api/v1/query') && r.method() === 'POST');
      await p.getByRole('button', { name: 'Show retention' }).click();
      expect((await sent).postDataJSON()).toEqual(retentionSpec);
      await p.locator('.retention-table').waitFor();

      const headers = await p.locator('.retention-table thead th').allTextContents();
      expect(headers).toEqual([
        'Cohort',
        'People',
        'Week 0',
        'Week 1',
        'Week 2',
        'Week 3',
        'Week 4',
        'Week 5',
      ]);
      const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
      const rows = p.locator('.retention-table tbody tr');
      expect(await rows.count()).toBe(cohorts.length);
      for (const [i, cohort] of cohorts.entries()) {
        const row = rows.nth(i);
        expect(await row.locator('th').textContent()).toBe(date.format(new Date(cohort.start)));
        expect(await row.locator('[data-figure="size"]').textContent()).toBe(en.format(cohort.size));
        for (let k = 0; k < 6; k++) {
          const cell = row.locator('td').nth(k + 1);
          if (k >= cohort.values.length) {
            expect(await cell.getAttribute('title')).toBe('This period has not begun yet');
            continue;
          }
          expect(await cell.locator('[data-figure="rate"]').textContent()).toBe(
            enPercent.format(cohort.rates[k]!),
          );
          expect(await cell.getAttribute('title')).toBe(
            `Week ${k}: ${en.format(cohort.values[k]!)} of ${en.format(cohort.size)} people (${enPercent.format(cohort.rates[k]!)})`,
          );
        }
      }
      await suite.expectAccessible(p);
      await p.getByRole('heading', { level: 2, name: 'Result' }).evaluate((h) => h.scrollIntoView());
      await screenshot(p, '12-retention');

      // The same answer in Polish: labels and numbers as Polish writes them.
      await p.getByLabel('Language').selectOption('pl');
      await p.getByRole('columnheader', { name: 'Tydzień 1' }).waitFor();
      const plPercent = new Intl.NumberFormat('pl', { style: 'percent', maximumFractionDigits: 1 });
      const first = cohorts[0]!;
      const firstRow = rows.first();
      expect(await firstRow.locator('[data-figure="size"]').textContent()).toBe(pl.format(first.size));
      if (first.values.length > 1) {
        expect(await firstRow.locator('td').nth(2).locator('[data-figure="rate"]').textContent()).toBe(
          plPercent.format(first.rates[1]!),
        );
      }
      await suite.expectAccessible(p);
      await screenshot(p, '13-retention-pl');
    });
  });

  it('threw no uncaught errors in the page', () => {
    expect(suite.pageErrors).toEqual([]);
  });
});
