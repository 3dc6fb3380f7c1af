import type { AnalyticsReader } from '../../store/store.ts';
import type { RetentionSpec } from '../spec/retention-spec.ts';
import type { PersonaRules } from '../sql/compile-filter.ts';
import { compileRetention } from './compile-retention.ts';
import type { RetentionResult } from './retention-result.ts';
import { readRetentionRows } from './retention-rows.ts';
import { shapeRetentionResult } from './shape-retention-result.ts';

/** Compiles a validated retention spec for the reader's engine, runs it and shapes the result. */
export async function runRetention(
  reader: AnalyticsReader,
  workspaceId: string,
  spec: RetentionSpec,
  personas: PersonaRules,
  now: Date = new Date(),
): Promise<RetentionResult> {
  const { sql, params } = compileRetention(spec, reader.dialect, { workspaceId, personas, now });
  const rows = await reader.all(sql, params);
  return shapeRetentionResult(spec, readRetentionRows(rows, spec.periods));
}
