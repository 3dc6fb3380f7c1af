import type { FormattedIssue } from '../../model/format-issue.ts';
import type { Store } from '../../store/store.ts';
import { runFunnel } from '../funnel/run-funnel.ts';
import { convertedAfter, journeyPersonCtes } from '../journey/compile-journey.ts';
import { loadJourneyPlan } from '../journey/journey-plan.ts';
import { resolvePersonas } from '../resolve-personas.ts';
import { BoundParams } from '../sql/bound-params.ts';
import type { AudienceDefinition } from './audience-definition.ts';

/** Most persons one audience keeps (the first by person id); more is reported as `truncated`. */
export const MAX_AUDIENCE_MEMBERS = 100_000;

export type MembersOutcome =
  | { ok: true; members: string[]; truncated: boolean }
  | { ok: false; errors: FormattedIssue[] };

const prefixed = (errors: FormattedIssue[], prefix: string): FormattedIssue[] =>
  errors.map((e) => ({ path: e.path === '(root)' ? prefix : `${prefix}.${e.path}`, message: e.message }));

/**
 * The persons of a drop-off, now, sorted by person id (at most MAX_AUDIENCE_MEMBERS). Problems
 * of the definition that only the data can reveal (a map, persona or touchpoint that does not
 * exist, a touchpoint on the last stage) are errors at the field that names them.
 */
export async function findAudienceMembers(
  store: Pick<Store, 'analytics' | 'maps'>,
  workspaceId: string,
  definition: AudienceDefinition,
): Promise<MembersOutcome> {
  const resolved = await resolvePersonas(store.maps, workspaceId, definition.spec);
  if (!resolved.ok) return { ok: false, errors: prefixed(resolved.errors, 'definition.spec') };
  if (definition.source === 'funnel') {
    // Every group together, and every person: the query API's caps do not apply here.
    const { breakdown: _b, interval: _i, ...spec } = definition.spec;
    const result = await runFunnel(
      store.analytics,
      workspaceId,
      { ...spec, includePersons: true, personLimit: MAX_AUDIENCE_MEMBERS },
      resolved.personas,
    );
    const step = result.steps[definition.step];
    const members = step?.persons?.dropped ?? [];
    return { ok: true, members, truncated: (step?.dropOff ?? 0) > members.length };
  }
  const loaded = await loadJourneyPlan(store.maps, workspaceId, definition.spec, resolved.personas);
  if (!loaded.ok) return { ok: false, errors: prefixed(loaded.errors, 'definition.spec') };
  const { plan } = loaded;
  const fail = (message: string): MembersOutcome => ({
    ok: false,
    errors: [{ path: 'definition.touchpointId', message }],
  });
  const touchpoint = plan.touchpoints.find((t) => t.id === definition.touchpointId);
  if (!touchpoint) return fail(`No touchpoint "${definition.touchpointId}" in map "${plan.mapId}"`);
  if (touchpoint.index === null)
    return fail(`Touchpoint "${touchpoint.id}" has no event binding, so nobody can be seen there`);
  if (touchpoint.rank === plan.measuredStages) {
    return fail(
      `Touchpoint "${touchpoint.id}" is on the last measured stage: there is no later stage to drop off before`,
    );
  }
  const q = new BoundParams(store.analytics.dialect);
  const { ctes, bounds } = journeyPersonCtes(definition.spec, plan, q, {
    workspaceId,
    personas: loaded.personas,
  });
  const i = touchpoint.index;
  const converted = convertedAfter(q.dialect, bounds, `f${i}`, `n${i}`);
  const { sql, params } = q.query(`WITH ${ctes.join(',\n')}
SELECT person FROM ps
WHERE f${i} IS NOT NULL AND ${q.dialect.isNotTrue(converted)}
ORDER BY person`);
  const rows = await store.analytics.all(sql, params);
  const all = rows.map((r) => String(r.person));
  return {
    ok: true,
    members: all.slice(0, MAX_AUDIENCE_MEMBERS),
    truncated: all.length > MAX_AUDIENCE_MEMBERS,
  };
}
