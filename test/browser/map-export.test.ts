import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../src/model/index.ts';
import { hasChromium, screenshot } from './browser.ts';
import { pdfFonts, pdfPageSize, pdfStrings } from './pdf-text.ts';
import { type AdminAccount, type BrowserSuite, startBrowserSuite } from './suite.ts';

const ADMIN: AdminAccount = {
  email: 'admin@example.com',
  password: 'browser-test-password-2',
  token: 'browser-test-admin-token-0002',
};

/** The 8-byte signature every PNG file starts with (PNG specification, ISO/IEC 15948 §5.2). */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A3 landscape in points: 420 × 297 mm at 72 pt per inch (ISO 216). */
const A3 = { width: (420 / 25.4) * 72, height: (297 / 25.4) * 72 };

type StoredMap = { id: string; revision: number; doc: JourneyMap };

/** Exported files are kept here for reviewers to open, beside the screenshots. */
const EXPORTS = fileURLToPath(new URL('../../artifacts/exports', import.meta.url));

if (!hasChromium) {
  console.warn('Skipping the map export browser tests: /usr/bin/chromium is missing.');
}

describe.skipIf(!hasChromium)('map export, import, versions and side by side in Chromium', () => {
  let suite: BrowserSuite;
  let page: Page;
  const downloads: Record<string, Buffer> = {};

  const mapCount = async () => (await suite.api<{ maps: unknown[] }>('GET', '/api/v1/maps')).maps.length;

  /** Clicks the export button named `name` and returns the downloaded file. */
  const exportAs = async (name: string, on: Page = page): Promise<{ file: Buffer; download: Download }> => {
    const [download] = await Promise.all([
      on.waitForEvent('download', { timeout: 60_000 }),
      on.getByRole('button', { name }).click(),
    ]);
    const file = readFileSync(await download.path());
    mkdirSync(EXPORTS, { recursive: true });
    writeFileSync(join(EXPORTS, download.suggestedFilename()), file);
    return { file, download };
  };

  /** A new browser in `locale`, signed in as the admin (through the API, like the sign-in form). */
  const signedInPage = (locale: string) =>
    suite.newSignedInPage({ via: 'api', locale, acceptDownloads: true });

  beforeAll(async () => {
    suite = await startBrowserSuite({ people: 200, seed: 13, admin: ADMIN });
    ({ page } = await signedInPage('en-US'));
  });

  afterAll(async () => {
    await suite?.dispose();
  });

  it('exports the map with its live numbers as SVG, PNG (2×) and JSON', async () => {
    const mapId = suite.mapId('en');
    const stored = await suite.api<StoredMap>('GET', `/api/v1/maps/${mapId}`);
    const stageNames = stored.doc.stages.map((s) => s.name);
    await page.goto(`${suite.url}/maps/${mapId}`);
    await page.getByRole('heading', { level: 1, name: stored.doc.name }).waitFor();
    await page.getByText('Live numbers from all recorded events.').waitFor();

    // SVG: a well-formed document naming every stage, with the live reach of the touchpoints.
    const svg = await exportAs('Download the map as SVG');
    expect(svg.download.suggestedFilename()).toBe('Shop-customer-journey-demo.svg');
    downloads.svg = svg.file;
    const svgText = svg.file.toString('utf8');
    expect(svgText.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    for (const name of stageNames) expect(svgText).toContain(`>${name}</text>`);
    expect(svgText).toMatch(/>Reach: [\d,]+<\/text>/);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: doc.querySelector('parsererror') !== null, root: doc.documentElement.nodeName };
    }, svgText);
    expect(parsed).toEqual({ error: false, root: 'svg' });
    await page.getByText('Downloaded Shop-customer-journey-demo.svg.').waitFor();

    // PNG: the signature, a header twice the SVG's size, and it decodes to a picture that is not blank.
    const png = await exportAs('Download the map as PNG');
    downloads.png = png.file;
    expect(png.file.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const svgWidth = Number(/width="(\d+)"/.exec(svgText)![1]);
    const svgHeight = Number(/height="(\d+)"/.exec(svgText)![1]);
    // IHDR is the first chunk: width and height are big-endian at bytes 16 and 20.
    expect(png.file.readUInt32BE(16)).toBe(2 * svgWidth);
    expect(png.file.readUInt32BE(20)).toBe(2 * svgHeight);
    const decoded = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let inked = 0;
      for (let i = 0; i < pixels.length; i += 4 * 97) if (pixels[i]! < 200) inked++;
      return { width: image.naturalWidth, height: image.naturalHeight, inked };
    }, png.file.toString('base64'));
    expect(decoded.width).toBe(2 * svgWidth);
    expect(decoded.height).toBeGreaterThan(0);
    expect(decoded.inked).toBeGreaterThan(100); // text and lines, not an empty canvas

    // JSON: the map document itself, as the API has it.
    const json = await exportAs('Download the map as JSON');
    downloads.json = json.file;
    const doc = JSON.parse(json.file.toString('utf8')) as JourneyMap;
    expect(doc.schemaVersion).toBe(1);
    expect(doc.id).toBe(mapId);
    expect(doc.stages.map((s) => s.name)).toEqual(stageNames);
    expect(doc.touchpoints).toEqual(stored.doc.touchpoints);

    await suite.expectAccessible(page);
    await screenshot(page, '40-map-export');
  });

  it('exports a vector PDF, A3 landscape, whose text is the map’s, Polish letters included', async () => {
    const mapId = suite.mapId('pl');
    const stored = await suite.api<StoredMap>('GET', `/api/v1/maps/${mapId}`);
    const stageNames = stored.doc.stages.map((s) => s.name);
    expect(stageNames.join(' ')).toMatch(/[ąćęłńóśźż]/i); // the point of this test

    // A browser set to Polish, so the interface (and the exported labels) are Polish.
    const { ctx: polish, page } = await signedInPage('pl-PL');
    await page.goto(`${suite.url}/maps/${mapId}`);
    await page.getByRole('heading', { level: 1, name: stored.doc.name }).waitFor();
    await page.getByText('Dane na żywo ze wszystkich zarejestrowanych zdarzeń.').waitFor();
    const pdf = await exportAs('Pobierz mapę jako PDF (A3)', page);
    downloads.pdf = pdf.file;
    expect(pdf.download.suggestedFilename()).toBe('Sciezka-klienta-sklepu-demo.pdf');

    expect(pdf.file.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const size = pdfPageSize(pdf.file);
    expect(size.width).toBeCloseTo(A3.width, 0);
    expect(size.height).toBeCloseTo(A3.height, 0);
    // Text is text (not a picture of it), in an embedded font that has the Polish letters.
    expect(pdfFonts(pdf.file).some((font) => /DejaVu ?Sans/.test(font))).toBe(true);
    const strings = pdfStrings(pdf.file);
    for (const name of stageNames) expect(strings).toContain(name);
    expect(strings).toContain(stored.doc.name);
    expect(strings).toContain('Punkty bólu'); // a lane label in the interface language
    await page.getByText('Pobrano Sciezka-klienta-sklepu-demo.pdf.').waitFor();
    await screenshot(page, '41-map-export-pdf-pl');
    await polish.close();
  });

  it('imports the exported JSON back as a new map', async () => {
    const before = await mapCount();
    await page.goto(`${suite.url}/maps`);
    await page.getByRole('heading', { level: 2, name: 'Import a map from JSON' }).waitFor();
    await page.getByLabel('JSON file').setInputFiles({
      name: 'Shop-customer-journey-demo.json',
      mimeType: 'application/json',
      buffer: downloads.json!,
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Shop customer journey (demo)' }).waitFor();
    const newId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!);
    expect(newId).not.toBe(suite.mapId('en'));
    expect(await mapCount()).toBe(before + 1);
    const imported = await suite.api<StoredMap>('GET', `/api/v1/maps/${newId}`);
    const original = JSON.parse(downloads.json!.toString('utf8')) as JourneyMap;
    expect(imported.doc.stages).toEqual(original.stages);
    expect(imported.doc.touchpoints).toEqual(original.touchpoints);
    expect(imported.doc.laneItems).toEqual(original.laneItems);
  });

  it('refuses an invalid, a newer-version and an oversized file, saying why, and changes nothing', async () => {
    const before = await mapCount();
    await page.goto(`${suite.url}/maps`);
    const input = page.getByLabel('JSON file');
    const importButton = page.getByRole('button', { name: 'Import', exact: true });
    const refusal = page.locator('[data-import-error]');

    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"schemaVersion": 1, "name": '),
    });
    await importButton.click();
    await expect.poll(() => refusal.getAttribute('data-import-error')).toBe('invalid_json');
    expect(await refusal.textContent()).toContain('The file is not valid JSON.');
    expect(await refusal.textContent()).toContain('The file was not imported, and nothing was changed.');
    await suite.expectAccessible(page);
    await refusal.scrollIntoViewIfNeeded();
    await screenshot(page, '42-import-refused');

    const newer = { ...JSON.parse(downloads.json!.toString('utf8')), schemaVersion: 99, somethingNew: [] };
    await input.setInputFiles({
      name: 'newer.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(newer)),
    });
    await importButton.click();
    await expect.poll(() => refusal.getAttribute('data-import-error')).toBe('newer_schema_version');
    expect(await refusal.textContent()).toContain('made by a newer version of Journeylens');

    const invalid = JSON.parse(downloads.json!.toString('utf8'));
    invalid.stages[1].name = '';
    await input.setInputFiles({
      name: 'invalid.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(invalid)),
    });
    await importButton.click();
    await expect.poll(() => refusal.getAttribute('data-import-error')).toBe('invalid_map');
    expect(await refusal.textContent()).toContain('the first is at “stages[1].name”');

    const huge = Buffer.alloc(2 * 1024 * 1024 + 1, 0x20);
    await input.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: huge });
    await importButton.click();
    await expect.poll(() => refusal.getAttribute('data-import-error')).toBe('too_large');
    expect(await refusal.textContent()).toContain('larger than 2 MB');

    expect(await mapCount()).toBe(before);
  });

  it('shows what changed between two saved versions, in words', async () => {
    const created = await suite.api<StoredMap>('POST', '/api/v1/maps', {
      template: 'five_stage',
      locale: 'en',
      name: 'Versions under test',
    });
    await suite.api('POST', `/api/v1/maps/${created.id}/versions`, { message: 'First draft' });
    const doc = structuredClone(created.doc);
    doc.stages[1]!.name = 'Research';
    doc.touchpoints.push({
      id: 'tp-new',
      stageId: doc.stages[2]!.id,
      channel: 'store',
      name: 'Shop counter',
    });
    doc.stages = [doc.stages[4]!, ...doc.stages.slice(0, 4)];
    await suite.api('PUT', `/api/v1/maps/${created.id}`, { doc, revision: created.revision });
    await suite.api('POST', `/api/v1/maps/${created.id}/versions`, { message: 'Second draft' });

    await page.goto(`${suite.url}/maps/${created.id}`);
    await page.getByRole('heading', { level: 3, name: 'Compare versions' }).waitFor();
    await page.getByLabel('From', { exact: true }).selectOption({ label: '#1 First draft' });
    await page.getByLabel('To', { exact: true }).selectOption({ label: '#2 Second draft' });
    await page.getByRole('button', { name: 'Show changes' }).click();
    const diff = page.getByTestId('version-diff');
    await diff.getByText('Changes from #1 First draft to #2 Second draft').waitFor();
    // Renamed: one change, old and new name; moved: the one stage that was moved, not all five.
    expect(await diff.getByRole('status').textContent()).toBe(
      'Added: 1 · removed: 0 · changed: 1 · moved: 1',
    );
    const stages = diff.getByRole('region', { name: 'Stages' });
    expect(await stages.getByText('Name: “Consideration” → “Research”').count()).toBe(1);
    expect(await stages.getByText('Moved from position 5 to 1').count()).toBe(1);
    const touchpoints = diff.getByRole('region', { name: 'Touchpoints' });
    expect(await touchpoints.locator('[data-change="added"]').textContent()).toContain('Shop counter');
    await suite.expectAccessible(page);
    await diff.scrollIntoViewIfNeeded();
    await screenshot(page, '43-version-diff');
  });

  it('makes a future-state map from a current-state one and shows the two side by side', async () => {
    // A copy of the demo map (its cards make the comparison worth looking at).
    const demo = await suite.api<StoredMap>('GET', `/api/v1/maps/${suite.mapId('en')}`);
    const current = await suite.api<StoredMap>('POST', '/api/v1/maps', {
      doc: demo.doc,
      name: 'Delivery journey',
    });
    await page.goto(`${suite.url}/maps/${current.id}`);
    await page.getByText('No future-state map has been drawn from this map yet.').waitFor();
    await page.getByRole('button', { name: 'Create a future-state map from this one' }).click();
    await page
      .getByRole('heading', {
        level: 1,
        name: 'Delivery journey and Delivery journey (future state) side by side',
      })
      .waitFor();
    const [, , currentId, , futureId] = new URL(page.url()).pathname.split('/');
    expect(currentId).toBe(current.id);
    const future = await suite.api<StoredMap>('GET', `/api/v1/maps/${futureId}`);
    expect(future.doc).toMatchObject({ kind: 'future_state', currentStateMapId: current.id });

    // The future state gets a stage renamed and a new touchpoint; the columns still line up.
    const doc = structuredClone(future.doc);
    doc.stages[2]!.name = 'One-click purchase';
    doc.touchpoints.push({
      id: 'tp-app',
      stageId: doc.stages[2]!.id,
      channel: 'app',
      name: 'Buy in the app',
    });
    await suite.api('PUT', `/api/v1/maps/${futureId}`, { doc, revision: future.revision });
    await page.reload();
    const heads = page.locator('table.side-by-side thead th[data-current-stage]');
    await expect.poll(() => heads.count()).toBe(5);
    expect(await heads.nth(2).getAttribute('data-current-stage')).toBe('Purchase');
    expect(await heads.nth(2).getAttribute('data-future-stage')).toBe('One-click purchase');
    const futureTouchpoints = page.locator('tr[data-lane="touchpoint"][data-state="future"] td').nth(2);
    expect(await futureTouchpoints.getByRole('heading', { name: 'Buy in the app' }).count()).toBe(1);
    const currentTouchpoints = page.locator('tr[data-lane="touchpoint"][data-state="current"] td').nth(2);
    expect(await currentTouchpoints.getByRole('heading', { name: 'Buy in the app' }).count()).toBe(0);
    await suite.expectAccessible(page);
    await screenshot(page, '44-side-by-side');

    // Each map links to the other.
    await page.goto(`${suite.url}/maps/${current.id}`);
    await page.getByRole('link', { name: 'Side by side with Delivery journey (future state)' }).waitFor();
    await page.goto(`${suite.url}/maps/${futureId}`);
    await page.getByRole('link', { name: 'Side by side with Delivery journey', exact: true }).waitFor();
  });

  it('threw no uncaught errors in the page', () => {
    expect(suite.pageErrors).toEqual([]);
  });
});
