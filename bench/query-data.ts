/**
 * The query benchmark's data set, generated deterministically in SQL: N events of N/10 persons
 * over 30 days, an e-commerce mix (page views with paths, product views, carts, checkouts,
 * orders), channels, and 1% of persons merged into another (so the stitching join has work).
 * Every value comes from DuckDB's hash of the row number, so the same N gives the same data on
 * any machine.
 */

export const BENCH_WORKSPACE = 'bench';
export const BENCH_START = '2026-06-01 00:00:00';
export const BENCH_DAYS = 30;

/** Event names of the e-commerce mix, and their share of events (percent, cumulative below). */
export const BENCH_EVENTS = [
  ['$page', 30],
  ['Product Viewed', 30],
  ['Product Added', 15],
  ['Checkout Started', 10],
  ['Order Completed', 5],
  ['Email Opened', 5],
  ['Support Ticket', 5],
] as const;

const CHANNELS = ['web', 'app', 'email', 'ads', 'search', 'social', 'store', 'call_centre'];

function eventCase(bucket: string): string {
  let cumulative = 0;
  const whens = BENCH_EVENTS.map(([name, share]) => {
    cumulative += share;
    return `WHEN ${bucket} < ${cumulative} THEN '${name}'`;
  });
  return `CASE ${whens.join(' ')} END`;
}

/** SQL statements (DuckDB) that fill an empty Journeylens store with the data set. */
export function benchDataSql(events: number): string[] {
  const persons = Math.max(1, Math.floor(events / 10));
  const seconds = BENCH_DAYS * 86_400;
  const channels = `['${CHANNELS.join("','")}']`;
  return [
    `INSERT INTO workspaces (id, name, slug) VALUES ('${BENCH_WORKSPACE}', 'Benchmark', '${BENCH_WORKSPACE}')`,
    `CREATE TEMP TABLE gen AS
     SELECT i, i % ${persons} AS person, hash(i) % 100 AS bucket, hash(i * 31 + 7) % ${seconds} AS offset_s,
            hash(i * 17 + 3) AS h
     FROM range(${events}) t(i)`,
    `INSERT INTO events
     SELECT '${BENCH_WORKSPACE}', 'm' || i, CASE WHEN bucket < 30 THEN 'page' ELSE 'track' END,
       ${eventCase('bucket')},
       CASE WHEN bucket < 30 THEN 'Product' END,
       'p' || person, 'u' || person, NULL, NULL, NULL,
       TIMESTAMP '${BENCH_START}' + to_seconds(offset_s::BIGINT),
       TIMESTAMP '${BENCH_START}' + to_seconds(offset_s::BIGINT),
       NULL,
       ${channels}[(1 + h % ${CHANNELS.length})::BIGINT],
       CASE WHEN bucket < 30 THEN '{"path":"/p/' || (h % 40) || '"}'
            ELSE '{"product_id":"sku-' || (h % 500) || '","price":' || (h % 300) || '.5,"revenue":' || (h % 300) || '.5}' END,
       '{}', NULL
     FROM gen`,
    `INSERT INTO persons SELECT '${BENCH_WORKSPACE}', 'p' || i,
       '{"plan":"' || CASE WHEN hash(i) % 3 = 0 THEN 'pro' ELSE 'free' END || '"}',
       TIMESTAMP '${BENCH_START}', TIMESTAMP '${BENCH_START}'
     FROM range(${persons}) t(i)`,
    `INSERT INTO person_distinct_ids SELECT '${BENCH_WORKSPACE}', 'u' || i, 'p' || i, true FROM range(${persons}) t(i)`,
    // 1% of persons were merged into their neighbour: their events count for the survivor.
    `INSERT INTO person_overrides SELECT '${BENCH_WORKSPACE}', 'p' || i, 'p' || (i + 1)
     FROM range(${persons}) t(i) WHERE i % 100 = 0 AND i + 1 < ${persons}`,
    `UPDATE person_distinct_ids SET person_id = o.person_id FROM person_overrides o
     WHERE person_distinct_ids.workspace_id = o.workspace_id AND person_distinct_ids.person_id = o.old_person_id`,
    `DELETE FROM persons WHERE workspace_id = '${BENCH_WORKSPACE}'
       AND id IN (SELECT old_person_id FROM person_overrides WHERE workspace_id = '${BENCH_WORKSPACE}')`,
    'DROP TABLE gen',
    'CHECKPOINT',
  ];
}
