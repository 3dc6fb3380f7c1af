import type { FunnelSpec } from '../spec/funnel-spec.ts';
import type { Dialect } from '../sql/dialect.ts';
import { entryFilter, type FunnelBounds, repeatedEvents } from './funnel-events.ts';

/** Whether an ordered funnel's attempts (and exclusions) come from per-person arrays. */
export function usesArrayAttempts(spec: FunnelSpec, d: Dialect): boolean {
  return spec.order === 'ordered' && d.capabilities.arrayLambdas === true;
}

const steps = (n: number, from = 1) => Array.from({ length: Math.max(0, n - from + 1) }, (_, i) => i + from);

/** The lambda parameter: one element of a person's array. */
const E = 'e';

/**
 * Ordered attempts for dialects with `arrayLambdas` (ClickHouse): the same `att` as the range
 * self-joins of `orderedAttempts`, and the same rule — step k of an attempt is the earliest
 * step-k event no earlier than step k−1 and at most `tend` — computed from arrays:
 *   pe   one row per person: s{k}, their step-k events, ascending (s1 only entry events inside
 *        the range); xs{i}, their exclusion-i events
 *   a0   one row per entry event (s1 unnested)
 *   a{k} u{k}: the first element of s{k} at or after u{k−1} and at most uend; NULL when there is
 *        none, or when u{k−1} is NULL (a NULL condition matches nothing)
 * ClickHouse runs each range join as a hash join on the person filtered afterwards, then groups
 * all attempts again; here the events are grouped once (query bench, 4-step funnel over 10M
 * events: 4.3 s → 1.1 s, against 0.9 s for ClickHouse's windowFunnel, which answers less).
 *
 * Times are epoch microseconds (u…) until `att` turns them back into timestamps: ClickHouse
 * collects integers with its numeric groupArray, but DateTime64 (a decimal) through its generic
 * one, which made the grouping 2.5× slower. Steps that share an event name keep `(us, mid)`
 * records, sorted by time then message id, and skip the elements with the message id an
 * earlier such step used, as the joins do. With a breakdown, entry records carry the entry
 * event's `bd`. `att` also carries the xs{i} arrays, which `arrayExclusionCte` reads.
 */
export function arrayOrderedAttempts(spec: FunnelSpec, d: Dialect, bounds: FunnelBounds): string[] {
  const n = spec.steps.length;
  const repeated = repeatedEvents(spec);
  const keepId = new Set([...repeated.values()].flat());
  const withMid = (k: number) => keepId.has(k) || repeated.has(k);
  const bd = spec.breakdown ? ['bd'] : [];
  const micros = d.epochMicros('ts');
  const fields = (k: number): Record<string, string> => ({
    us: micros,
    ...(k === 1 && spec.breakdown ? { bd: 'bd' } : {}),
    ...(withMid(k) ? { mid: 'mid' } : {}),
  });
  const isRecord = (k: number) => Object.keys(fields(k)).length > 1;
  const element = (k: number) => (isRecord(k) ? d.record(fields(k)) : micros);
  const usOf = (k: number, el: string) => (isRecord(k) ? d.field(el, 'us') : el);
  const exclusionLists = spec.exclusions.map((_, i) => `xs${i + 1}`);
  const lists = (from: number) => [...steps(n, from).map((k) => `s${k}`), ...exclusionLists];

  const collected = [
    `${d.collectSortedIf(element(1), `m1${entryFilter(bounds)}`)} AS s1`,
    ...steps(n, 2).map((k) => `${d.collectSortedIf(element(k), `m${k}`)} AS s${k}`),
    ...spec.exclusions.map((_, i) => `${d.collectSortedIf(micros, `x${i + 1}`)} AS xs${i + 1}`),
  ];
  const entry = 'e1';
  const ctes = [
    `pe AS (
  SELECT person, ${collected.join(',\n    ')}
  FROM ev GROUP BY person
)`,
    `a0 AS (SELECT ${['person', ...lists(2), `${d.unnest('s1')} AS ${entry}`].join(', ')} FROM pe)`,
    `a1 AS (
  SELECT ${[
    'person',
    ...lists(2),
    `${usOf(1, entry)} AS u1`,
    `${usOf(1, entry)} + ${bounds.window} * 1000000 AS uend`,
    ...bd.map((c) => `${d.field(entry, c)} AS ${c}`),
    ...(keepId.has(1) ? [`${d.field(entry, 'mid')} AS mid1`] : []),
  ].join(', ')}
  FROM a0
)`,
  ];
  let carried = ['person', 'uend', ...bd, 'u1', ...(keepId.has(1) ? ['mid1'] : [])];
  for (const k of steps(n, 2)) {
    const u = usOf(k, E);
    const distinct = (repeated.get(k) ?? []).map((j) => ` AND ${d.field(E, 'mid')} <> mid${j}`).join('');
    const index = d.firstIndexWhere(`s${k}`, E, `${u} >= u${k - 1} AND ${u} <= uend${distinct}`);
    const found = (value: (el: string) => string) =>
      `CASE WHEN ${index} > 0 THEN ${value(d.elementAt(`s${k}`, index))} END`;
    const picked = [
      `${found((el) => usOf(k, el))} AS u${k}`,
      ...(keepId.has(k) ? [`${found((el) => d.field(el, 'mid'))} AS mid${k}`] : []),
    ];
    ctes.push(`a${k} AS (
  SELECT ${[...carried, ...lists(k + 1), ...picked].join(', ')}
  FROM a${k - 1}
)`);
    carried = [...carried, `u${k}`, ...(keepId.has(k) ? [`mid${k}`] : [])];
  }
  const times = steps(n).map((k) => `${d.timestampFromMicros(`u${k}`)} AS t${k}`);
  ctes.push(`att AS (
  SELECT ${['person', `${d.timestampFromMicros('uend')} AS tend`, ...bd, ...times, ...exclusionLists].join(', ')}
  FROM a${n}
)`);
  return ctes;
}

/**
 * `ax` from array attempts: for each exclusion i, `xt{i}` is the first element of xs{i} after
 * the attempt reached step `from` and at most `tend` — what `exclusionCtes` finds with a range
 * join, from the array `att` carries. NULL when there is none or that step was not reached.
 */
export function arrayExclusionCte(spec: FunnelSpec, d: Dialect): string {
  const cols = [
    'person',
    'tend',
    ...(spec.breakdown ? ['bd'] : []),
    ...steps(spec.steps.length).map((k) => `t${k}`),
  ];
  const firsts = spec.exclusions.map((x, i) => {
    const list = `xs${i + 1}`;
    const after = d.epochMicros(`t${x.from + 1}`);
    const index = d.firstIndexWhere(list, E, `${E} > ${after} AND ${E} <= ${d.epochMicros('tend')}`);
    return `CASE WHEN ${index} > 0 THEN ${d.timestampFromMicros(d.elementAt(list, index))} END AS xt${i + 1}`;
  });
  return `ax AS (SELECT ${[...cols, ...firsts].join(', ')} FROM att)`;
}
