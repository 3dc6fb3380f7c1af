import type { FormattedIssue } from '../../model/format-issue.ts';
import type { Store } from '../../store/store.ts';
import type { PathsSpec } from '../spec/paths-spec.ts';
import type { PersonaRules } from '../sql/compile-filter.ts';
import { compilePaths } from './compile-paths.ts';
import { readPathRows } from './path-rows.ts';
import type { PathsResult } from './paths-result.ts';
import { resolvePathNodes } from './resolve-path-nodes.ts';
import { shapePathsResult } from './shape-paths-result.ts';

/**
 * Resolves a validated paths spec's map nodes, compiles it for the store's engine, runs it and
 * shapes the result. A map that does not exist or binds no touchpoint is a spec error.
 */
export async function runPaths(
  store: Pick<Store, 'analytics' | 'maps'>,
  workspaceId: string,
  spec: PathsSpec,
  personas: PersonaRules,
): Promise<{ ok: true; result: PathsResult } | { ok: false; errors: FormattedIssue[] }> {
  const nodes = await resolvePathNodes(store.maps, workspaceId, spec);
  if (!nodes.ok) return nodes;
  const reader = store.analytics;
  const { sql, params } = compilePaths(spec, reader.dialect, { workspaceId, personas, rules: nodes.rules });
  const rows = await reader.all(sql, params);
  return { ok: true, result: shapePathsResult(readPathRows(rows, spec.steps)) };
}
