import type { AnalyticsReader } from '../../store/store.ts';
import type { KpiSpec } from '../spec/kpi-spec.ts';
import type { PersonaRules } from '../sql/compile-filter.ts';
import { compileKpi } from './compile-kpi.ts';
import { measureOf } from './kpi-measures.ts';
import type { KpiResult } from './kpi-result.ts';
import { readKpiRows } from './kpi-rows.ts';
import { shapeKpiResult } from './shape-kpi-result.ts';

/** Compiles a validated KPI spec for the reader's engine, runs it and shapes the result. */
export async function runKpi(
  reader: AnalyticsReader,
  workspaceId: string,
  spec: KpiSpec,
  personas: PersonaRules,
): Promise<KpiResult> {
  const { sql, params } = compileKpi(spec, reader.dialect, { workspaceId, personas });
  const rows = await reader.all(sql, params);
  return shapeKpiResult(spec, readKpiRows(rows), measureOf(spec.metric).value);
}
