import type { TimeRange } from '../../../src/analytics/spec/time-range.ts';

/**
 * What the journey-insight forms share: the map, whose persons ('' = everyone) and an optional
 * period as two calendar dates (`YYYY-MM-DD`, both inclusive, '' when not set).
 */
export interface InsightScopeForm {
  mapId: string;
  persona: string;
  from: string;
  to: string;
}

/** Why a scope cannot be asked yet; each has a sentence under `insights.problems`. */
export type ScopeProblem = 'noMap' | 'rangeIncomplete' | 'rangeOrder' | 'badDate';

/** The scope as a spec takes it: `range` and `persona` only when set. */
export interface InsightScope {
  mapId: string;
  persona?: string;
  range?: TimeRange;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const dayStart = (date: string): number | null => {
  if (!DATE.test(date)) return null;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? null : ms;
};

const DAY_MS = 86_400_000;

/**
 * The spec part of the form, or what is wrong with it. The dates are whole UTC days and `to` is
 * inclusive, so the range ends at the start of the day after it (a spec's `to` is exclusive).
 * Example: `{ mapId: 'm', persona: '', from: '2026-03-01', to: '2026-03-31' }` →
 * `{ mapId: 'm', range: { from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' } }`.
 */
export function insightScope(
  form: InsightScopeForm,
): { ok: true; scope: InsightScope } | { ok: false; problems: ScopeProblem[] } {
  const problems: ScopeProblem[] = [];
  if (form.mapId === '') problems.push('noMap');
  const from = form.from.trim();
  const to = form.to.trim();
  let range: TimeRange | undefined;
  if (from !== '' || to !== '') {
    const start = from === '' ? null : dayStart(from);
    const end = to === '' ? null : dayStart(to);
    if (from === '' || to === '') problems.push('rangeIncomplete');
    else if (start === null || end === null) problems.push('badDate');
    else if (end < start) problems.push('rangeOrder');
    else range = { from: new Date(start).toISOString(), to: new Date(end + DAY_MS).toISOString() };
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    scope: {
      mapId: form.mapId,
      ...(form.persona === '' ? {} : { persona: form.persona }),
      ...(range ? { range } : {}),
    },
  };
}
