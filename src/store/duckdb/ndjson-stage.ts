import { type DuckDBConnection, DuckDBTimestampValue, type DuckDBValue } from '@duckdb/node-api';
import { bulkPersonIdSql, bulkPersonIndex } from '../../ingest/bulk-person-ids.ts';
import type { IdentityChanges, Newcomers } from '../../ingest/identity-graph.ts';
import type { EnrichedEvent } from '../../ingest/types.ts';
import type { Channel } from '../../model/channel.ts';
import type { StagedIdentityRows, StagedNdjson, StageOptions } from '../store.ts';
import type { Database, SerialConnection } from './database.ts';
import { type NewcomerWriter, prepareIdentityStaging, writeIdentityChanges } from './identity-writer.ts';
import type { FingerprintSet } from './message-fingerprints.ts';
import { fingerprintSql } from './message-fingerprints.ts';
import { stagedRowsSql } from './ndjson-checks.ts';
import { appendNumberColumns, appendWith } from './staging.ts';
import { addFingerprintsOf } from './stored-fingerprints.ts';

const TEMP_TABLES = [
  'bulk_lines',
  'bulk_staged',
  'bulk_channels',
  'bulk_ids',
  'bulk_new_persons',
  'bulk_new_traits',
  'bulk_known_persons',
  'bulk_links',
];

const micros = (d: Date) => new DuckDBTimestampValue(BigInt(d.getTime()) * 1000n);

/**
 * Every line of the file, whole: read_csv with a delimiter and quote that JSON text never holds
 * unescaped yields each line as one value, blank lines as NULL. The table keeps file order, so a
 * row's rowid + 1 is its line number (row_number() OVER () would number them on one thread).
 */
const LINES_SQL = `
  CREATE TEMP TABLE bulk_lines AS
  SELECT line FROM read_csv($1, columns = {'line': 'VARCHAR'}, delim = chr(1), quote = '', escape = '',
                            header = false, auto_detect = false)`;

/**
 * Stages an NDJSON file in DuckDB (see StagedNdjson): one parallel scan takes each line whole, then
 * one pass parses each line once and applies the SQL checks and normalisation
 * (ndjson-checks.ts). All on the ingest connection, whose temp tables live as long as it does;
 * `dispose` drops them.
 */
export async function stageNdjson(
  db: Database,
  path: string,
  opts: StageOptions & { storedFingerprints?: () => Promise<FingerprintSet> | undefined },
): Promise<StagedNdjson | null> {
  const conn = db.ingest;
  await dropTempTables(conn);
  // Shares of the staging time each step took on a million events (0.35 and 1.6 s).
  const steps = progressSteps(conn, opts.onProgress, [0.2, 0.8]);
  try {
    await steps.run(0, LINES_SQL, [path]);
    await steps.run(1, `CREATE TEMP TABLE bulk_staged AS ${stagedRowsSql()}`, [micros(opts.receivedAt)]);
  } catch (err) {
    await dropTempTables(conn);
    // A line that is not JSON fails the parse; the row-by-row path reports it by line.
    if (err instanceof Error && /JSON|Malformed|Invalid Input/i.test(err.message)) return null;
    throw err;
  }
  await conn.run('DROP TABLE temp.bulk_lines');
  const counts = await conn.one('SELECT count(*) AS rows FROM temp.bulk_staged');
  const uncertain = await conn.all('SELECT line_no FROM temp.bulk_staged WHERE NOT ok ORDER BY line_no');
  return new DuckDBStagedNdjson(
    conn,
    Number(counts?.rows),
    uncertain.map((r) => Number(r.line_no)),
    opts.receivedAt,
    opts.storedFingerprints ?? (() => undefined),
  );
}

/**
 * Runs staging statements and reports their combined progress: each step's share (`weights`)
 * times DuckDB's own progress of the running statement, polled while it runs.
 */
function progressSteps(
  conn: SerialConnection,
  onProgress: ((fraction: number) => void) | undefined,
  weights: number[],
): { run(step: number, sql: string, params?: DuckDBValue[]): Promise<void> } {
  let enabled: Promise<void> | undefined;
  return {
    async run(step, sql, params = []) {
      if (!onProgress) return conn.run(sql, params);
      // Progress is tracked only with the progress bar on; it is never printed.
      enabled ??= conn
        .run('SET enable_progress_bar = true')
        .then(() => conn.run('SET enable_progress_bar_print = false'));
      await enabled;
      const before = weights.slice(0, step).reduce((a, b) => a + b, 0);
      const report = (share: number) => onProgress(Math.min(1, before + weights[step]! * share));
      const timer = setInterval(() => {
        const { percentage } = conn.raw.progress;
        if (percentage >= 0) report(percentage / 100);
      }, 250);
      try {
        await conn.run(sql, params);
      } finally {
        clearInterval(timer);
      }
      report(1);
    },
  };
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
            a.appendNull(); // channel_key: the channel is known already
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

  async channelKeys(): Promise<string[]> {
    const rows = await this.conn.all(
      'SELECT DISTINCT channel_key FROM temp.bulk_staged WHERE ok AND channel_key IS NOT NULL',
    );
    return rows.map((r) => String(r.channel_key));
  }

  async setChannels(channels: Map<string, Channel>): Promise<void> {
    await this.conn.exclusive(async (raw) => {
      await raw.run('CREATE OR REPLACE TEMP TABLE bulk_channels (key VARCHAR, channel VARCHAR)');
      await appendWith(
        raw,
        'bulk_channels',
        (a) => {
          for (const [key, channel] of channels) {
            a.appendVarchar(key);
            a.appendVarchar(channel);
            a.endRow();
          }
        },
        true,
      );
    });
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
      await raw.run('CREATE TEMP TABLE IF NOT EXISTS bulk_channels (key VARCHAR, channel VARCHAR)');
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
           s.previous_id, s.group_id, s.timestamp, $2, s.sent_at, coalesce(s.channel, ch.channel),
           s.properties, s.context, s.traits
         FROM temp.bulk_staged s
         JOIN person_distinct_ids p
           ON p.workspace_id = $1 AND p.distinct_id = coalesce(s.user_id, s.anonymous_id)
         LEFT JOIN temp.bulk_channels ch ON ch.key = s.channel_key
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
