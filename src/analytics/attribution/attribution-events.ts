import { bindingCondition } from '../paths/path-events.ts';
import type { PathNodeRule } from '../paths/resolve-path-nodes.ts';
import type { AttributionSpec } from '../spec/attribution-spec.ts';
import { windowSeconds } from '../spec/funnel-spec.ts';
import { propertyPath } from '../spec/where-filter.ts';
import type { BoundParams } from '../sql/bound-params.ts';
import { compileWhere, type FilterContext, type PersonaRules } from '../sql/compile-filter.ts';
import { stitchedEvents } from '../sql/stitched-events.ts';

/** Message types that are things a person did; identify, alias and group only describe them. */
const ACTION_TYPES = "('track', 'page', 'screen')";

export interface AttributionEventsOptions {
  workspaceId: string;
  personas: PersonaRules;
  /** Touchpoint rules of the map `touch.mapId` names (see resolvePathNodes); [] otherwise. */
  rules: readonly PathNodeRule[];
}

/**
 * The `ev` CTE: the conversions and touches of the workspace's stitched persons, one row each:
 *   person, ts, is_conv, val (a conversion's value, 0 when it has none), touch (its name, NULL
 *   for conversions).
 * A conversion is never also a touch. Actions (track, page, screen) that pass `where` only;
 * with a range, from `lookback` before its start (earlier touches and conversions still shape
 * the first journeys in it) to its end.
 */
export function attributionEventsCte(
  spec: AttributionSpec,
  q: BoundParams,
  opts: AttributionEventsOptions,
): string {
  const src = stitchedEvents(q, opts.workspaceId, { withTraits: usesTraits(spec) });
  const c = src.columns;
  const d = q.dialect;
  const ctx: FilterContext = { q, columns: c, personas: opts.personas };
  const conversion = spec.conversion!;
  const convTest = `${c.event} = ${q.bind(conversion.event, 'text')}`;
  const isConv =
    conversion.where.length === 0
      ? convTest
      : `COALESCE(${convTest} AND ${compileWhere(conversion.where, ctx)}, FALSE)`;
  const values = spec.valueProperties.map((name) =>
    d.toFloat(d.jsonText(c.properties, q.bindJsonPath(propertyPath(name)))),
  );
  const touch = touchName(spec, ctx, opts.rules);
  const touchEvents = spec.touch.events
    ? `${c.event} IN (${spec.touch.events.map((e) => q.bind(e, 'text')).join(', ')})`
    : 'TRUE';
  const where = [src.where, `${c.fields.type} IN ${ACTION_TYPES}`];
  if (spec.range) {
    const lookback = q.bind(-windowSeconds(spec.lookback), 'int');
    where.push(
      `${c.timestamp} >= ${d.addSeconds(q.bindTime(new Date(spec.range.from)), lookback)}`,
      `${c.timestamp} < ${q.bindTime(new Date(spec.range.to))}`,
    );
  }
  if (spec.where.length > 0) where.push(compileWhere(spec.where, ctx));
  return `ev AS (
  SELECT person, ts, is_conv,
    CASE WHEN is_conv THEN COALESCE(${values.map((_, i) => `v${i}`).join(', ')}, 0.0) ELSE 0.0 END AS val,
    CASE WHEN is_conv THEN NULL ELSE touch_raw END AS touch
  FROM (
    SELECT ${c.person} AS person, ${c.timestamp} AS ts, ${isConv} AS is_conv,
      CASE WHEN ${touchEvents} THEN ${touch} END AS touch_raw,
      ${values.map((v, i) => `${v} AS v${i}`).join(', ')}
    FROM ${src.from}
    WHERE ${where.join('\n      AND ')}
  ) e0
  WHERE is_conv OR touch_raw IS NOT NULL
)`;
}

/** The touch name of an event by `touch.by`; NULL when the event is no touch. */
function touchName(spec: AttributionSpec, ctx: FilterContext, rules: readonly PathNodeRule[]): string {
  const { q, columns: c } = ctx;
  const touch = spec.touch;
  switch (touch.by) {
    case 'channel':
      return c.fields.channel;
    case 'event':
      return c.event;
    case 'property': {
      const text = q.dialect.jsonText(c.properties, q.bindJsonPath(propertyPath(touch.name)));
      // An empty utm_source names no channel.
      return `CASE WHEN ${text} <> '' THEN ${text} END`;
    }
    case 'campaign': {
      // Segment SDKs send UTM parameters in context.campaign; some senders put utm_* properties.
      const inContext = c.context
        ? q.dialect.jsonText(c.context, q.bindJsonPath(['campaign', touch.field]))
        : 'NULL';
      const inProperties = q.dialect.jsonText(c.properties, q.bindJsonPath([`utm_${touch.field}`]));
      return `CASE WHEN ${inContext} <> '' THEN ${inContext} WHEN ${inProperties} <> '' THEN ${inProperties} END`;
    }
    case 'touchpoint': {
      const whens = rules.map(
        (r) => `WHEN ${bindingCondition(r.binding, ctx)} THEN ${q.bind(r.name, 'text')}`,
      );
      return `CASE ${whens.join(' ')} END`;
    }
  }
}

/** Whether the spec reads person traits (trait or persona conditions). */
function usesTraits(spec: AttributionSpec): boolean {
  const lists = [spec.where, spec.conversion?.where ?? []];
  return lists.some((list) => list.some((f) => f.on === 'trait' || f.on === 'persona'));
}
