import type { PathsSpec } from '../spec/paths-spec.ts';
import type { BoundParams } from '../sql/bound-params.ts';

/**
 * CTEs that give every event of `ev` one integer `key` that both orders a person's events in
 * time and says which node each is:
 *
 *   key = t × nn + id
 *
 * where t counts microseconds since the query's earliest event (milliseconds, or seconds, when
 * the span times the number of nodes would not fit in 62 bits), nn is the number of distinct
 * nodes and id a node's number in name order. So `key % nn` is the node, and events at the same
 * instant sort by node name — the same order on every run and every engine.
 *
 * Why: the first steps of each person come from a bounded top-n over one integer
 * (`sortedValues`), the cheapest form measured. On 10M events of 1M persons under DuckDB's 1 GB
 * store limit, top-n over (time, name) pairs or a `row_number()` window run out of memory.
 *
 * Produces `nd0` (per node: first and last time), `kp` (one row: t0 µs, nn, unit), `nd` (node,
 * id) and `ek` (person, key, id, ts with sessions, and the anchor flags). With sessions `ek`
 * keeps events that are no node (id NULL, key on id 0): they only keep sessions alive.
 */
export function pathKeyCtes(spec: PathsSpec, q: BoundParams): string[] {
  const d = q.dialect;
  const flags = [...(spec.start ? ['is_start'] : []), ...(spec.end ? ['is_end'] : [])];
  const span = `CAST(${d.epochMicros('t1')} - ${d.epochMicros('t0')} AS DOUBLE)`;
  // 4e18 < 2^62: room left below BIGINT's 2^63 for the id and rounding.
  const fits = (unit: number) => `(${span} / ${unit} + 1) * nn < 4e18`;
  const t = `CAST(floor((${d.epochMicros('ev.ts')} - kp.t0) / kp.unit) AS BIGINT)`;
  const carried = [...flags.map((f) => `ev.${f}`), ...(spec.sessions ? ['ev.ts'] : [])];
  return [
    'nd0 AS (SELECT node, min(ts) AS t_min, max(ts) AS t_max FROM ev GROUP BY node)',
    `kp AS (
  SELECT ${d.epochMicros('t0')} AS t0, nn,
    CASE WHEN ${fits(1)} THEN 1 WHEN ${fits(1000)} THEN 1000 ELSE 1000000 END AS unit
  FROM (SELECT min(t_min) AS t0, max(t_max) AS t1, count(node) AS nn FROM nd0) k0
)`,
    'nd AS (SELECT node, row_number() OVER (ORDER BY node) - 1 AS id FROM nd0 WHERE node IS NOT NULL)',
    `ek AS (
  SELECT ev.person, ${t} * kp.nn + COALESCE(nd.id, 0) AS key, nd.id AS id${carried.map((c) => `, ${c}`).join('')}
  FROM ev CROSS JOIN kp ${spec.sessions ? 'LEFT JOIN' : 'JOIN'} nd ON nd.node = ev.node
)`,
  ];
}
