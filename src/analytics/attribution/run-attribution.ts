import type { FormattedIssue } from '../../model/format-issue.ts';
import type { Store } from '../../store/store.ts';
import { resolvePathNodes } from '../paths/resolve-path-nodes.ts';
import type { AttributionSpec } from '../spec/attribution-spec.ts';
import type { PersonaRules } from '../sql/compile-filter.ts';
import { type AttributionModel, attribute } from './attribute.ts';
import type { AttributionResult } from './attribution-result.ts';
import { readAttributionRows } from './attribution-rows.ts';
import { compileAttribution, timeDecayByTime } from './compile-attribution.ts';
import { type ChannelCredit, emptyCredit } from './credit.ts';
import { PathTableBuilder } from './path-table.ts';
import { splitPath } from './split-path.ts';

/**
 * Answers a validated attribution spec: the path table comes from the spec itself (`source:
 * "paths"`) or from the workspace's events (one SQL query on the store's engine), then every
 * model runs on it. A touchpoint map that does not exist or binds nothing is a spec error at
 * `touch.mapId`.
 */
export async function runAttribution(
  store: Pick<Store, 'analytics' | 'maps'>,
  workspaceId: string,
  spec: AttributionSpec,
  personas: PersonaRules,
): Promise<{ ok: true; result: AttributionResult } | { ok: false; errors: FormattedIssue[] }> {
  if (spec.source === 'paths') {
    const builder = new PathTableBuilder();
    for (const row of spec.paths ?? []) {
      const channels =
        typeof row.path === 'string' ? (splitPath(row.path) as { channels: string[] }).channels : row.path;
      builder.add(
        channels.map((c) => c.trim()),
        row.conversions,
        row.value,
        row.nulls,
      );
    }
    return { ok: true, result: attribute(builder.build(), spec) };
  }
  let rules: Awaited<ReturnType<typeof resolvePathNodes>> = { ok: true, rules: [] };
  if (spec.touch.by === 'touchpoint') {
    rules = await resolvePathNodes(store.maps, workspaceId, { by: 'touchpoint', mapId: spec.touch.mapId });
    if (!rules.ok) return { ok: false, errors: rules.errors.map((e) => ({ ...e, path: 'touch.mapId' })) };
  }
  const reader = store.analytics;
  const { sql, params } = compileAttribution(spec, reader.dialect, {
    workspaceId,
    personas,
    rules: rules.rules,
  });
  const rows = readAttributionRows(await reader.all(sql, params), spec.maxTouches);
  const precomputed: Partial<Record<AttributionModel, ChannelCredit>> = {};
  if (timeDecayByTime(spec)) {
    const credit = emptyCredit(rows.table.channels.length);
    rows.table.channels.forEach((name, c) => {
      credit.conversions[c] = rows.decay.get(name)?.conversions ?? 0;
      credit.value[c] = rows.decay.get(name)?.value ?? 0;
    });
    precomputed.time_decay = credit;
  }
  const result = attribute(rows.table, spec, precomputed);
  result.unattributed = {
    conversions: rows.total.conversions - result.conversions,
    value: rows.total.value - result.value,
  };
  return { ok: true, result };
}
