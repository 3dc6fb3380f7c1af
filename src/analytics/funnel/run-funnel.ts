import type { AnalyticsReader } from '../../store/store.ts';
import type { FunnelSpec } from '../spec/funnel-spec.ts';
import type { PersonaRules } from '../sql/compile-filter.ts';
import { compileFunnel } from './compile-funnel.ts';
import type { FunnelResult } from './funnel-result.ts';
import { readFunnelRows } from './funnel-rows.ts';
import { shapeFunnelResult } from './shape-funnel-result.ts';

/** Compiles a validated funnel spec for the reader's engine, runs it and shapes the result. */
export async function runFunnel(
  reader: AnalyticsReader,
  workspaceId: string,
  spec: FunnelSpec,
  personas: PersonaRules,
): Promise<FunnelResult> {
  const { sql, params } = compileFunnel(spec, reader.dialect, { workspaceId, personas });
  const rows = await reader.all(sql, params);
  return shapeFunnelResult(spec, readFunnelRows(rows, spec.steps.length, spec.includePersons));
}
