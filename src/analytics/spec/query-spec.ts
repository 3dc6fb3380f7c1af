import { z } from 'zod';
import { type FormattedIssue, formatIssues } from '../../model/format-issue.ts';
import { AttributionSpecSchema } from './attribution-spec.ts';
import { BasketSpecSchema } from './basket-spec.ts';
import { FunnelSpecSchema } from './funnel-spec.ts';
import { JourneySpecSchema } from './journey-spec.ts';
import { KpiSpecSchema } from './kpi-spec.ts';
import { MomentsOfTruthSpecSchema } from './moments-of-truth-spec.ts';
import { PainPointsSpecSchema } from './pain-points-spec.ts';
import { PathsSpecSchema } from './paths-spec.ts';
import { PersonaSuggestionsSpecSchema } from './persona-suggestions-spec.ts';
import { RetentionSpecSchema } from './retention-spec.ts';
import { VocSpecSchema } from './voc-spec.ts';

/**
 * Every analysis Journeylens answers, told apart by `type`. Paths, retention, journey and KPI
 * specs join this union as they are built; the HTTP API, the CLI and the TypeScript API all
 * accept exactly this.
 */
export const QuerySpecSchema = z.discriminatedUnion(
  'type',
  [
    FunnelSpecSchema,
    PathsSpecSchema,
    RetentionSpecSchema,
    KpiSpecSchema,
    JourneySpecSchema,
    BasketSpecSchema,
    AttributionSpecSchema,
    PainPointsSpecSchema,
    MomentsOfTruthSpecSchema,
    PersonaSuggestionsSpecSchema,
    VocSpecSchema,
  ],
  {
    error:
      'Must be one of: funnel, paths, retention, kpi, journey, basket, attribution, painPoints, momentsOfTruth, personaSuggestions, voc',
  },
);
export type QuerySpec = z.infer<typeof QuerySpecSchema>;
export type QuerySpecInput = z.input<typeof QuerySpecSchema>;

export type ParseResult<T> = { ok: true; spec: T } | { ok: false; errors: FormattedIssue[] };

/**
 * Validates a spec from outside (HTTP body, CLI file) and fills in defaults. Errors name the
 * field: `parseQuerySpec({ type: 'funnel', steps: [] })` →
 * `{ ok: false, errors: [{ path: 'steps', message: 'A funnel needs at least 2 steps' }] }`.
 */
export function parseQuerySpec(input: unknown): ParseResult<QuerySpec> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: [{ path: '(root)', message: 'Must be a JSON object with a "type"' }] };
  }
  const parsed = QuerySpecSchema.safeParse(input, { error: plainMessage });
  return parsed.success
    ? { ok: true, spec: parsed.data }
    : { ok: false, errors: formatIssues(parsed.error.issues) };
}

/** Wording for zod's generic issues where the schema gives none of its own. */
function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'Is required';
    return `Must be ${issue.expected === 'object' ? 'an object' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
  }
  return undefined;
}
