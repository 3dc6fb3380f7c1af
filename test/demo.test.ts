import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoEvents } from '../src/demo/generate.ts';
import { loadDemo } from '../src/demo/load-demo.ts';
import { Ingestor } from '../src/ingest/ingestor.ts';
import { JourneyMapSchema } from '../src/model/journey-map.ts';
import { bootstrap } from '../src/server/bootstrap.ts';
import type { Store } from '../src/store/store.ts';
import { tempStore } from './helpers/temp-store.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OPTS = { people: 60, seed: 3, end: new Date('2025-06-30T00:00:00.000Z') };
const generated = [...generateDemoEvents(OPTS)];

describe('loadDemo on a real DuckDB store', () => {
  let temp: Awaited<ReturnType<typeof tempStore>>;
  let store: Store;
  let ingestor: Ingestor;
  let first: Awaited<ReturnType<typeof loadDemo>>;

  beforeAll(async () => {
    temp = await tempStore();
    store = temp.store;
    const boot = await bootstrap(store, {});
    expect(boot.workspace.id).toBe('default');
    ingestor = await Ingestor.start(store);
    first = await loadDemo(store, ingestor, { workspaceId: 'default', ...OPTS });
  });
  afterAll(async () => {
    await ingestor?.flush();
    await temp?.dispose();
  });

  it('stores every generated message once', async () => {
    expect(first.loaded).toBe(true);
    expect(first.maps).toEqual(['demo-3-en', 'demo-3-pl']);
    expect(generated.length).toBeGreaterThan(OPTS.people);
    expect(first.events).toBe(generated.length);
    // messageIds are unique, so the stored count is the number of accepted messages.
    expect(new Set(generated.map((m) => m.messageId)).size).toBe(generated.length);
    expect(await store.events.count('default')).toBe(generated.length);
  });

  it('saves both sample maps, valid, with exactly one version each', async () => {
    for (const [id, locale] of [
      ['demo-3-en', 'en'],
      ['demo-3-pl', 'pl'],
    ] as const) {
      const stored = await store.maps.get('default', id);
      expect(stored?.id).toBe(id);
      const doc = JourneyMapSchema.safeParse(stored?.doc);
      expect(doc.success).toBe(true);
      expect(doc.data?.locale).toBe(locale);
      expect(doc.data?.id).toBe(id);
      const versions = await store.maps.listVersions('default', id);
      expect(versions).toHaveLength(1);
      expect(versions[0]?.mapId).toBe(id);
      expect(versions[0]?.doc).toEqual(stored?.doc);
    }
  });

  it('does nothing when called again for the same seed', async () => {
    const again = await loadDemo(store, ingestor, { workspaceId: 'default', ...OPTS });
    expect(again.loaded).toBe(false);
    expect(again.maps).toEqual(['demo-3-en', 'demo-3-pl']);
    expect(await store.events.count('default')).toBe(generated.length);
    expect(await store.maps.listVersions('default', 'demo-3-en')).toHaveLength(1);
  });

  it('stitches a person who identified on two devices into one person', async () => {
    const devices = new Map<string, Set<string>>();
    for (const m of generated) {
      if (m.type !== 'identify' || !m.userId || !m.anonymousId) continue;
      devices.set(m.userId, (devices.get(m.userId) ?? new Set()).add(m.anonymousId));
    }
    const found = [...devices].find(([, anons]) => anons.size >= 2);
    expect(found).toBeDefined();
    const [userId, anons] = found!;
    const [a, b] = [...anons];
    const viaA = await store.persons.byDistinctId('default', a!);
    const viaB = await store.persons.byDistinctId('default', b!);
    const viaUser = await store.persons.byDistinctId('default', userId);
    expect(viaA).not.toBeNull();
    expect(viaB?.id).toBe(viaA?.id);
    expect(viaUser?.id).toBe(viaA?.id);
    expect(viaA?.ids).toEqual(expect.arrayContaining([a, b, userId]));
  });
});

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    for (const key of Object.keys(env)) if (key.startsWith('JOURNEYLENS_')) delete env[key];
    const child = spawn(process.execPath, ['bin/journeylens.js', ...args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('journeylens demo (the real command)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'journeylens-demo-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the demo and exits with --no-serve', async () => {
    const store = `duckdb:${join(dir, 'd.duckdb')}`;
    const result = await run(['demo', '--no-serve', '--people', '30', '--seed', '5', '--store', store]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Loaded');
    expect(result.stdout).toContain('demo-5-en');
    expect(result.stdout).toContain('demo-5-pl');
  });

  it('refuses a --people that is not a number, naming the flag', async () => {
    const store = `duckdb:${join(dir, 'bad.duckdb')}`;
    const result = await run(['demo', '--no-serve', '--people', 'abc', '--store', store]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('--people');
  });
});
