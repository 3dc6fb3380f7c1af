import { describe, expect, it } from 'vitest';
import { parseWithQuery, reusedCtes, withClauseFor } from './with-query.ts';

const sql = `WITH ev AS (
  SELECT person, ts FROM events e WHERE e.workspace_id = {p1:String} AND e.name <> ')' AND e.ts > {p2:DateTime64(6, 'UTC')}
),
a AS (SELECT person, min(ts) AS t FROM ev GROUP BY person),
b AS (SELECT a.person FROM a JOIN ev s ON s.person = a.person),
c AS (SELECT * FROM b)
SELECT count(*) FROM c UNION ALL SELECT count(*) FROM c`;

describe('compiled WITH queries', () => {
  it('splits the CTEs, skipping parentheses inside literals and placeholders', () => {
    const q = parseWithQuery(sql)!;
    expect(q.ctes.map((c) => c.name)).toEqual(['ev', 'a', 'b', 'c']);
    expect(q.ctes[0]!.body).toContain("e.name <> ')'");
    expect(q.ctes[2]!.refs).toEqual(
      new Map([
        ['a', 1],
        ['ev', 1],
      ]),
    );
    expect(q.main).toBe('SELECT count(*) FROM c UNION ALL SELECT count(*) FROM c');
    expect(parseWithQuery('SELECT 1')).toBeNull();
  });

  it('picks the CTEs built on CTEs that would be computed more than once', () => {
    // c is read twice; stored, b (and through it a) run once. ev is read by a and b, but it only
    // scans a table: repeating the scan is cheaper than storing it.
    expect(reusedCtes(parseWithQuery(sql)!)).toEqual(['c']);
    const chain =
      parseWithQuery(`WITH t AS (SELECT 1 AS x), u AS (SELECT x FROM t), v AS (SELECT * FROM u JOIN u w ON w.x = u.x)
      SELECT * FROM v UNION ALL SELECT * FROM v`)!;
    // v read twice; u twice by v (stored, so once each); t only through u.
    expect(reusedCtes(chain)).toEqual(['u', 'v']);
  });

  it('gives each statement the inline CTEs it needs, and none that are stored', () => {
    const q = parseWithQuery(sql)!;
    const c = q.ctes[3]!;
    expect(withClauseFor(q, c.refs, new Set(['ev']))).toBe(
      `WITH a AS (${q.ctes[1]!.body}),\nb AS (${q.ctes[2]!.body})\n`,
    );
    expect(withClauseFor(q, q.mainRefs, new Set(['ev', 'c']))).toBe('');
  });
});
