import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBTimestampValue, listValue } from '@duckdb/node-api';
import { bulkPersonIdSql } from '../../ingest/bulk-person-ids.ts';
import { type IdentityChanges, type Newcomers, traitsObject } from '../../ingest/identity-graph.ts';
import { writeInt } from '../../ingest/import/decimal-bytes.ts';
import { MessageIdRepeats } from '../../ingest/import/message-id-repeats.ts';
import { FIELD, NULL, STAGED_COLUMNS } from '../../ingest/import/ndjson-scan.ts';
import { type ScannedPart, scanNdjsonFile } from '../../ingest/import/ndjson-scan-file.ts';
import { type IdentityRows, ScannedIdentity } from '../../ingest/import/scan-identity.ts';
import { makeImportScratchDir } from '../../ingest/import/scratch-dir.ts';
import type { EnrichedEvent } from '../../ingest/types.ts';
import { textFoldsToItself } from '../json-merge-patch.ts';
import type { StagedNdjson, StageOptions } from '../store.ts';
import type { Database, SerialConnection } from './database.ts';
import {
  foldTraits,
  type NewcomerWriter,
  prepareIdentityStaging,
  writeIdentityChanges,
} from './identity-writer.ts';
import { writeLineFiles } from './line-files.ts';
import type { FingerprintSet } from './message-fingerprints.ts';
import { fingerprintSql } from './message-fingerprints.ts';
import { setProgressTracking, withQueryProgress } from './query-progress.ts';
import { appendNumberColumns, appendWith } from './staging.ts';
import { addFingerprintsOf } from './stored-fingerprints.ts';

const TEMP_TABLES = ['bulk_staged', 'bulk_ids', 'bulk_known_persons', 'bulk_links'];

const micros = (d: Date) => new DuckDBTimestampValue(BigInt(d.getTime()) * 1000n);

/** The staged-rows files' columns (STAGED_COLUMNS, in that order) as DuckDB reads them. */
const STAGED_TYPES: Record<(typeof STAGED_COLUMNS)[number], string> = {
  line_no: 'BIGINT',
  ok: 'INTEGER',
  message_id: 'VARCHAR',
  type: 'VARCHAR',
  event: 'VARCHAR',
  name: 'VARCHAR',
  user_id: 'VARCHAR',
  anonymous_id: 'VARCHAR',
  previous_id: 'VARCHAR',
  group_id: 'VARCHAR',
  ts_ms: 'BIGINT',
  sent_ms: 'BIGINT',
  channel: 'VARCHAR',
  properties: 'JSON',
  context: 'JSON',
  traits: 'JSON',
};

/**
 * How far `commit` has come when each of its writes is done, roughly its share of the time (a
 * million events: the ids 20%, the events insert 70%, the persons 7%); the events insert reports
 * its own progress in between. The stored events' fingerprints, when the server holds them, take
 * the rest.
 */
const WRITTEN = { ids: 0.2, events: 0.9, persons: 0.97 } as const;

/** The most rows or ids a load's tables make room for ahead, from its first part. */
const EXPECTED_AT_MOST = 2_000_000;

/** The temp table of the rows `addEvents` adds, in this order. */
const BULK_STAGED_COLUMNS = `line_no BIGINT, message_id VARCHAR, type VARCHAR, event VARCHAR,
  name VARCHAR, user_id VARCHAR, anonymous_id VARCHAR, previous_id VARCHAR, group_id VARCHAR,
  timestamp TIMESTAMP, sent_at TIMESTAMP, channel VARCHAR, properties JSON, context JSON, traits JSON`;

/** How DuckDB reads the scan's files: FIELD-separated text, no quoting, NULL as NULL. */
const TEXT_FILE = `delim = chr(${FIELD}), quote = '', escape = '', header = false, auto_detect = false, nullstr = chr(${NULL})`;

/**
 * Stages an NDJSON file in DuckDB (see StagedNdjson). The file is scanned, checked and normalised
 * in JavaScript (ndjson-scan.ts), on one thread per core, into staged-rows files and the rows'
 * identities (scan-identity.ts); the caller may stitch those as the parts come
 * (StageOptions.stitch), and the messageIds are checked for repeats (message-id-repeats.ts).
 * DuckDB reads the files once, in `commit`, straight into the events table: a temp table between
 * them cost a third of a second per million events. Only the rows the caller validates itself
 * (`addEvents`) wait in a temp table, `bulk_staged`, and the ids in `bulk_ids`. `dispose` drops
 * them and removes the files.
 */
export async function stageNdjson(
  db: Database,
  path: string,
  opts: StageOptions & { storedFingerprints?: () => Promise<FingerprintSet> | undefined },
): Promise<StagedNdjson | null> {
  const conn = db.ingest;
  await dropTempTables(conn);
  const { size } = await stat(path);
  const dir = await makeImportScratchDir();
  try {
    // The parts' ids and messageIds are taken in between chunks, while the workers scan on, and
    // their rows stitched, up to the first row left to JavaScript (StageOptions.stitch).
    const identity = new ScannedIdentity(FIELD);
    const repeats = new MessageIdRepeats();
    const stitch = opts.stitch;
    stitch?.begin(identity);
    let stitching = true;
    const parts = await scanNdjsonFile(path, size, join(dir, 'part'), {
      receivedAtMs: opts.receivedAt.getTime(),
      onProgress: opts.onProgress,
      onPart: (part) => {
        if (part.lineOffset === 0 && part.bytes > 0) {
          // The first part tells about how many rows and ids the file holds. Ids may recur
          // across parts, so the guess is capped; past it, the tables grow as they fill.
          const partsInFile = size / part.bytes;
          identity.expectIds(Math.min(EXPECTED_AT_MOST, part.identity.idEnds.length * partsInFile));
          repeats.expect(Math.min(EXPECTED_AT_MOST, (part.messageIds.length / 2) * partsInFile));
        }
        identity.addChunk(part.identity, part.lineOffset);
        repeats.addHashes(part.messageIds);
        if (stitch === undefined || !stitching) return;
        const undecided = part.uncertain[0];
        identity.rows(
          stitch.rows,
          undefined,
          undecided === undefined ? undefined : part.lineOffset + undecided,
        );
        if (undecided !== undefined) stitching = false;
      },
    });
    const idsPaths = writeLineFiles(join(dir, 'ids'), identity.idsFile());
    await conn.exclusive(async (raw) => {
      await raw.run(`CREATE TEMP TABLE bulk_staged (${BULK_STAGED_COLUMNS})`);
      await raw.run('CREATE TEMP TABLE bulk_ids (id VARCHAR, code INTEGER)');
    });
    return new DuckDBStagedNdjson(
      conn,
      dir,
      parts,
      idsPaths,
      identity,
      repeats,
      opts.receivedAt,
      opts.storedFingerprints,
    );
  } catch (err) {
    await dropTempTables(conn);
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}

class DuckDBStagedNdjson implements StagedNdjson {
  readonly rows: number;
  readonly uncertainLines: number[];
  /** Rows the scan vouched for, then those `addEvents` added. */
  private accepted: number;
  /** The staged-rows files (not the parts: their identities are ScannedIdentity's now). */
  private readonly parts: { outPath: string; lineOffset: number }[];

  constructor(
    private readonly conn: SerialConnection,
    private readonly dir: string,
    parts: ScannedPart[],
    /** The scan's ids, as lines of code and id (ScannedIdentity.idsFile). */
    private readonly idsPaths: string[],
    private readonly identity: ScannedIdentity,
    /** Whether the load may repeat a messageId: then its insert keeps each one's first row. */
    private readonly repeats: MessageIdRepeats,
    private readonly receivedAt: Date,
    private readonly storedFingerprints: () => Promise<FingerprintSet> | undefined = () => undefined,
  ) {
    this.rows = parts.reduce((n, p) => n + p.rows, 0);
    this.uncertainLines = parts.flatMap((p) => p.uncertain.map((line) => line + p.lineOffset));
    this.accepted = this.rows - this.uncertainLines.length;
    this.parts = parts.map(({ outPath, lineOffset }) => ({ outPath, lineOffset }));
  }

  async addEvents(rows: { line: number; event: EnrichedEvent }[]): Promise<void> {
    if (rows.length === 0) return;
    this.identity.addEvents(rows);
    for (const { event } of rows) this.repeats.addText(event.messageId);
    this.accepted += rows.length;
    await this.conn.exclusive((raw) =>
      appendWith(
        raw,
        'bulk_staged',
        (a) => {
          for (const { line, event: e } of rows) {
            a.appendBigInt(BigInt(line));
            for (const v of [
              e.messageId,
              e.type,
              e.event,
              e.name,
              e.userId,
              e.anonymousId,
              e.previousId,
              e.groupId,
            ])
              v === null ? a.appendNull() : a.appendVarchar(v);
            a.appendTimestamp(micros(e.timestamp));
            e.sentAt === null ? a.appendNull() : a.appendTimestamp(micros(e.sentAt));
            a.appendVarchar(e.channel);
            a.appendVarchar(e.properties);
            a.appendVarchar(e.context);
            e.traits === null ? a.appendNull() : a.appendVarchar(e.traits);
            a.endRow();
          }
        },
        true,
      ),
    );
  }

  async identityRows(visit: (rows: IdentityRows) => void): Promise<void> {
    // DuckDB loads the scan's ids on its own threads while this one stitches.
    const load = this.startIdsLoad();
    await load.started;
    try {
      this.identity.rows(visit);
    } finally {
      await load.done;
    }
  }

  /** Starts `bulk_ids`' load; `started` resolves once DuckDB runs it, so stitching may begin. */
  private startIdsLoad(): { started: Promise<void>; done: Promise<void> } {
    let running!: () => void;
    const started = new Promise<void>((resolve) => {
      running = resolve;
    });
    const done = this.conn.exclusive(async (raw) => {
      const load = await raw.prepare(
        `INSERT INTO bulk_ids SELECT id, code
         FROM read_csv($1, columns = {'code': 'INTEGER', 'id': 'VARCHAR'}, ${TEXT_FILE})`,
      );
      try {
        load.bind([listValue(this.idsPaths)]);
        // run() hands the statement to DuckDB's threads before it returns its promise.
        const result = load.run();
        running();
        await result;
      } finally {
        load.destroySync();
      }
    });
    // A load that fails before it starts fails `started` too.
    return { started: Promise.race([started, done]), done };
  }

  async commit(
    workspaceId: string,
    identity: IdentityChanges,
    newcomers: Newcomers,
    onProgress?: (fraction: number) => void,
  ): Promise<{ accepted: number; inserted: number }> {
    const report = onProgress ?? (() => {});
    const added = this.identity.addedIds();
    await this.conn.exclusive(async (raw) => {
      // The ids only the rows `addEvents` added hold, beside the scan's.
      await appendWith(
        raw,
        'bulk_ids',
        (a) => {
          added.ids.forEach((id, i) => {
            a.appendVarchar(id);
            a.appendInteger(added.firstCode + i);
            a.endRow();
          });
        },
        true,
      );
      await prepareIdentityStaging(raw);
      // The new ids' persons by number, and the persons known before the load among them.
      await raw.run('CREATE OR REPLACE TEMP TABLE bulk_known_persons (person INTEGER, id VARCHAR)');
      await raw.run(
        'CREATE OR REPLACE TEMP TABLE bulk_links (code INTEGER, person INTEGER, is_user INTEGER)',
      );
    });
    // A workspace's first import has nothing stored to dedup against: skip the anti-join (0.3 s
    // of a million events).
    const stored = await this.conn.one('SELECT 1 AS any FROM events WHERE workspace_id = $1 LIMIT 1', [
      workspaceId,
    ]);
    const receivedAt = micros(this.receivedAt);
    const dedup = this.repeats.found;
    // Tracked outside the transaction: a failed one would refuse turning it off again.
    if (onProgress) await this.conn.exclusive((raw) => setProgressTracking(raw, true));
    const inserted = await this.conn
      .transaction(async (raw: DuckDBConnection) => {
        // Prepared first, so that writeIdentityChanges can start it as soon as the ids are in place.
        const insert = await raw.prepare(this.insertSql(stored !== null, dedup));
        const paths = this.parts.map((p) => p.outPath);
        insert.bind([
          workspaceId,
          receivedAt,
          ...(paths.length > 0 ? [listValue(paths)] : []),
          ...(dedup ? paths : []),
        ]);
        let rows = 0;
        const personsPrefix = join(this.dir, 'persons');
        await writeIdentityChanges(raw, identity, bulkNewcomers(newcomers, personsPrefix), async () => {
          report(WRITTEN.ids);
          // Untracked (no one listening), DuckDB reports no progress and this polls for nothing.
          const inserted = await withQueryProgress(
            raw,
            () => insert.run(),
            (f) => report(WRITTEN.ids + (WRITTEN.events - WRITTEN.ids) * f),
          );
          rows = inserted.rowsChanged;
        });
        return rows;
      })
      .finally(() => onProgress && this.conn.exclusive((raw) => setProgressTracking(raw, false)));
    report(WRITTEN.persons);
    // The live writer dedups against fingerprints of stored events; these are stored now too.
    const fingerprints = this.storedFingerprints();
    if (fingerprints !== undefined) {
      const set = await fingerprints;
      await this.conn.exclusive((raw) =>
        addFingerprintsOf(
          raw,
          `SELECT ${fingerprintSql('$1', 'message_id')} FROM events WHERE workspace_id = $1 AND received_at = $2`,
          [workspaceId, receivedAt],
          set,
        ),
      );
    }
    report(1);
    return { accepted: this.accepted, inserted };
  }

  /**
   * The events insert: the scan's files and the added rows, with their persons. Once the new ids
   * are written (and ids re-pointed by merges), person_distinct_ids maps every id to its person.
   * The importer is the only writer (DuckDB locks the file), so an anti-join against stored
   * messageIds dedups (the table has no key); with `dedup`, so does the first occurrence within
   * the file, by line. $1 workspace, $2 receive time, $3 the files, then each file's name.
   */
  private insertSql(againstStored: boolean, dedup: boolean): string {
    const lineOffset = this.parts.map((p, i) => `WHEN $${i + 4} THEN ${p.lineOffset}`).join(' ');
    const types = STAGED_COLUMNS.map((c) => `'${c}': '${STAGED_TYPES[c]}'`).join(', ');
    const scanned =
      this.parts.length === 0
        ? ''
        : `SELECT ${dedup ? `line_no + (CASE filename ${lineOffset} END)` : 'line_no'} AS line_no, message_id, type, event, name,
           user_id, anonymous_id, previous_id, group_id, make_timestamp(ts_ms * 1000) AS timestamp,
           make_timestamp(sent_ms * 1000) AS sent_at, channel, properties, context, traits
         FROM read_csv($3, columns = {${types}}, ${TEXT_FILE}${dedup ? ', filename = true' : ''})
         WHERE ok = 1
         UNION ALL `;
    return `INSERT INTO events
      SELECT $1, s.message_id, s.type, s.event, s.name, p.person_id, s.user_id, s.anonymous_id,
        s.previous_id, s.group_id, s.timestamp, $2, s.sent_at, s.channel, s.properties, s.context, s.traits
      FROM (${scanned}SELECT line_no, message_id, type, event, name, user_id, anonymous_id, previous_id,
          group_id, timestamp, sent_at, channel, properties, context, traits FROM temp.bulk_staged) s
      JOIN person_distinct_ids p ON p.workspace_id = $1 AND p.distinct_id = coalesce(s.user_id, s.anonymous_id)
      ${againstStored ? 'WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.workspace_id = $1 AND e.message_id = s.message_id)' : ''}
      ${dedup ? 'QUALIFY row_number() OVER (PARTITION BY s.message_id ORDER BY s.line_no) = 1' : ''}`;
  }

  async dispose(): Promise<void> {
    await dropTempTables(this.conn);
    await rm(this.dir, { recursive: true, force: true });
  }
}

async function dropTempTables(conn: SerialConnection): Promise<void> {
  for (const t of TEMP_TABLES) await conn.run(`DROP TABLE IF EXISTS temp.${t}`);
}

/**
 * The persons file: a line per new person of its index, creation time (epoch ms) and traits
 * JSON (`{}` when it has none), FIELD-separated. Written as bytes: a template string a line and
 * their join took a quarter of a second for 280,000 persons. JSON.stringify escapes every
 * control character, so FIELD never occurs inside traits.
 */
function personsFile(createdMs: Float64Array, traits: (string | undefined)[]): Buffer {
  let room = 0;
  for (const t of traits) if (t !== undefined) room += 3 * t.length;
  // An index, a time (String() of an odd one takes up to 24 characters), separators and `{}`.
  const out = Buffer.allocUnsafe(room + createdMs.length * (16 + 25 + 5));
  let n = 0;
  for (let i = 0; i < createdMs.length; i++) {
    n = writeInt(out, n, i);
    out[n++] = FIELD;
    const ms = createdMs[i]!;
    n = Number.isSafeInteger(ms) ? writeInt(out, n, ms) : n + out.write(String(ms), n, 'latin1');
    out[n++] = FIELD;
    const t = traits[i];
    if (t === undefined) {
      out[n++] = 0x7b;
      out[n++] = 0x7d;
    } else n += out.write(t, n, 'utf8');
    out[n++] = 0x0a;
  }
  return out.subarray(0, n);
}

/**
 * Writes a bulk load's new ids and persons (IdentityGraph.newcomers) from numbers: the ids by
 * their codes in `bulk_ids` and their persons' numbers, the persons by their index in the load
 * (bulkPersonIdSql names them), creation time and traits. Only the traits of new persons and the
 * ids of persons known before the load travel as text. The persons go to DuckDB as files of
 * lines of index, creation time and traits, written while it runs the events insert.
 */
function bulkNewcomers(n: Newcomers, personsPrefix: string): NewcomerWriter {
  const count = n.createdMs.length;
  let personsPaths: string[] = [];
  return {
    async ids(conn) {
      await appendWith(
        conn,
        'bulk_known_persons',
        (a) => {
          for (const [person, id] of n.linkedBefore) {
            a.appendInteger(person);
            a.appendVarchar(id);
            a.endRow();
          }
        },
        true,
      );
      const isUser = new Int32Array(n.linkCodes.length);
      for (const i of n.userLinks) isUser[i] = 1;
      await appendNumberColumns(conn, 'bulk_links', [n.linkCodes, n.linkPersons, isUser]);
      await conn.run(
        `INSERT INTO person_distinct_ids (workspace_id, distinct_id, person_id, is_user)
         SELECT $1, i.id, coalesce(k.id, ${bulkPersonIdSql('$2', 'l.person - $3')}), l.is_user = 1
         FROM temp.bulk_links l JOIN temp.bulk_ids i ON i.code = l.code
         LEFT JOIN temp.bulk_known_persons k ON k.person = l.person`,
        [n.workspaceId, n.personIdPrefix, n.firstNewPerson],
      );
    },
    // The new persons' patches come apart from the changes' (IdentityGraph.addBulkTraits), by
    // index; folded here, while DuckDB runs the events insert, into the persons' files.
    takeTraits() {
      if (count === 0) return;
      const traits = new Array<string | undefined>(count);
      const { persons, texts } = n.traits;
      const patches = new Int32Array(count);
      for (let i = 0; i < persons.length; i++) patches[persons[i]!]!++;
      // Most new persons have one patch, and its text is mostly what folding it would give.
      const several = new Map<number, Record<string, unknown>[]>();
      for (let i = 0; i < persons.length; i++) {
        const person = persons[i]!;
        const text = texts[i]!;
        if (patches[person] === 1) {
          traits[person] = textFoldsToItself(text) ? text : foldTraits([traitsObject(text)]);
          continue;
        }
        const list = several.get(person);
        if (list === undefined) several.set(person, [traitsObject(text)]);
        else list.push(traitsObject(text));
      }
      for (const [person, list] of several) traits[person] = foldTraits(list);
      personsPaths = writeLineFiles(personsPrefix, personsFile(n.createdMs, traits));
    },
    async persons(conn) {
      if (count === 0) return;
      // In file order, which is the persons' index order (insertion order is kept).
      await conn.run(
        `INSERT INTO person_rows (workspace_id, id, traits, created_at, updated_at)
         SELECT $1, ${bulkPersonIdSql('$2', 'idx')}, traits,
           make_timestamp((created_ms * 1000)::BIGINT), make_timestamp((created_ms * 1000)::BIGINT)
         FROM read_csv($3, columns = {'idx': 'INTEGER', 'created_ms': 'DOUBLE', 'traits': 'VARCHAR'}, ${TEXT_FILE})`,
        [n.workspaceId, n.personIdPrefix, listValue(personsPaths)],
      );
    },
  };
}
