import { describe, expect, it } from 'vitest';
import type { EventBinding } from '../../model/event-binding.ts';
import { exampleMap } from '../../model/example-map.ts';
import { WorkspaceSettingsSchema } from '../../model/workspace-settings.ts';
import { type JourneySpecInput, JourneySpecSchema } from '../spec/journey-spec.ts';
import { personaKey } from '../sql/compile-filter.ts';
import { duckdbDialect } from '../sql/duckdb/duckdb-dialect.ts';
import { compileJourney } from './compile-journey.ts';
import { compileJourneySurveys } from './compile-journey-surveys.ts';
import { type JourneyPlan, planJourney } from './journey-plan.ts';

const HOSTILE = "Viewed'; DROP TABLE events; --";

function plan(bindings: (EventBinding | undefined)[][]): JourneyPlan {
  const stages = bindings.map((_, i) => ({ id: `s${i}`, name: `Stage ${i}` }));
  const touchpoints = bindings.flatMap((list, i) =>
    list.map((event, j) => ({
      id: `t${i}-${j}`,
      stageId: `s${i}`,
      channel: 'web' as const,
      name: 'x',
      event,
    })),
  );
  const r = planJourney('map-shop', { stages, touchpoints });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.plan;
}

const threeStages = plan([
  [
    { event: HOSTILE, where: [{ property: 'utm.source', op: 'eq', value: "insta'gram" }], channel: 'social' },
    { event: 'Ad Clicked', where: [] },
  ],
  [undefined],
  [{ event: 'Bought $1', where: [{ property: 'total', op: 'gt', value: 99.5 }] }],
]);

const personas = new Map([[personaKey('map-shop', 'p-young-pro'), exampleMap().personas[0]!.segment!]]);
const compile = (input: Omit<JourneySpecInput, 'type' | 'mapId'>, p = threeStages) =>
  compileJourney(
    JourneySpecSchema.parse({ type: 'journey', mapId: 'map-shop', ...input }),
    p,
    duckdbDialect,
    {
      workspaceId: 'ws-1',
      personas,
    },
  );

describe('compileJourney', () => {
  it('binds every value: event names, property names and values, channels, range, window', () => {
    const { sql, params } = compile({
      range: { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00+02:00' },
      window: { value: 7, unit: 'day' },
      where: [{ name: 'plan"x', op: 'eq', value: 'pro-plan-x' }],
      persona: 'p-young-pro',
    });
    for (const text of [
      HOSTILE,
      'utm',
      "insta'gram",
      'social',
      'Bought $1',
      '99.5',
      'plan"x',
      '604800',
      'pro-plan',
    ]) {
      expect(sql).not.toContain(text);
    }
    expect(params).toEqual(
      expect.arrayContaining([
        'ws-1',
        HOSTILE,
        // A dotted model path is a path into nested objects.
        '/utm/source',
        "insta'gram",
        'social',
        'Bought $1',
        99.5,
        '/plan"x',
        'pro-plan-x',
        604_800,
        // The persona's rule reads traits: age, plan, email.
        '/age',
        '2026-03-01 00:00:00.000',
        '2026-03-31 22:00:00.000',
      ]),
    );
  });

  it('sorts each person’s events once: every window function shares one window', () => {
    const { sql } = compile({ range: { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' } });
    const windows = new Set([...sql.matchAll(/OVER \(([^)]*)\)/g)].map((m) => m[1]));
    expect(windows).toEqual(new Set(['PARTITION BY person ORDER BY ts, sidx']));
    // lag(sidx), lag(ts), and one next-later-stage time below the last measured stage (ranks 1).
    expect(sql.match(/OVER \(/g)).toHaveLength(3);
  });

  it('guards property reads behind the event name and skips the unmeasured stage', () => {
    const { sql } = compile({});
    expect(sql).toMatch(/CASE WHEN e\.event = CAST\(\$\d+ AS VARCHAR\) THEN COALESCE\(\(json_extract_string/);
    // Two measured stages: one rank threshold; the unbound touchpoint adds no flag.
    expect(sql).toContain('AS nx1');
    expect(sql).not.toContain('AS nx2');
    expect(sql).not.toContain('m4');
  });

  it('reads range and window columns only when the spec has them', () => {
    const plain = compile({}).sql;
    expect(plain).not.toContain('pts');
    expect(plain).not.toContain('HAVING');
    const ranged = compile({ range: { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' } }).sql;
    expect(ranged).toContain('pts < ');
    expect(ranged).toContain('HAVING count(CASE WHEN inr THEN 1 END) > 0');
  });

  it('joins person traits only when a condition reads them', () => {
    expect(compile({}).sql).not.toContain('JOIN persons');
    expect(compile({ persona: 'p-young-pro' }).sql).toContain('JOIN persons');
    expect(compile({ where: [{ on: 'trait', name: 'plan', op: 'is_set' }] }).sql).toContain('JOIN persons');
  });

  it('refuses a plan that measures nothing', () => {
    expect(() => compile({}, plan([[undefined]]))).toThrow('A journey query needs a measured touchpoint');
  });
});

describe('compileJourneySurveys', () => {
  it('binds the survey event, property names and touchpoint ids', () => {
    const spec = JourneySpecSchema.parse({ type: 'journey', mapId: 'map-shop' });
    const q = compileJourneySurveys(spec, threeStages, duckdbDialect, { workspaceId: 'ws-1' });
    expect(q?.params).toEqual(
      expect.arrayContaining([
        'survey_response',
        '/touchpoint',
        '/survey',
        '/score',
        'nps',
        'csat',
        't0-0',
        't1-0',
      ]),
    );
    expect(q?.sql).not.toContain('survey_response');
  });

  it('reads the answers where the workspace’s settings say they are', () => {
    const spec = JourneySpecSchema.parse({ type: 'journey', mapId: 'map-shop' });
    const surveys = WorkspaceSettingsSchema.parse({
      surveys: { event: 'feedback_given', scoreProperty: 'rating', touchpointProperty: 'tp' },
    }).surveys;
    const q = compileJourneySurveys(spec, threeStages, duckdbDialect, { workspaceId: 'ws-1', surveys });
    expect(q?.params).toEqual(expect.arrayContaining(['feedback_given', '/tp', '/survey', '/rating']));
    expect(q?.params).not.toContain('survey_response');
    expect(q?.params).not.toContain('/score');
  });

  it('has nothing to ask for a map without touchpoints', () => {
    const spec = JourneySpecSchema.parse({ type: 'journey', mapId: 'map-shop' });
    expect(compileJourneySurveys(spec, plan([[]]), duckdbDialect, { workspaceId: 'ws-1' })).toBeNull();
  });
});
