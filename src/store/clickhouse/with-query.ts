/** One common table expression of a compiled query: `name AS (body)`. */
export interface Cte {
  name: string;
  body: string;
  /** CTEs this body reads (`FROM name`, `JOIN name`), with how often. */
  refs: Map<string, number>;
}

/** A compiled query split into its WITH list and the statement after it. */
export interface WithQuery {
  ctes: Cte[];
  main: string;
  mainRefs: Map<string, number>;
}

/**
 * Splits a compiler-made `WITH a AS (…), b AS (…) SELECT …` into its parts; null for any other
 * shape. String literals and quoted names are skipped when matching parentheses, so a `'('` or a
 * placeholder such as `{p3:DateTime64(6, 'UTC')}` inside a body does not end it.
 */
export function parseWithQuery(sql: string): WithQuery | null {
  const masked = maskLiterals(sql);
  const head = /^\s*WITH\s+/i.exec(masked);
  if (!head) return null;
  let pos = head[0].length;
  const spans: { name: string; from: number; to: number }[] = [];
  for (;;) {
    const def = /^([A-Za-z_][A-Za-z0-9_]*)\s+AS\s*\(/i.exec(masked.slice(pos));
    if (!def) return null;
    const open = pos + def[0].length - 1;
    const close = matchingParen(masked, open);
    if (close < 0) return null;
    spans.push({ name: def[1]!, from: open + 1, to: close });
    pos = close + 1;
    const comma = /^\s*,\s*/.exec(masked.slice(pos));
    if (!comma) break;
    pos += comma[0].length;
  }
  const names = new Set(spans.map((s) => s.name));
  const ctes = spans.map((s) => ({
    name: s.name,
    body: sql.slice(s.from, s.to),
    refs: references(masked.slice(s.from, s.to), names),
  }));
  return { ctes, main: sql.slice(pos).trim(), mainRefs: references(masked.slice(pos), names) };
}

/**
 * The CTEs worth computing once into a temporary table, in definition order: those the query
 * would otherwise evaluate more than once and that are built on other CTEs. ClickHouse inlines a
 * CTE at every reference, so a CTE read by two CTEs that are each read twice is planned and run
 * four times, and chains multiply (DuckDB materialises shared CTEs itself). A CTE that reads
 * only stored tables is a scan, cheaper to repeat than to copy: on 1M events (chdb, 2 cores) a
 * 4-step funnel that reads its events CTE five times ran about half as fast with it stored,
 * while a 4-step paths query went from 1.8–4.9 s to 0.2–0.5 s with its shared CTEs stored.
 * Counted from the end: a stored CTE counts as one use of the CTEs it reads.
 */
export function reusedCtes(q: WithQuery): string[] {
  const uses = new Map<string, number>();
  const chosen = new Set<string>();
  for (let i = q.ctes.length - 1; i >= 0; i--) {
    const name = q.ctes[i]!.name;
    let n = q.mainRefs.get(name) ?? 0;
    for (const later of q.ctes.slice(i + 1)) {
      const refs = later.refs.get(name) ?? 0;
      if (refs > 0) n += refs * (chosen.has(later.name) ? 1 : (uses.get(later.name) ?? 0));
    }
    uses.set(name, n);
    if (n > 1 && q.ctes[i]!.refs.size > 0) chosen.add(name);
  }
  return q.ctes.filter((c) => chosen.has(c.name)).map((c) => c.name);
}

/**
 * The WITH clause a statement needs for `refs`: every CTE it reads, directly or through others,
 * that is not in `stored` (already a temporary table), in definition order. Empty when none.
 */
export function withClauseFor(q: WithQuery, refs: Map<string, number>, stored: ReadonlySet<string>): string {
  const needed = new Set<string>();
  const visit = (r: Map<string, number>) => {
    for (const name of r.keys()) {
      if (stored.has(name) || needed.has(name)) continue;
      needed.add(name);
      visit(q.ctes.find((c) => c.name === name)!.refs);
    }
  };
  visit(refs);
  const defs = q.ctes.filter((c) => needed.has(c.name)).map((c) => `${c.name} AS (${c.body})`);
  return defs.length === 0 ? '' : `WITH ${defs.join(',\n')}\n`;
}

/** Table names in FROM and JOIN clauses that are CTEs of the query, with their counts. */
function references(masked: string, names: ReadonlySet<string>): Map<string, number> {
  const refs = new Map<string, number>();
  for (const m of masked.matchAll(/\b(?:FROM|JOIN)\s+([A-Za-z_][A-Za-z0-9_]*)\b/gi)) {
    const name = m[1]!;
    if (names.has(name)) refs.set(name, (refs.get(name) ?? 0) + 1);
  }
  return refs;
}

/** The text with the inside of string literals and quoted names blanked (same length). */
function maskLiterals(sql: string): string {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < sql.length && sql[j] !== c) j += sql[j] === '\\' ? 2 : 1;
      out += c + ' '.repeat(Math.max(0, Math.min(j, sql.length) - i - 1)) + (j < sql.length ? c : '');
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function matchingParen(masked: string, open: number): number {
  let depth = 0;
  for (let i = open; i < masked.length; i++) {
    if (masked[i] === '(') depth++;
    else if (masked[i] === ')' && --depth === 0) return i;
  }
  return -1;
}
