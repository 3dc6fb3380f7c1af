import { ELIDED_NODE, OTHER_NODE, type PathsSpec, sessionGapSeconds } from '../spec/paths-spec.ts';
import { BoundParams, type CompiledQuery } from '../sql/bound-params.ts';
import type { PersonaRules } from '../sql/compile-filter.ts';
import type { Dialect } from '../sql/dialect.ts';
import { pathEventsCte } from './path-events.ts';
import { pathKeyCtes } from './path-keys.ts';
import type { PathNodeRule } from './resolve-path-nodes.ts';

export interface PathsCompileOptions {
  workspaceId: string;
  /** Segment rules of the personas the spec names (see resolvePersonas). */
  personas?: PersonaRules;
  /** Touchpoint or stage nodes (see resolvePathNodes); needed for those `by` kinds. */
  rules?: readonly PathNodeRule[];
}

/**
 * A paths spec as one SQL query. What a path is — as in PostHog's Paths, which users compare
 * against, except that sessions and collapsing are options here (PostHog always does both):
 *
 * 1. A sequence is a person's actions (track, page, screen) inside the range that pass `where`,
 *    in time order; with `sessions`, each session of them instead: a gap of `sessionGap` or
 *    more between two consecutive actions (whether nodes or not) starts a new session.
 * 2. Its nodes are the actions that have a name by `by` and pass include/exclude; anchor events
 *    are always nodes.
 * 3. `start`: the path begins at the sequence's first start event; `end`: it ends at the first
 *    end event (after the start). A sequence without its anchors has no path.
 * 4. `collapse`: consecutive equal nodes become one (A A B → A B); loops (A B A) stay.
 * 5. A path keeps at most `steps` nodes: the first ones; with only `end`, the last ones up to
 *    the end event; with both anchors, when longer, the first `steps − 2`, "…" and the end.
 * 6. Each sequence with a node is one path: a person counts once, or once per session.
 * 7. Per step, nodes rarer than `minNodeShare` of all paths, or beyond the `maxNodesPerStep`
 *    most common, become "other".
 * Edges count the paths that go from a node at step k to one at step k + 1.
 *
 * Plan: every event gets one integer key that orders it in time and names its node
 * (path-keys.ts); the first steps of each sequence are a bounded top-n over those keys (no
 * numbering of all events), pivoted into columns i1…iS of node ids and grouped into distinct
 * paths. Everything after that — names, "other", edges, ranking — works on the distinct paths,
 * far fewer rows than persons. Windows run only for sessions and collapsing.
 * Rows: `kind` 'total' (c = paths), 'edge' (step, src, dst, c), 'path' (n1…nS, c, rk).
 * Example: `compilePaths(spec, duckdbDialect, { workspaceId: 'default' })` → `{ sql, params }`.
 */
export function compilePaths(spec: PathsSpec, dialect: Dialect, opts: PathsCompileOptions): CompiledQuery {
  const q = new BoundParams(dialect);
  const ctes = [
    pathEventsCte(spec, q, {
      workspaceId: opts.workspaceId,
      personas: opts.personas ?? new Map(),
      rules: opts.rules ?? [],
    }),
    ...pathKeyCtes(spec, q),
  ];
  let source = 'ek';
  const seq = spec.sessions ? ['person', 'sess'] : ['person'];
  if (spec.sessions) {
    ctes.push(...sessionCtes(spec, q));
    source = 'sq';
  }
  const anchored = anchorCtes(spec, source, seq);
  ctes.push(...anchored.ctes);
  source = anchored.source;
  if (spec.collapse) {
    ctes.push(collapseCte(source, seq));
    source = 'cl';
  }
  ctes.push(...distinctPathCtes(spec, q, source, seq));
  const grouped = otherCtes(spec, q);
  ctes.push(...grouped);
  const paths = grouped.length > 0 ? 'pg' : 'pc';
  return q.query(`WITH ${ctes.join(',\n')}\n${resultRows(spec, q, paths)}`);
}

const steps = (n: number, from = 1) => Array.from({ length: Math.max(0, n - from + 1) }, (_, i) => i + from);
const nodeCols = (n: number) => steps(n).map((k) => `n${k}`);
const joinOn = (a: string, b: string, seq: readonly string[]) =>
  seq.map((col) => `${a}.${col} = ${b}.${col}`).join(' AND ');

/**
 * Sessions: a break where the previous action of the person is `sessionGap` or more ago; the
 * session number is the count of breaks so far. Only nodes go on from here. A person's first
 * action has no previous one (NULL in SQL, 1970 in ClickHouse): it may or may not count as a
 * break, which shifts the numbers but not which actions share a session.
 */
function sessionCtes(spec: PathsSpec, q: BoundParams): string[] {
  const d = q.dialect;
  const gap = q.bind(sessionGapSeconds(spec), 'int');
  const flags = [...(spec.start ? ['is_start'] : []), ...(spec.end ? ['is_end'] : [])];
  const cols = ['person', 'key', 'id', ...flags].join(', ');
  return [
    `sb AS (
  SELECT ${cols},
    CASE WHEN ${d.secondsBetween('lag(ts) OVER (PARTITION BY person ORDER BY key)', 'ts')} >= ${gap} THEN 1 ELSE 0 END AS brk
  FROM ek
)`,
    `sn AS (
  SELECT ${cols},
    sum(brk) OVER (PARTITION BY person ORDER BY key ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS sess
  FROM sb
)`,
    `sq AS (SELECT * FROM sn WHERE id IS NOT NULL)`,
  ];
}

/** Cuts each sequence to start at its first start event and end at its first end event after it. */
function anchorCtes(
  spec: PathsSpec,
  source: string,
  seq: readonly string[],
): { ctes: string[]; source: string } {
  const keys = seq.join(', ');
  const pick = (alias: string, extra: string[]) =>
    [...seq, 'key', 'id', ...extra].map((col) => `${alias}.${col}`).join(', ');
  const ctes: string[] = [];
  let from = source;
  if (spec.start) {
    ctes.push(
      `st AS (SELECT ${keys}, min(key) AS k0 FROM ${from} WHERE is_start GROUP BY ${keys})`,
      `sa AS (
  SELECT ${pick('s', spec.end ? ['is_end'] : [])}${spec.end ? ', a.k0' : ''}
  FROM ${from} s JOIN st a ON ${joinOn('s', 'a', seq)}
  WHERE s.key >= a.k0
)`,
    );
    from = 'sa';
  }
  if (spec.end) {
    const after = spec.start ? ' AND key > k0' : '';
    ctes.push(
      `en AS (SELECT ${keys}, min(key) AS k1 FROM ${from} WHERE is_end${after} GROUP BY ${keys})`,
      `se AS (
  SELECT ${pick('s', [])}
  FROM ${from} s JOIN en b ON ${joinOn('s', 'b', seq)}
  WHERE s.key <= b.k1
)`,
    );
    from = 'se';
  }
  return { ctes, source: from };
}

/**
 * Drops a node equal to the one before it in its sequence (after the anchor cut). The first
 * node's "previous" is an explicit -1 (no node has it): ClickHouse's lag gives the type's
 * default, 0, where SQL gives NULL.
 */
function collapseCte(source: string, seq: readonly string[]): string {
  const keys = seq.join(', ');
  return `cl AS (
  SELECT ${keys}, key, id FROM (
    SELECT ${keys}, key, id, lag(id, 1, -1) OVER (PARTITION BY ${keys} ORDER BY key) AS prev FROM ${source}
  ) c0
  WHERE prev <> id
)`;
}

/**
 * `pi`: the distinct paths as node ids (i1…iS, NULL past a path's end; -1 for "…") and how many
 * sequences took each, from one bounded top-n of keys per sequence; `pc`: the same with names.
 */
function distinctPathCtes(spec: PathsSpec, q: BoundParams, source: string, seq: readonly string[]): string[] {
  const d = q.dialect;
  const n = spec.steps;
  const keys = seq.join(', ');
  const idAt = (k: number) => `${d.listElement('l', k)} % kp.nn`;
  let lists: string;
  let ids: string[];
  if (spec.start && spec.end) {
    // Longer than `steps`: the first steps − 2 nodes, "…", and the end node.
    lists = `SELECT ${keys}, ${d.sortedValues('key', n, 'smallest')} AS l, count(*) AS len, max(key) AS last_key
  FROM ${source} GROUP BY ${keys}`;
    ids = steps(n).map((k) => {
      if (k < n - 1) return `${idAt(k)} AS i${k}`;
      if (k === n - 1) return `CASE WHEN len > ${n} THEN -1 ELSE ${idAt(k)} END AS i${k}`;
      return `CASE WHEN len > ${n} THEN last_key % kp.nn ELSE ${idAt(k)} END AS i${k}`;
    });
  } else {
    const which = spec.end ? 'largest' : 'smallest';
    lists = `SELECT ${keys}, ${d.sortedValues('key', n, which)} AS l FROM ${source} GROUP BY ${keys}`;
    ids = steps(n).map((k) => `${idAt(k)} AS i${k}`);
  }
  const idCols = steps(n).map((k) => `i${k}`);
  const elided = q.bind(ELIDED_NODE, 'text');
  const names = steps(n).map((k) => `CASE WHEN p.i${k} = -1 THEN ${elided} ELSE d${k}.node END AS n${k}`);
  const joins = steps(n).map((k) => `LEFT JOIN nd d${k} ON d${k}.id = p.i${k}`);
  return [
    `pl AS (\n  ${lists}\n)`,
    `pi AS (
  SELECT ${idCols.join(', ')}, count(*) AS c
  FROM (SELECT ${ids.join(', ')} FROM pl CROSS JOIN kp) p0
  GROUP BY ${idCols.join(', ')}
)`,
    `pc AS (SELECT ${names.join(', ')}, p.c FROM pi p\n  ${joins.join('\n  ')})`,
  ];
}

/**
 * With `minNodeShare` or `maxNodesPerStep`: `pg`, the distinct paths with each step's rare
 * nodes renamed "other" and regrouped. A node is kept at step k when its paths make at least
 * `minNodeShare` of all paths and it ranks within `maxNodesPerStep` by paths (ties by name).
 */
function otherCtes(spec: PathsSpec, q: BoundParams): string[] {
  if (spec.minNodeShare === 0 && spec.maxNodesPerStep === undefined) return [];
  const n = spec.steps;
  const cols = nodeCols(n);
  const counts = steps(n).map(
    (k) => `SELECT ${k} AS step, n${k} AS node, sum(c) AS c FROM pc WHERE n${k} IS NOT NULL GROUP BY n${k}`,
  );
  const tests = [
    ...(spec.minNodeShare > 0 ? [`r.c >= ${q.bind(spec.minNodeShare, 'float')} * t.total`] : []),
    ...(spec.maxNodesPerStep !== undefined ? [`r.rk <= ${q.bind(spec.maxNodesPerStep, 'int')}`] : []),
  ];
  const other = q.bind(OTHER_NODE, 'text');
  const renamed = steps(n).map(
    (k) => `CASE WHEN pc.n${k} IS NULL OR k${k}.node IS NOT NULL THEN pc.n${k} ELSE ${other} END AS n${k}`,
  );
  const joins = steps(n).map((k) => `LEFT JOIN keep k${k} ON k${k}.step = ${k} AND k${k}.node = pc.n${k}`);
  return [
    `nc AS (\n  ${counts.join('\n  UNION ALL\n  ')}\n)`,
    `keep AS (
  SELECT r.step, r.node
  FROM (SELECT step, node, c, row_number() OVER (PARTITION BY step ORDER BY c DESC, node) AS rk FROM nc) r
    CROSS JOIN (SELECT sum(c) AS total FROM pc) t
  WHERE ${tests.join(' AND ')}
)`,
    `pg AS (
  SELECT ${cols.join(', ')}, sum(c) AS c
  FROM (SELECT ${renamed.join(', ')}, pc.c FROM pc\n    ${joins.join('\n    ')}) g0
  GROUP BY ${cols.join(', ')}
)`,
  ];
}

/**
 * The result rows: the total, the edges between consecutive steps, and the `pathLimit` most
 * common paths ranked by count, ties by their nodes (a shorter path before its extensions).
 */
function resultRows(spec: PathsSpec, q: BoundParams, paths: string): string {
  const n = spec.steps;
  const cols = nodeCols(n);
  const nulls = (count: number) => Array.from({ length: count }, () => 'NULL');
  const total = `SELECT 'total' AS kind, NULL AS step, NULL AS src, NULL AS dst, ${nulls(n)
    .map((v, i) => `${v} AS n${i + 1}`)
    .join(', ')}, (SELECT COALESCE(sum(c), 0) FROM ${paths}) AS c, NULL AS rk`;
  const edges = steps(n - 1).map(
    (k) => `SELECT 'edge', ${k}, n${k}, n${k + 1}, ${nulls(n).join(', ')}, sum(c), NULL
FROM ${paths} WHERE n${k + 1} IS NOT NULL GROUP BY n${k}, n${k + 1}`,
  );
  const order = ['c DESC', ...cols.map((col) => `${col} ASC NULLS FIRST`)].join(', ');
  const top = `SELECT 'path', NULL, NULL, NULL, ${cols.join(', ')}, c, rk
FROM (SELECT ${cols.join(', ')}, c, row_number() OVER (ORDER BY ${order}) AS rk FROM ${paths}) r
WHERE rk <= ${q.bind(spec.pathLimit, 'int')}`;
  return [total, ...edges, top].join('\nUNION ALL\n');
}
