import type { FormattedIssue } from '../../model/format-issue.ts';
import type { Store } from '../../store/store.ts';
import { loadJourneyPlan } from '../journey/journey-plan.ts';
import { asJourneySpec } from '../spec/journey-scope.ts';
import type { MomentsOfTruthSpec } from '../spec/moments-of-truth-spec.ts';
import type { PersonaRules } from '../sql/compile-filter.ts';
import { compileMomentsOfTruth } from './compile-moments-of-truth.ts';
import { judgeMoments, type MomentCounts, type MomentOfTruth } from './moments-of-truth.ts';

/** What a momentsOfTruth query returns: every measured touchpoint judged, moments of truth first. */
export interface MomentsOfTruthResult {
  outcome: MomentsOfTruthSpec['outcome']['kind'];
  moments: MomentOfTruth[];
}

const num = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : Number(v ?? 0));

/** Reads the grouped rows (see compileMomentsOfTruth) into per-touchpoint strata (pure). */
export function readMomentRows(
  rows: readonly Record<string, unknown>[],
  indexes: readonly number[],
): Map<number, MomentCounts[]> {
  const out = new Map<number, MomentCounts[]>(indexes.map((i) => [i, []]));
  for (const r of rows) {
    if (r.mx === null || r.mx === undefined) continue;
    for (const i of indexes) {
      out.get(i)!.push({
        stratum: num(r.mx),
        persons: num(r.n),
        exposed: num(r[`e${i}`]),
        exposedOutcome: num(r[`eo${i}`]),
        unexposedOutcome: num(r[`uo${i}`]),
      });
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.stratum - b.stratum);
  return out;
}

/** Runs a moments-of-truth spec: an unknown map or persona is a spec error, as for journeys. */
export async function runMomentsOfTruth(
  store: Pick<Store, 'analytics' | 'maps'>,
  workspaceId: string,
  spec: MomentsOfTruthSpec,
  personas: PersonaRules,
): Promise<{ ok: true; result: MomentsOfTruthResult } | { ok: false; errors: FormattedIssue[] }> {
  const o = spec.outcome;
  const outcomeEvent = o.kind === 'retention' ? o.event?.event : o.event.event;
  // Touchpoints bound to the outcome's event are the outcome itself: meeting an order
  // touchpoint is converting. Left in, they would also mark their stage as reached by everyone
  // who converted, so a purchase-stage touchpoint (the cart) would be compared with people who
  // "reached the purchase stage" only by buying, and look harmful. They are planned without.
  const loaded = await loadJourneyPlan(
    store.maps,
    workspaceId,
    asJourneySpec(spec),
    personas,
    (tp) => outcomeEvent !== undefined && tp.event?.event === outcomeEvent,
  );
  if (!loaded.ok) return loaded;
  const { plan } = loaded;
  const opts = { outcome: o.kind, minPersons: spec.minPersons, ...(outcomeEvent ? { outcomeEvent } : {}) };
  if (plan.measured.length === 0) return { ok: true, result: { outcome: opts.outcome, moments: [] } };
  const { sql, params } = compileMomentsOfTruth(spec, plan, store.analytics.dialect, {
    workspaceId,
    personas: loaded.personas,
  });
  const rows = await store.analytics.all(sql, params);
  const counts = readMomentRows(
    rows,
    plan.measured.map((t) => t.index!),
  );
  return { ok: true, result: { outcome: opts.outcome, moments: judgeMoments(plan, counts, opts) } };
}
