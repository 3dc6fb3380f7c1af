/**
 * The bulk NDJSON path (a one-pass scan, ndjson-scan.ts) must judge and store every row exactly as the
 * row-by-row path (zod in JavaScript) does. Both import the same randomly generated files — valid
 * rows, rows in every unusual-but-valid form, and rows broken in every way we know — into two
 * fresh stores, and everything a user can observe is compared: the summary, the rejected rows
 * with their reasons, each stored event, who each event belongs to, and each person's traits.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { type ImportSummary, importFile } from '../src/ingest/import/import-file.ts';
import { scanChunking } from '../src/ingest/import/ndjson-scan-file.ts';
import { Ingestor } from '../src/ingest/ingestor.ts';
import { bootstrap } from '../src/server/bootstrap.ts';
import { randomMessage, rng } from './helpers/random-messages.ts';
import { tempStore } from './helpers/temp-store.ts';

/** A file of `n` lines: JSON with JSON.stringify's spacing, sometimes spaced, or blank. */
function ndjson(seed: number, n: number, newline: '\n' | '\r\n'): string {
  const r = rng(seed);
  const seen: string[] = [];
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    if (r() < 0.02) {
      lines.push('');
      continue;
    }
    const m = randomMessage(r, i, seen);
    let text = JSON.stringify(m);
    if (r() < 0.03) text = JSON.stringify(m, null, 1).replaceAll('\n', ' ');
    // Text JSON.parse refuses, some of it what other JSON parsers allow.
    if (r() < 0.02) text = pickBreakage(r)(text);
    lines.push(text);
  }
  return `${lines.join(newline)}${newline}`;
}

const BREAKAGES: ((text: string) => string)[] = [
  (t) => `${t.slice(0, -1)},}`, // a trailing comma
  (t) => t.replace(/}$/, ',"x":NaN}'),
  (t) => t.replace(/}$/, ',"x":01}'),
  (t) => t.replace(/}$/, ',"x":"\\x"}'), // an escape JSON does not have
  (t) => t.replace(/}$/, ',"x":"\\u12"}'),
  (t) => t.replace(/}$/, ',"x":"tab\tinside"}'), // a raw control character in a string
  (t) => t.slice(0, Math.floor(t.length / 2)),
  (t) => `${t} {}`,
  (t) => t.replace(/^{/, '['),
  (t) => `${t}\u0000`,
  (t) => t.replace('"context":{', '"context":{"a":[1,],'), // deep inside, where lines have a context
  (t) => t.replace('"properties":{', '"properties":{"a":{"b":-},'),
];
const pickBreakage = (r: () => number) => BREAKAGES[Math.floor(r() * BREAKAGES.length)]!;

interface Observed {
  summary: Pick<ImportSummary, 'rows' | 'accepted' | 'rejected' | 'reasons'>;
  engineChecked: number;
  rejectedRows: unknown[];
  events: Record<string, unknown>[];
  persons: Record<string, unknown>[];
}

/**
 * Imports `path` into a fresh store, bulk or row by row; `history` is sent through the live path
 * first, so the import meets stored persons, ids and events.
 */
async function importAndObserve(path: string, bulk: boolean, history: unknown[] = []): Promise<Observed> {
  const t = await tempStore();
  try {
    await bootstrap(t.store, {});
    const ingestor = await Ingestor.start(t.store);
    await ingestor.ingest('default', history, { receivedAt: new Date('2026-08-01T00:00:00Z') });
    const loader = ingestor.ndjsonBulkLoader();
    if (bulk && !loader) throw new Error('the DuckDB store should offer the bulk path');
    const rejectedPath = join(t.dir, `${bulk}.rejected.ndjson`);
    const summary = await importFile({
      path,
      workspaceId: 'default',
      sink: ingestor,
      rejectedPath,
      bulk: bulk ? loader : undefined,
    });
    await ingestor.flush();
    await t.store.close();
    const rejectedRows = summary.rejectedPath
      ? (await readFile(summary.rejectedPath, 'utf8'))
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l))
      : [];
    const db = await DuckDBInstance.create(t.path);
    const conn = await db.connect();
    // Who an event belongs to, independent of random person ids: the sorted ids of its person.
    const personKey = `(SELECT string_agg(d.distinct_id, ',' ORDER BY d.distinct_id) FROM person_distinct_ids d
      WHERE d.workspace_id = e.workspace_id AND d.person_id = coalesce(o.person_id, e.person_id))`;
    const events = (
      await conn.runAndReadAll(`
        SELECT e.message_id, e.type, e.event, e.name, e.user_id, e.anonymous_id, e.previous_id, e.group_id,
          epoch_ms(e.timestamp) AS ts, epoch_ms(e.timestamp) - epoch_ms(e.received_at) AS ts_from_received,
          epoch_ms(e.sent_at) AS sent, e.channel, e.properties, e.context, e.traits, ${personKey} AS person
        FROM events e LEFT JOIN person_overrides o
          ON o.workspace_id = e.workspace_id AND o.old_person_id = e.person_id
        ORDER BY e.message_id`)
    ).getRowObjectsJS();
    const persons = (
      await conn.runAndReadAll(`
        SELECT (SELECT string_agg(d.distinct_id, ',' ORDER BY d.distinct_id) FROM person_distinct_ids d
                WHERE d.workspace_id = p.workspace_id AND d.person_id = p.id) AS ids, p.traits,
          epoch_ms(p.created_at) AS created
        FROM persons p ORDER BY ids`)
    ).getRowObjectsJS();
    conn.closeSync();
    db.closeSync();
    return {
      summary: {
        rows: summary.rows,
        accepted: summary.accepted,
        rejected: summary.rejected,
        reasons: summary.reasons,
      },
      rejectedRows,
      engineChecked: summary.engineChecked ?? 0,
      events: events.map((e) => ({
        ...e,
        properties: JSON.parse(String(e.properties)),
        context: JSON.parse(String(e.context)),
        traits: e.traits === null ? null : JSON.parse(String(e.traits)),
      })),
      persons: persons.map((p) => ({ ids: p.ids, traits: JSON.parse(String(p.traits)), created: p.created })),
    };
  } finally {
    await t.dispose();
  }
}

/** A fresh store with an ingestor, and an NDJSON file of `messages` beside it. */
async function ingestorWithFile(messages: Record<string, unknown>[]) {
  const t = await tempStore();
  await bootstrap(t.store, {});
  const ingestor = await Ingestor.start(t.store);
  const path = join(t.dir, 'file.ndjson');
  await writeFile(path, messages.map((m) => JSON.stringify(m)).join('\n'));
  return { t, ingestor, path };
}
const IDENTIFY_U1 = { type: 'identify', anonymousId: 'v1', userId: 'u1', traits: { plan: 'pro' } };

/** Times derived from the receive time differ between two runs by the runs' receive times. */
function sameTime(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return a.ts === b.ts || a.ts_from_received === b.ts_from_received;
}

describe('bulk NDJSON import', () => {
  // More seeds for a longer hunt: BULK_IMPORT_SEEDS=100 npx vitest run test/bulk-import.test.ts
  const seeds = Number(process.env.BULK_IMPORT_SEEDS ?? 4);
  for (let seed = 1; seed <= seeds; seed++) {
    const newline = seed % 3 === 0 ? '\r\n' : '\n';
    it(`judges and stores every row as the row-by-row path does (seed ${seed}, ${JSON.stringify(newline)} lines)`, async () => {
      const t = await tempStore();
      const path = join(t.dir, `random-${seed}.ndjson`);
      await writeFile(path, ndjson(seed, 1500, newline));
      try {
        const [bulk, rowwise] = [await importAndObserve(path, true), await importAndObserve(path, false)];
        // The file must exercise both paths: rows the SQL vouches for and rows it leaves to zod.
        expect(rowwise.summary.accepted).toBeGreaterThan(500);
        expect(rowwise.summary.rejected).toBeGreaterThan(100);
        expect(bulk.engineChecked).toBeGreaterThan(300);
        expect(bulk.summary).toEqual(rowwise.summary);
        expect(bulk.rejectedRows).toEqual(rowwise.rejectedRows);
        expect(bulk.events.length).toBe(rowwise.events.length);
        bulk.events.forEach((e, i) => {
          const w = rowwise.events[i]!;
          const { ts: _a, ts_from_received: _b, ...rest } = e;
          const { ts: _c, ts_from_received: _d, ...restW } = w;
          expect(rest, `event ${String(e.message_id)}`).toEqual(restW);
          expect(sameTime(e, w), `time of ${String(e.message_id)}`).toBe(true);
        });
        expect(bulk.persons).toEqual(rowwise.persons);
      } finally {
        await t.dispose();
      }
    });
  }

  it('stitches into the persons and ids already stored as the row-by-row path does', async () => {
    const t = await tempStore();
    const path = join(t.dir, 'after-history.ndjson');
    await writeFile(path, ndjson(7, 1500, '\n'));
    const r = rng(1007);
    // Every fifth history messageId is also one of the file's (m-0, m-5, …).
    const history = Array.from({ length: 300 }, (_, i) => ({
      ...randomMessage(r, i, []),
      messageId: `m-${i * 5}`,
    }));
    try {
      const [bulk, rowwise] = [
        await importAndObserve(path, true, history),
        await importAndObserve(path, false, history),
      ];
      // The file's ids are the history's (a few ids in all), so its rows meet stored persons,
      // link to them and merge them; with the graph started empty instead, this fails.
      expect(bulk.engineChecked).toBeGreaterThan(300);
      expect(bulk.summary).toEqual(rowwise.summary);
      expect(bulk.events.map(({ ts: _a, ts_from_received: _b, ...e }) => e)).toEqual(
        rowwise.events.map(({ ts: _a, ts_from_received: _b, ...e }) => e),
      );
      expect(bulk.persons).toEqual(rowwise.persons);
    } finally {
      await t.dispose();
    }
  });

  it('stitches a file scanned in many chunks exactly as the row-by-row path does', async () => {
    const t = await tempStore();
    const path = join(t.dir, 'chunked.ndjson');
    // A clean first part whose ids come from small pools, so that rows of later chunks link to
    // and merge persons of earlier ones, then random rows, some left to JavaScript (their rows
    // are stitched among the scan's by line).
    const r = rng(77);
    const id = (prefix: string, n: number) => `${prefix}-${Math.floor(r() * n)}`;
    const clean = Array.from({ length: 900 }, (_, i) => {
      const at = new Date(Date.UTC(2026, 7, 1, 0, i)).toISOString();
      const kind = r();
      if (kind < 0.2)
        return {
          type: 'identify',
          userId: id('u', 60),
          anonymousId: id('a', 200),
          traits: { n: i },
          timestamp: at,
        };
      if (kind < 0.25) return { type: 'alias', userId: id('u', 60), previousId: id('a', 200), timestamp: at };
      return {
        type: 'track',
        event: 'Viewed',
        anonymousId: id('a', 200),
        messageId: `c-${i}`,
        timestamp: at,
      };
    });
    await writeFile(path, `${clean.map((m) => JSON.stringify(m)).join('\n')}\n${ndjson(9, 600, '\n')}`);
    const history = Array.from({ length: 40 }, (_, i) => ({
      type: 'identify',
      userId: `u-${i}`,
      anonymousId: `a-${i * 3}`,
      messageId: `h-${i}`,
    }));
    // About sixty chunks of 4 KB.
    const chunkBytes = scanChunking.bytes;
    scanChunking.bytes = 4096;
    try {
      const bulk = await importAndObserve(path, true, history);
      scanChunking.bytes = chunkBytes;
      const rowwise = await importAndObserve(path, false, history);
      expect(bulk.engineChecked).toBeGreaterThan(900);
      expect(bulk.summary).toEqual(rowwise.summary);
      expect(bulk.events.map(({ ts: _a, ts_from_received: _b, ...e }) => e)).toEqual(
        rowwise.events.map(({ ts: _a, ts_from_received: _b, ...e }) => e),
      );
      expect(bulk.persons).toEqual(rowwise.persons);
    } finally {
      scanChunking.bytes = chunkBytes;
      await t.dispose();
    }
  });

  it('stitches a row JavaScript validated before the rows of later chunks, as its line says', async () => {
    const t = await tempStore();
    const path = join(t.dir, 'undecided-early.ndjson');
    const at = (minute: number) => new Date(Date.UTC(2026, 7, 1, 0, minute)).toISOString();
    const filler = Array.from({ length: 120 }, (_, i) =>
      JSON.stringify({ type: 'track', event: 'Viewed', anonymousId: `filler-${i}`, timestamp: at(10) }),
    );
    // Line 2 identifies the browser as ann; a repeated key leaves it to JavaScript. Chunks later,
    // bob logs in on the same browser: ann's browser is identified, so bob gets a person of his
    // own (IdentityGraph's shared-device rule). Stitched out of line order, bob would take it.
    await writeFile(
      path,
      [
        JSON.stringify({ type: 'track', event: 'Viewed', anonymousId: 'browser', timestamp: at(1) }),
        `{"type":"identify","userId":"ann","anonymousId":"browser","anonymousId":"browser","timestamp":"${at(2)}"}`,
        ...filler,
        JSON.stringify({ type: 'identify', userId: 'bob', anonymousId: 'browser', timestamp: at(20) }),
      ].join('\n'),
    );
    const chunkBytes = scanChunking.bytes;
    scanChunking.bytes = 4096;
    try {
      const bulk = await importAndObserve(path, true);
      scanChunking.bytes = chunkBytes;
      const rowwise = await importAndObserve(path, false);
      expect(bulk.engineChecked).toBe(122);
      // Each person dates from its first event: the browser's view at minute 1, bob's at 20.
      const minute = (m: number) => BigInt(Date.UTC(2026, 7, 1, 0, m));
      expect(bulk.persons.filter((p) => !String(p.ids).startsWith('filler'))).toEqual([
        { ids: 'ann,browser', traits: {}, created: minute(1) },
        { ids: 'bob', traits: {}, created: minute(20) },
      ]);
      expect(bulk.persons).toEqual(rowwise.persons);
    } finally {
      scanChunking.bytes = chunkBytes;
      await t.dispose();
    }
  });

  it('leaves no trace of a staged file given up before its commit', async () => {
    const { t, ingestor, path } = await ingestorWithFile([IDENTIFY_U1]);
    try {
      const loader = ingestor.ndjsonBulkLoader()!;
      // Staging stitched the file's row into the graph; giving it up must take that back.
      const staged = await loader.stage('default', path, { receivedAt: new Date() });
      expect(staged).not.toBeNull();
      loader.abandon?.(staged!);
      await staged!.dispose();
      await ingestor.ingest(
        'default',
        [{ type: 'track', event: 'Viewed', anonymousId: 'v1', messageId: 'l1' }],
        { receivedAt: new Date() },
      );
      await ingestor.flush();
      const person = await t.store.persons.byDistinctId('default', 'v1');
      expect(person?.ids).toEqual(['v1']);
      expect(person?.traits).toEqual({});
      expect(await t.store.persons.byDistinctId('default', 'u1')).toBeNull();
      // And the same file imports in bulk afterwards, onto the live person.
      const summary = await importFile({ path, workspaceId: 'default', sink: ingestor, bulk: loader });
      expect(summary.accepted).toBe(1);
      const after = await t.store.persons.byDistinctId('default', 'u1');
      expect(after && [...after.ids].sort()).toEqual(['u1', 'v1']);
      expect(after?.traits).toEqual({ plan: 'pro' });
    } finally {
      await t.dispose();
    }
  });

  it('stitches live events sent while a file is staged after its load, into its persons', async () => {
    const { t, ingestor, path } = await ingestorWithFile([IDENTIFY_U1]);
    try {
      const loader = ingestor.ndjsonBulkLoader()!;
      const staged = await loader.stage('default', path, { receivedAt: new Date() });
      // The file's row is stitched; a live event for the same customer arrives before the commit.
      const live = ingestor.ingest(
        'default',
        [{ type: 'track', event: 'Viewed', anonymousId: 'v2', userId: 'u1', messageId: 'l1' }],
        { receivedAt: new Date() },
      );
      await loader.commit('default', staged!);
      await staged!.dispose();
      await live;
      const person = await t.store.persons.byDistinctId('default', 'v2');
      expect(person && [...person.ids].sort()).toEqual(['u1', 'v1', 'v2']);
      expect(person?.traits).toEqual({ plan: 'pro' });
      expect(person?.eventCount).toBe(2);
    } finally {
      await t.dispose();
    }
  });

  it('goes on stitching live events into the persons a bulk import created', async () => {
    const { t, ingestor, path } = await ingestorWithFile([
      { type: 'track', event: 'Viewed', anonymousId: 'v1', messageId: 'f1' },
      // Traits beyond ASCII, as the persons' file carries them to DuckDB.
      { ...IDENTIFY_U1, messageId: 'f2', traits: { plan: 'pro', name: 'Łucja Żółć 🏠' } },
    ]);
    try {
      const summary = await importFile({
        path,
        workspaceId: 'default',
        sink: ingestor,
        bulk: ingestor.ndjsonBulkLoader(),
      });
      expect(summary.engineChecked).toBe(2);
      const ctx = { receivedAt: new Date() };
      // u1 signs in on a second device (v2), and v1 comes back: both are the imported customer.
      await ingestor.ingest(
        'default',
        [{ type: 'track', event: 'Viewed', anonymousId: 'v2', userId: 'u1', messageId: 'l1' }],
        ctx,
      );
      await ingestor.ingest(
        'default',
        [{ type: 'track', event: 'Viewed', anonymousId: 'v1', messageId: 'l2' }],
        ctx,
      );
      const person = await t.store.persons.byDistinctId('default', 'v2');
      expect(person && [...person.ids].sort()).toEqual(['u1', 'v1', 'v2']);
      expect(person?.traits).toEqual({ plan: 'pro', name: 'Łucja Żółć 🏠' });
      expect(person?.eventCount).toBe(4);
    } finally {
      await t.dispose();
    }
  });

  it('rejects a line that is not JSON by its number and stores the lines around it', async () => {
    const t = await tempStore();
    const path = join(t.dir, 'broken.ndjson');
    await writeFile(
      path,
      [
        JSON.stringify({ type: 'track', event: 'A', userId: 'u1', messageId: 'm1' }),
        '{"type":"track",',
        JSON.stringify({ type: 'track', event: 'B', userId: 'u1', messageId: 'm2' }),
      ].join('\n'),
    );
    try {
      const observed = await importAndObserve(path, true);
      expect(observed.summary).toMatchObject({ rows: 3, accepted: 2, rejected: 1 });
      // The broken line is left to JavaScript; the scan still vouches for the other two.
      expect(observed.engineChecked).toBe(2);
      expect(observed.rejectedRows).toEqual([expect.objectContaining({ line: 2, raw: '{"type":"track",' })]);
      expect(observed.events.map((e) => e.message_id)).toEqual(['m1', 'm2']);
    } finally {
      await t.dispose();
    }
  });

  it('keeps the first line of a messageId that only a line JavaScript validated repeats', async () => {
    const t = await tempStore();
    const path = join(t.dir, 'repeats.ndjson');
    const at = (s: number) => `2026-08-01T00:00:0${s}.000Z`;
    // A repeated key leaves its line to JavaScript, where JSON.parse keeps the last value.
    await writeFile(
      path,
      [
        JSON.stringify({ type: 'track', event: 'A', userId: 'u1', messageId: 'dup', timestamp: at(1) }),
        `{"type":"track","event":"B","userId":"u1","messageId":"x","messageId":"dup","timestamp":"${at(2)}"}`,
        `{"type":"track","event":"C","userId":"u1","messageId":"y","messageId":"two","timestamp":"${at(3)}"}`,
        JSON.stringify({ type: 'track', event: 'D', userId: 'u1', messageId: 'two', timestamp: at(4) }),
      ].join('\n'),
    );
    try {
      const bulk = await importAndObserve(path, true);
      expect(bulk.engineChecked).toBe(2);
      // The first line of each messageId wins, whichever side of the scan it was on.
      expect(bulk.events.map((e) => [e.message_id, e.event])).toEqual([
        ['dup', 'A'],
        ['two', 'C'],
      ]);
      const rowByRow = await importAndObserve(path, false);
      expect(rowByRow.events.map((e) => [e.message_id, e.event])).toEqual([
        ['dup', 'A'],
        ['two', 'C'],
      ]);
    } finally {
      await t.dispose();
    }
  });
});

describe('bulk NDJSON import progress', () => {
  it('moves the bar forward through staging, stitching and writing, ending at the whole file', async () => {
    const t = await tempStore();
    try {
      const { workspace } = await bootstrap(t.store, {});
      const ingestor = await Ingestor.start(t.store);
      const path = join(t.dir, 'many.ndjson');
      // 6,000 visitors each seen once: more identity rows than one batch of stitching. The file
      // starts with a byte-order mark, which leaves its first line to JavaScript, so the rows
      // after it are stitched once that line is validated, after staging.
      const lines = Array.from({ length: 6_000 }, (_, i) =>
        JSON.stringify({
          type: 'track',
          event: 'Viewed',
          anonymousId: `visitor-${i}`,
          messageId: `p-${i}`,
          timestamp: '2026-08-01T10:00:00Z',
        }),
      );
      lines[0] = `\ufeff${lines[0]}`;
      await writeFile(path, `${lines.join('\n')}\n`);
      const size = Buffer.byteLength(`${lines.join('\n')}\n`);
      const seen: number[] = [];
      const summary = await importFile({
        path,
        workspaceId: workspace.id,
        sink: ingestor,
        bulk: ingestor.ndjsonBulkLoader(),
        onProgress: (done, total) => {
          expect(total).toBe(size);
          seen.push(done);
        },
      });
      expect(summary.accepted).toBe(6_000);
      // Never backwards, and finished at the file's size.
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
      expect(seen.at(-1)).toBe(size);
      // Staging reports the scan of the file's one chunk (up to 55% of the bar), then stitching
      // (60–65%) its batches.
      expect(seen.filter((d) => d > 0 && d < size * 0.6).length).toBeGreaterThanOrEqual(1);
      expect(seen.filter((d) => d > size * 0.6 && d < size * 0.65).length).toBeGreaterThanOrEqual(2);
      // Writing (65–100%) says when the ids are written, before the events insert.
      expect(seen).toContain(Math.round(size * (0.65 + 0.35 * 0.2)));
    } finally {
      await t.dispose();
    }
  });
});
