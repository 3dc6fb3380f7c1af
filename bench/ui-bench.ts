import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ensureWebBuild } from '../src/cli/ensure-web-build.ts';
import { ROOT } from './child.ts';
import { median } from './report.ts';
import { bigMap } from './ui-map.ts';

const ADMIN = {
  email: 'bench@example.com',
  password: 'bench-password-0001',
  token: 'bench-admin-token-0000000001',
};
const TARGETS = { firstRenderMs: 1000, editMs: 100, bundleGzipKb: 1024 };
const EDITS = 9;

interface UiResult {
  name: string;
  value: number;
  unit: 'ms' | 'KB';
  target: number;
  met: boolean;
}

/**
 * `npm run bench -- ui`: the map editor with a big map (8 stages, 12 lanes, 200 cards) in
 * Debian's Chromium against `journeylens demo`: first render (navigation until every card is on
 * screen, live numbers requested), and an edit (a click on a card's move button until the next
 * frame is painted with the card in its new cell), plus the gzipped size of the JS the app loads
 * first. Medians of several runs.
 */
export async function runUiBench(opts: { cards: number; stages: number }): Promise<void> {
  console.log(`UI benchmark: a map of ${opts.stages} stages and ${opts.cards} cards in Chromium`);
  await ensureWebBuild({ log: (m) => console.log(m) });
  const dir = mkdtempSync(join(tmpdir(), 'journeylens-ui-bench-'));
  const server = await startDemo(dir);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const map = bigMap(opts);
    const created = await api<{ id: string }>(server.url, 'POST', '/api/v1/maps', { doc: map });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const login = await page.request.post(`${server.url}/api/v1/auth/login`, {
      data: { email: ADMIN.email, password: ADMIN.password },
    });
    if (!login.ok()) throw new Error(`sign-in failed: ${login.status()} ${await login.text()}`);

    const renders: number[] = [];
    for (let run = 0; run < 5; run++) {
      await page.goto(`${server.url}/maps/${created.id}`, { waitUntil: 'commit' });
      await page.waitForFunction((n) => document.querySelectorAll('[data-card-id]').length >= n, opts.cards, {
        polling: 'raf',
        timeout: 60_000,
      });
      renders.push(await page.evaluate(() => performance.now()));
      process.stderr.write(`first render ${run + 1}/5: ${renders.at(-1)!.toFixed(0)} ms\n`);
    }

    const edits: number[] = [];
    for (let run = 0; run < EDITS; run++) {
      // Alternate right and left, so the card ends where it started.
      const direction = run % 2 === 0 ? 'next' : 'previous';
      edits.push(await timeMove(page, direction));
      await page.locator('[data-save-state="saved"]').waitFor({ timeout: 30_000 });
    }
    await context.close();

    const bundleKb = initialBundleGzipKb();
    const results: UiResult[] = [
      result('first render of the map (median of 5)', median(renders), 'ms', TARGETS.firstRenderMs),
      result(
        `an edit: move a card to another stage (median of ${EDITS})`,
        median(edits),
        'ms',
        TARGETS.editMs,
      ),
      result('JS loaded at start, gzipped', bundleKb, 'KB', TARGETS.bundleGzipKb),
    ];
    console.log('');
    for (const r of results) {
      console.log(
        `${r.name.padEnd(52)} ${r.value.toFixed(r.unit === 'ms' ? 0 : 1).padStart(8)} ${r.unit}  target < ${r.target} ${r.unit}  ${r.met ? 'met' : 'MISSED'}`,
      );
    }
    console.log(JSON.stringify({ bench: 'ui', stages: opts.stages, cards: opts.cards, results }));
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Clicks the first touchpoint's move button and measures, inside the page, from the click until
 * the frame after the card has landed in its new cell has been painted.
 */
async function timeMove(
  page: import('playwright-core').Page,
  direction: 'next' | 'previous',
): Promise<number> {
  return page.evaluate(async (dir) => {
    const card = document.querySelector('tr[data-lane="touchpoint"] [data-card-id="c1"]')!;
    const cellBefore = card.closest('td');
    const label = dir === 'next' ? /next stage/ : /previous stage/;
    const button = [...card.querySelectorAll('button')].find((b) =>
      label.test(b.getAttribute('aria-label') ?? ''),
    );
    if (!button) throw new Error(`no move button for ${dir}`);
    const started = performance.now();
    button.click();
    for (;;) {
      await new Promise((r) => requestAnimationFrame(r));
      const moved = document.querySelector('tr[data-lane="touchpoint"] [data-card-id="c1"]');
      if (moved && moved.closest('td') !== cellBefore) break;
    }
    // One more frame: the one that shows the card in its new place.
    await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - started;
  }, direction);
}

/** The gzipped size of the JS the app loads on opening (the entry chunk and what it imports). */
function initialBundleGzipKb(): number {
  const dist = join(ROOT, 'web/dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const loaded = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const files =
    loaded.length > 0 ? loaded : readdirSync(join(dist, 'assets')).filter((f) => f.startsWith('index-'));
  const bytes = files.reduce(
    (sum, f) => sum + gzipSync(readFileSync(join(dist, f.startsWith('assets/') ? f : `assets/${f}`))).length,
    0,
  );
  return bytes / 1024;
}

function result(name: string, value: number, unit: 'ms' | 'KB', target: number): UiResult {
  return { name, value: Number(value.toFixed(1)), unit, target, met: value < target };
}

async function api<T>(url: string, method: string, path: string, body: unknown): Promise<T> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${ADMIN.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** `journeylens demo` with 1,000 people, so touchpoints bound to events show live numbers. */
async function startDemo(dir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      'bin/journeylens.js',
      'demo',
      '--store',
      `duckdb:${join(dir, 'ui.duckdb')}`,
      '--port',
      '0',
      '--people',
      '1000',
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        JOURNEYLENS_ADMIN_EMAIL: ADMIN.email,
        JOURNEYLENS_ADMIN_PASSWORD: ADMIN.password,
        JOURNEYLENS_ADMIN_TOKEN: ADMIN.token,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output = (output + d.toString()).slice(-20_000);
  });
  child.stderr?.on('data', (d: Buffer) => {
    output = (output + d.toString()).slice(-20_000);
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new Error(`journeylens demo exited early:\n${output}`);
    const found = /demo is running at (http:\/\/[\w.]+:\d+)/.exec(output)?.[1];
    if (found) return { url: found.replace('localhost', '127.0.0.1'), stop };
    await sleep(100);
  }
  await stop();
  throw new Error(`journeylens demo did not start within 2 minutes:\n${output}`);
}
