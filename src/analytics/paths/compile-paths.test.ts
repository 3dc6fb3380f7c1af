import { describe, expect, it } from 'vitest';
import { type PathsSpecInput, PathsSpecSchema } from '../spec/paths-spec.ts';
import { duckdbDialect } from '../sql/duckdb/duckdb-dialect.ts';
import { compilePaths } from './compile-paths.ts';
import type { PathNodeRule } from './resolve-path-nodes.ts';

const compile = (input: Omit<PathsSpecInput, 'type'>, rules: PathNodeRule[] = []) =>
  compilePaths(PathsSpecSchema.parse({ type: 'paths', ...input }), duckdbDialect, {
    workspaceId: 'ws-1',
    rules,
  });

describe('compilePaths', () => {
  it('binds every value (names, anchors, lists, map nodes, filters, range, limits); the SQL holds none', () => {
    const { sql, params } = compile(
      {
        by: 'touchpoint',
        mapId: 'map-1',
        steps: 4,
        start: {
          event: "Start'; DROP TABLE events; --",
          where: [{ name: 'plan"x', op: 'eq', value: "pro'" }],
        },
        end: { event: 'End $1' },
        include: ['Inc /* */'],
        exclude: ['Exc {p1:String}'],
        sessions: true,
        sessionGap: { value: 45, unit: 'minute' },
        minNodeShare: 0.05,
        maxNodesPerStep: 7,
        pathLimit: 13,
        range: { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00+02:00' },
        where: [{ on: 'trait', name: 'tier', op: 'in', value: ['gold', 'sil"ver'] }],
      },
      [
        {
          name: "Ad 'clicked'",
          binding: {
            event: 'Inc /* */',
            where: [{ property: 'utm.source', op: 'eq', value: 'x' }],
            channel: 'social',
          },
        },
      ],
    );
    for (const text of [
      "Start'",
      'plan"x',
      "pro'",
      'End $1',
      'Inc /*',
      'Exc {p1',
      "Ad 'clicked'",
      'sil"ver',
    ]) {
      expect(sql).not.toContain(text);
    }
    for (const number of ['2700', '0.05']) expect(sql).not.toContain(number);
    expect(params).toEqual(
      expect.arrayContaining([
        'ws-1',
        "Start'; DROP TABLE events; --",
        '/plan"x',
        "pro'",
        'End $1',
        'Inc /* */',
        'Exc {p1:String}',
        "Ad 'clicked'",
        '/utm/source',
        'social',
        'sil"ver',
        2_700,
        0.05,
        7,
        13,
        '…',
        'other',
        '2026-03-01 00:00:00.000',
        '2026-03-31 22:00:00.000',
      ]),
    );
  });

  it('takes the first steps with a bounded top-n, no numbering of all events and no window', () => {
    const { sql } = compile({ steps: 4 });
    expect(sql).toContain('min(key, 4)');
    expect(sql).not.toMatch(/OVER \(PARTITION BY person/);
    // Event paths read every action; identify, alias and group are no actions.
    expect(sql).toContain("e.type IN ('track', 'page', 'screen')");
    expect(sql).not.toContain('JOIN persons');
  });

  it('takes the last steps before the end event', () => {
    expect(compile({ steps: 3, end: { event: 'Buy' } }).sql).toContain('list_reverse(max(key, 3))');
  });

  it('uses windows only for sessions and collapsing, ordered by the key', () => {
    const sessions = compile({ sessions: true }).sql;
    expect(sessions).toContain('lag(ts) OVER (PARTITION BY person ORDER BY key)');
    expect(sessions).toContain('GROUP BY person, sess');
    expect(compile({ collapse: true }).sql).toContain(
      'lag(id, 1, -1) OVER (PARTITION BY person ORDER BY key)',
    );
  });

  it('drops events that cannot be nodes during the scan, except with sessions', () => {
    expect(compile({ include: ['A', 'B'], start: { event: 'S' } }).sql).toMatch(
      /AND e\.event IN \(CAST\(\$\d+ AS VARCHAR\), CAST\(\$\d+ AS VARCHAR\), CAST\(\$\d+ AS VARCHAR\)\)/,
    );
    expect(compile({ by: 'page' }).sql).toContain("AND e.type = 'page'");
    expect(compile({ by: 'page', sessions: true }).sql).not.toContain("AND e.type = 'page'");
  });

  it('joins person traits only when a filter reads them', () => {
    expect(
      compile({ start: { event: 'S', where: [{ on: 'trait', name: 'plan', op: 'is_set' }] } }).sql,
    ).toContain('JOIN persons');
  });

  it('groups rare nodes only when asked to', () => {
    expect(compile({}).sql).not.toContain('keep AS');
    expect(compile({ maxNodesPerStep: 3 }).sql).toContain('keep AS');
  });
});
