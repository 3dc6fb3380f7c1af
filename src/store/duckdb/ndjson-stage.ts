import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBTimestampValue, listValue } from '@duckdb/node-api';
import { bulkPersonIdSql, bulkPersonIndex } from '../../ingest/bulk-person-ids.ts';
import type { IdentityChanges, Newcomers } from '../../ingest/identity-graph.ts';
import { FIELD, NULL, STAGED_COLUMNS } from '../../ingest/import/ndjson-scan.ts';
import { scanNdjsonFile } from '../../ingest/import/ndjson-scan-file.ts';
import type { EnrichedEvent } from '../../ingest/types.ts';
import type { StagedIdentityRows, StagedNdjson, StageOptions } from '../store.ts';
import type { Database, SerialConnection } from './database.ts';
import { type NewcomerWriter, prepareIdentityStaging, writeIdentityChanges } from './identity-writer.ts';
import type { FingerprintSet } from './message-fingerprints.ts';
import { fingerprintSql } from './message-fingerprints.ts';
import { appendNumberColumns, appendWith } from './staging.ts';
import { addFingerprintsOf } from './stored-fingerprints.ts';

const TEMP_TABLES = [
  'bulk_staged',
  'bulk_ids',
  'bulk_new_persons',
  'bulk_new_traits',
  'bulk_known_persons',
  'bulk_links',
];

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

/** The temp table of staged rows; `addEvents` appends to it in this order. */
const BULK_STAGED_COLUMNS = `line_no BIGINT, ok BOOLEAN, message_id VARCHAR, type VARCHAR, event VARCHAR,
  name VARCHAR, user_id VARCHAR, anonymous_id VARCHAR, previous_id VARCHAR, group_id VARCHAR,
  timestamp TIMESTAMP, sent_at TIMESTAMP, channel VARCHAR, properties JSON, context JSON, traits JSON`;

/**
 * Stages an NDJSON file in DuckDB (see StagedNdjson). The file is scanned, checked and normalised
 * in JavaScript (ndjson-scan.ts), on one thread per core, into staged-rows files that one parallel
 * `read_csv` loads into the temp table `bulk_staged`; the files are removed once read. The table
 * lives on the ingest connection as long as it does; `dispose` drops it.
 */
export async function stageNdjson(
  db: Database,
  path: string,
  opts: StageOptions & { storedFingerprints?: () => Promise<FingerprintSet> | undefined },
): Promise<StagedNdjson | null> {
  const conn = db.ingest;
  await dropTempTables(conn);
  const { size } = await stat(path);
  const dir = await mkdtemp(join(tmpdir(), 'journeylens-import-'));
  try {
    // Shares of the staging time: the scan about two thirds, DuckDB's read the rest.
    const parts = await scanNdjsonFile(path, size, join(dir, 'part'), {
      receivedAtMs: opts.receivedAt.getTime(),
      onProgress: (f) => opts.onProgress?.(0.65 * f),
    });
    await conn.run(`CREATE TEMP TABLE bulk_staged (${BULK_STAGED_COLUMNS})`);
    if (parts.length > 0) {
      const lineOffset = parts.map((p, i) => `WHEN $${i + 2} THEN ${p.lineOffset}`).join(' ');
      await inAnyOrder(conn, (raw) =>
        raw.run(
          `INSERT INTO bulk_staged
         SELECT line_no + (CASE filename ${lineOffset} END), ok = 1, message_id, type, event, name, user_id,
           anonymous_id, previous_id, group_id, make_timestamp(ts_ms * 1000), make_timestamp(sent_ms * 1000),
           channel, properties, context, traits
         FROM read_csv($1, columns = {${STAGED_COLUMNS.map((c) => `'${c}': '${STAGED_TYPES[c]}'`).join(', ')}},
           delim = chr(${FIELD}), quote = '', escape = '', nullstr = chr(${NULL}), header = false,
           auto_detect = false, filename = true)`,
          [listValue(parts.map((p) => p.outPath)), ...parts.map((p) => p.outPath)],
        ),
      );
    }
    opts.onProgress?.(1);
    return new DuckDBStagedNdjson(
      conn,
      parts.reduce((n, p) => n + p.rows, 0),
      parts.flatMap((p) => p.uncertain.map((line) => line + p.lineOffset)),
      opts.receivedAt,
      opts.storedFingerprints ?? (() => undefined),
    );
  } catch (err) {
    await dropTempTables(conn);
    throw err;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Runs `work` with this session free to insert rows in any order: staged rows carry their line
 * numbers, and DuckDB loads them a third faster when its threads need not keep the files' order
 * (0.55 → 0.4 s for a million events). Only this connection's session, and only meanwhile.
 */
function inAnyOrder(
  conn: SerialConnection,
  work: (raw: DuckDBConnection) => Promise<unknown>,
): Promise<void> {
  return conn.exclusive(async (raw) => {
    await raw.run('SET SESSION preserve_insertion_order = false');
    try {
      await work(raw);
    } finally {
      await raw.run('RESET SESSION preserve_insertion_order');
    }
  });
}

async function dropTempTables(conn: SerialConnection): Promise<void> {
  for (const t of TEMP_TABLES) await conn.run(`DROP TABLE IF EXISTS temp.${t}`);
}

class DuckDBStagedNdjson implements StagedNdjson {
  constructor(
    private readonly conn: SerialConnection,
    readonly rows: number,
    readonly uncertainLines: number[],
    private readonly receivedAt: Date,
    private readonly storedFingerprints: () => Promise<FingerprintSet> | undefined,
  ) {}

  async addEvents(rows: { line: number; event: EnrichedEvent }[]): Promise<void> {
    if (rows.length === 0) return;
    await this.conn.exclusive((raw) =>
      appendWith(
        raw,
        'bulk_staged',
        (a) => {
          for (const { line, event: e } of rows) {
            a.appendBigInt(BigInt(line));
            a.appendBoolean(true);
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

  async identityIds(workspaceId: string): Promise<{ count: number; known: Map<number, string> }> {
    // Numbered once here, the ids go to JavaScript as numbers; only those the store holds
    // already (which the graph knows by text) cross as text.
    await this.conn.run(`
      CREATE OR REPLACE TEMP TABLE bulk_ids AS
      SELECT id, (row_number() OVER () - 1)::INTEGER AS code FROM (
        SELECT user_id AS id FROM temp.bulk_staged WHERE ok AND user_id IS NOT NULL
        UNION SELECT anonymous_id FROM temp.bulk_staged WHERE ok AND anonymous_id IS NOT NULL
        UNION SELECT previous_id FROM temp.bulk_staged WHERE ok AND previous_id IS NOT NULL)`);
    const count = Number((await this.conn.one('SELECT count(*) AS n FROM temp.bulk_ids'))?.n);
    const rows = await this.conn.all(
      `SELECT i.code, i.id FROM temp.bulk_ids i
       SEMI JOIN person_distinct_ids d ON d.workspace_id = $1 AND d.distinct_id = i.id`,
      [workspaceId],
    );
    return { count, known: new Map(rows.map((r) => [Number(r.code), String(r.id)])) };
  }

  async identityRows(visit: (rows: StagedIdentityRows) => void): Promise<void> {
    // The identity graph gives the same answer for a repeated combination of ids as for its
    // first occurrence (links and merges only ever join persons), so the graph needs those first
    // occurrences, plus every row with traits (they patch the person in file order). Streamed a
    // chunk at a time: a file can hold millions of distinct ids.
    await this.conn.exclusive(async (raw) => {
      const result = await raw.stream(`
        SELECT s.line_no::INTEGER AS line, (s.type = 'alias')::INTEGER AS alias,
          coalesce(u.code, -1) AS u, coalesce(a.code, -1) AS a, coalesce(p.code, -1) AS p,
          epoch_ms(s.timestamp)::DOUBLE AS ms, (s.traits IS NOT NULL)::INTEGER AS has_traits,
          -- '' for none: a column without NULLs is read without a validity check per row.
          coalesce(s.traits::VARCHAR, '') AS traits
        FROM (
          SELECT line_no, type, user_id, anonymous_id, previous_id, timestamp, traits FROM temp.bulk_staged
          WHERE ok AND (traits IS NOT NULL OR line_no IN (
            SELECT min(line_no) FROM temp.bulk_staged WHERE ok
            GROUP BY user_id, anonymous_id, previous_id, type = 'alias'))) s
        LEFT JOIN temp.bulk_ids u ON u.id = s.user_id
        LEFT JOIN temp.bulk_ids a ON a.id = s.anonymous_id
        LEFT JOIN temp.bulk_ids p ON p.id = s.previous_id
        ORDER BY s.line_no`);
      for (
        let chunk = await result.fetchChunk();
        chunk && chunk.rowCount > 0;
        chunk = await result.fetchChunk()
      ) {
        const count = chunk.rowCount;
        const ints = (c: number) => {
          const vector = chunk.getColumnVector(c);
          const values = new Int32Array(count);
          for (let i = 0; i < count; i++) values[i] = vector.getItem(i) as number;
          return values;
        };
        const msVector = chunk.getColumnVector(5);
        const hasTraits = chunk.getColumnVector(6);
        const traitsVector = chunk.getColumnVector(7);
        const ms = new Float64Array(count);
        // Text is read only where there is some: most rows have no traits.
        const traits: (string | null)[] = new Array(count).fill(null);
        for (let i = 0; i < count; i++) {
          ms[i] = msVector.getItem(i) as number;
          if (hasTraits.getItem(i) === 1) traits[i] = traitsVector.getItem(i) as string;
        }
        visit({
          count,
          lastLine: chunk.getColumnVector(0).getItem(count - 1) as number,
          alias: ints(1),
          userId: ints(2),
          anonymousId: ints(3),
          previousId: ints(4),
          ms,
          traits,
        });
      }
    });
  }

  async commit(
    workspaceId: string,
    identity: IdentityChanges,
    newcomers: Newcomers,
  ): Promise<{ accepted: number; inserted: number }> {
    await this.conn.exclusive(async (raw) => {
      await prepareIdentityStaging(raw);
      // New persons and their traits by index in the load; persons known before by number.
      await raw.run('CREATE OR REPLACE TEMP TABLE bulk_new_persons (idx INTEGER, created_ms DOUBLE)');
      await raw.run('CREATE OR REPLACE TEMP TABLE bulk_new_traits (idx INTEGER, traits VARCHAR)');
      await raw.run('CREATE OR REPLACE TEMP TABLE bulk_known_persons (person INTEGER, id VARCHAR)');
      await raw.run(
        'CREATE OR REPLACE TEMP TABLE bulk_links (code INTEGER, person INTEGER, is_user INTEGER)',
      );
    });
    // One scan for both: the rows to store, and whether a messageId repeats among them.
    const counts = await this.conn.one(
      'SELECT count(*) AS accepted, count(*) - count(DISTINCT message_id) AS dups FROM temp.bulk_staged WHERE ok',
    );
    const accepted = Number(counts?.accepted);
    const duplicates = Number(counts?.dups) > 0;
    // A workspace's first import has nothing stored to dedup against: skip the anti-join (0.3 s
    // of a million events).
    const stored = await this.conn.one('SELECT 1 AS any FROM events WHERE workspace_id = $1 LIMIT 1', [
      workspaceId,
    ]);
    const notStored =
      stored === null
        ? ''
        : 'AND NOT EXISTS (SELECT 1 FROM events e WHERE e.workspace_id = $1 AND e.message_id = s.message_id)';
    const inserted = await this.conn.transaction(async (raw: DuckDBConnection) => {
      // Once the new ids are written (and ids re-pointed by merges), person_distinct_ids maps
      // every id to its person, so events join it for their person_id. The importer is the
      // only writer (DuckDB locks the file), so an anti-join against stored messageIds dedups
      // (the table has no key); the first occurrence within the file wins. Prepared here, so
      // that writeIdentityChanges can start it as soon as the ids are in place.
      const insert = await raw.prepare(
        `INSERT INTO events
         SELECT $1, s.message_id, s.type, s.event, s.name, p.person_id, s.user_id, s.anonymous_id,
           s.previous_id, s.group_id, s.timestamp, $2, s.sent_at, s.channel,
           s.properties, s.context, s.traits
         FROM temp.bulk_staged s
         JOIN person_distinct_ids p
           ON p.workspace_id = $1 AND p.distinct_id = coalesce(s.user_id, s.anonymous_id)
         WHERE s.ok ${notStored}
         ${duplicates ? 'QUALIFY row_number() OVER (PARTITION BY s.message_id ORDER BY s.line_no) = 1' : ''}`,
      );
      insert.bind([workspaceId, micros(this.receivedAt)]);
      let rows = 0;
      await writeIdentityChanges(raw, identity, bulkNewcomers(newcomers), async () => {
        rows = (await insert.run()).rowsChanged;
      });
      return rows;
    });
    // The live writer dedups against fingerprints of stored events; these are stored now too.
    const fingerprints = this.storedFingerprints();
    if (fingerprints !== undefined) {
      const set = await fingerprints;
      await this.conn.exclusive((raw) =>
        addFingerprintsOf(
          raw,
          `SELECT ${fingerprintSql('$1', 'message_id')} FROM temp.bulk_staged WHERE ok`,
          [workspaceId],
          set,
        ),
      );
    }
    return { accepted, inserted };
  }

  async dispose(): Promise<void> {
    await dropTempTables(this.conn);
  }
}

/**
 * Writes a bulk load's new ids and persons (IdentityGraph.newcomers) from numbers: the ids by
 * their codes in `bulk_ids` and their persons' numbers, the persons by their index in the load
 * (bulkPersonIdSql names them) and creation time. Only the traits of new persons and the ids of
 * persons known before the load travel as text.
 */
function bulkNewcomers(n: Newcomers): NewcomerWriter {
  let traits: [personId: string, traits: string][] = [];
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
    takeTraits(own) {
      traits = own.takeAll(n.workspaceId, (personId) => bulkPersonIndex(n.personIdPrefix, personId) >= 0);
    },
    async persons(conn) {
      const count = n.createdMs.length;
      const indexes = new Int32Array(count);
      for (let i = 0; i < count; i++) indexes[i] = i;
      await appendNumberColumns(conn, 'bulk_new_persons', [indexes, n.createdMs]);
      await appendWith(
        conn,
        'bulk_new_traits',
        (a) => {
          for (const [personId, json] of traits) {
            a.appendInteger(bulkPersonIndex(n.personIdPrefix, personId));
            a.appendVarchar(json);
            a.endRow();
          }
        },
        true,
      );
      await conn.run(
        `INSERT INTO person_rows (workspace_id, id, traits, created_at, updated_at)
         SELECT $1, ${bulkPersonIdSql('$2', 'p.idx')}, coalesce(t.traits, '{}'),
           make_timestamp((p.created_ms * 1000)::BIGINT), make_timestamp((p.created_ms * 1000)::BIGINT)
         FROM temp.bulk_new_persons p LEFT JOIN temp.bulk_new_traits t ON t.idx = p.idx
         ORDER BY p.idx`,
        [n.workspaceId, n.personIdPrefix],
      );
    },
  };
}
