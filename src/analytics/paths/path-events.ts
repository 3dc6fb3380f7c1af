import type { EventBinding } from '../../model/event-binding.ts';
import type { PathAnchor, PathsSpec } from '../spec/paths-spec.ts';
import type { WhereFilter } from '../spec/where-filter.ts';
import type { BoundParams } from '../sql/bound-params.ts';
import { compileFilter, compileWhere, type FilterContext, type PersonaRules } from '../sql/compile-filter.ts';
import { type EventColumns, stitchedEvents } from '../sql/stitched-events.ts';
import type { PathNodeRule } from './resolve-path-nodes.ts';

/** Message types that are things a person did; identify, alias and group only describe them. */
const ACTION_TYPES = "('track', 'page', 'screen')";

export interface PathEventsOptions {
  workspaceId: string;
  personas: PersonaRules;
  /** Touchpoint or stage nodes (see resolvePathNodes); empty for event and page paths. */
  rules: readonly PathNodeRule[];
}

/**
 * The `ev` CTE: the actions (track, page, screen) of the workspace's stitched persons inside the
 * range that pass `where`, one row each, with
 *   person, ts, node (its name on the path, NULL when it is no node), is_start / is_end (with
 *   anchors).
 * Anchor events are always nodes — named by `by` where they have a name there, else by their
 * event name — so "paths after Signed Up" works for page and touchpoint paths too.
 * Without sessions only nodes are kept, and a cheap test on the event name drops most other
 * rows during the scan; sessions need every event, because any activity keeps a session alive.
 */
export function pathEventsCte(spec: PathsSpec, q: BoundParams, opts: PathEventsOptions): string {
  const src = stitchedEvents(q, opts.workspaceId, { withTraits: usesTraits(spec) });
  const c = src.columns;
  const ctx: FilterContext = { q, columns: c, personas: opts.personas };
  const names = new Map<string, string>();
  const nameParam = (name: string) => {
    let ph = names.get(name);
    if (ph === undefined) {
      ph = q.bind(name, 'text');
      names.set(name, ph);
    }
    return ph;
  };
  const nameIn = (list: readonly string[]) => `${c.event} IN (${list.map(nameParam).join(', ')})`;
  const anchor = (a: PathAnchor) => {
    const test = `${c.event} = ${nameParam(a.event)}`;
    return a.where.length === 0 ? test : `COALESCE(${test} AND ${compileWhere(a.where, ctx)}, FALSE)`;
  };

  const inner = [
    `${c.person} AS person`,
    `${c.timestamp} AS ts`,
    `${c.event} AS ev_name`,
    `${byNode(spec, opts.rules, ctx, nameParam)} AS raw`,
  ];
  const inclusion = [
    ...(spec.include ? [nameIn(spec.include)] : []),
    ...(spec.exclude.length > 0 ? [`${c.event} NOT IN (${spec.exclude.map(nameParam).join(', ')})`] : []),
  ];
  if (inclusion.length > 0) inner.push(`(${inclusion.join(' AND ')}) AS inc`);
  const anchors = [...(spec.start ? ['is_start'] : []), ...(spec.end ? ['is_end'] : [])];
  if (spec.start) inner.push(`${anchor(spec.start)} AS is_start`);
  if (spec.end) inner.push(`${anchor(spec.end)} AS is_end`);

  const where = [src.where, `${c.fields.type} IN ${ACTION_TYPES}`];
  if (spec.range) {
    where.push(
      `${c.timestamp} >= ${q.bindTime(new Date(spec.range.from))}`,
      `${c.timestamp} < ${q.bindTime(new Date(spec.range.to))}`,
    );
  }
  if (spec.where.length > 0) where.push(compileWhere(spec.where, ctx));
  if (!spec.sessions) {
    const scan = scanFilter(spec, opts.rules, c, nameIn);
    if (scan) where.push(scan);
  }

  const kept = inclusion.length > 0 ? `CASE WHEN inc THEN raw END` : 'raw';
  const node =
    anchors.length > 0
      ? `CASE WHEN ${anchors.join(' OR ')} THEN COALESCE(raw, ev_name) ELSE ${kept} END`
      : kept;
  const outer = ['person', 'ts', `${node} AS node`, ...anchors];
  return `ev AS (
  SELECT ${outer.join(', ')}
  FROM (
    SELECT ${inner.join(',\n      ')}
    FROM ${src.from}
    WHERE ${where.join('\n      AND ')}
  ) e0${spec.sessions ? '' : `\n  WHERE ${node} IS NOT NULL`}
)`;
}

/** The node name of an event by the spec's `by`, before include/exclude; NULL when it has none. */
function byNode(
  spec: PathsSpec,
  rules: readonly PathNodeRule[],
  ctx: FilterContext,
  nameParam: (name: string) => string,
): string {
  const { q, columns: c } = ctx;
  switch (spec.by) {
    case 'event':
      return c.event;
    case 'page': {
      const path = q.dialect.jsonText(c.properties, q.bindJsonPath(['path']));
      return `CASE WHEN ${c.fields.type} = 'page' THEN COALESCE(${path}, ${c.fields.name}) END`;
    }
    case 'touchpoint':
    case 'stage': {
      const whens = rules.map(
        (r) => `WHEN ${bindingCondition(r.binding, ctx, nameParam)} THEN ${q.bind(r.name, 'text')}`,
      );
      return `CASE ${whens.join(' ')} END`;
    }
  }
}

/**
 * A journey map's event binding as a condition: the event name, every property filter (the
 * model writes nested keys as dotted paths) and the channel, if the binding names one.
 */
export function bindingCondition(
  b: EventBinding,
  ctx: FilterContext,
  nameParam: (name: string) => string = (name) => ctx.q.bind(name, 'text'),
): string {
  const { q, columns: c } = ctx;
  const parts = [`${c.event} = ${nameParam(b.event)}`];
  for (const { property, ...test } of b.where) {
    const filter: WhereFilter = { on: 'property', name: property.split('.'), ...test };
    parts.push(`(${compileFilter(filter, ctx)})`);
  }
  if (b.channel) parts.push(`${c.fields.channel} = ${q.bind(b.channel, 'text')}`);
  return `(${parts.join(' AND ')})`;
}

/**
 * A test implied by "is a node" but cheap enough for the scan: the event names that can be
 * nodes (include list, or the bound events of a map), or page events for page paths — anchor
 * events always pass. Null when every action may be a node.
 */
function scanFilter(
  spec: PathsSpec,
  rules: readonly PathNodeRule[],
  c: EventColumns,
  nameIn: (list: readonly string[]) => string,
): string | null {
  const anchors = [spec.start?.event, spec.end?.event].filter((e): e is string => e !== undefined);
  let names: string[] | null = spec.include ? [...spec.include] : null;
  if (spec.by === 'touchpoint' || spec.by === 'stage') {
    const bound = rules.map((r) => r.binding.event);
    names = names ? bound.filter((n) => names?.includes(n)) : bound;
  }
  if (names !== null) {
    const all = [...new Set([...names, ...anchors])];
    return all.length > 0 ? nameIn(all) : 'FALSE';
  }
  if (spec.by === 'page') {
    return anchors.length > 0
      ? `(${c.fields.type} = 'page' OR ${nameIn(anchors)})`
      : `${c.fields.type} = 'page'`;
  }
  return null;
}

/** Whether the spec reads person traits (trait or persona conditions in `where` or an anchor). */
export function usesTraits(spec: PathsSpec): boolean {
  const lists = [spec.where, spec.start?.where ?? [], spec.end?.where ?? []];
  return lists.some((list) => list.some((f) => f.on === 'trait' || f.on === 'persona'));
}
