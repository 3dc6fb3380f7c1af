import { z } from 'zod';
import type { EventBinding } from '../../model/event-binding.ts';
import type { FormattedIssue } from '../../model/format-issue.ts';
import { PersonaSchema } from '../../model/persona.ts';
import { StageSchema } from '../../model/stage.ts';
import { TouchpointSchema } from '../../model/touchpoint.ts';
import type { MapRepo } from '../../store/store.ts';
import { type JourneySpec, specPersonas } from '../spec/journey-spec.ts';
import { type PersonaRules, personaKey } from '../sql/compile-filter.ts';

/**
 * Most bound touchpoints one query measures: each adds a flag and a few aggregates to the SQL.
 * Hand-made maps bind a few dozen; a map over this is better measured a part at a time.
 */
export const MAX_MEASURED_TOUCHPOINTS = 200;

export interface PlannedStage {
  id: string;
  name: string;
  /** Position among the measured stages (1 = first), or null when no touchpoint of it is bound. */
  rank: number | null;
}

export interface PlannedTouchpoint {
  id: string;
  stageId: string;
  name: string;
  /** Position among the measured touchpoints (1-based, map order): names its SQL columns. */
  index: number | null;
  /** Its stage's rank; null when the touchpoint is not measured. */
  rank: number | null;
  binding: EventBinding | null;
}

/**
 * What a journey query measures, read from a map: stages in the map's order, each measured
 * stage ranked among the measured ones, and touchpoints numbered in the map's order. Ranks skip
 * stages nothing can be observed in, so a move across such a stage is "forward", not "skipped".
 */
export interface JourneyPlan {
  mapId: string;
  stages: PlannedStage[];
  touchpoints: PlannedTouchpoint[];
  /** The measured touchpoints, by index. */
  measured: PlannedTouchpoint[];
  /** How many stages are measured (the highest rank). */
  measuredStages: number;
}

/** The parts of a stored map a journey query reads; the rest of the document may be anything. */
const MapPartsSchema = z.object({
  stages: z.array(StageSchema).max(100),
  touchpoints: z.array(TouchpointSchema).max(5_000),
  personas: z.array(PersonaSchema).max(100).default([]),
});
type MapParts = z.infer<typeof MapPartsSchema>;

type PlanOutcome =
  | { ok: true; plan: JourneyPlan; personas: PersonaRules }
  | { ok: false; errors: FormattedIssue[] };

/**
 * Loads the spec's map and plans the query: an unknown map, an unreadable one, a persona the map
 * does not have (or one without a segment rule) are spec errors at the field that names them.
 * The returned persona rules are `rules` plus those of the spec's `persona`, keyed for
 * `compileWhere` (see `journeyWhere`).
 */
export async function loadJourneyPlan(
  maps: Pick<MapRepo, 'get'>,
  workspaceId: string,
  spec: Pick<JourneySpec, 'mapId' | 'persona'>,
  rules: PersonaRules,
  /** Touchpoints to plan without, as if the map did not have them. */
  leaveOut: (touchpoint: MapParts['touchpoints'][number]) => boolean = () => false,
): Promise<PlanOutcome> {
  const fail = (path: string, message: string) => ({ ok: false as const, errors: [{ path, message }] });
  const stored = await maps.get(workspaceId, spec.mapId);
  if (!stored) return fail('mapId', `No journey map "${spec.mapId}" in this workspace`);
  const parsed = MapPartsSchema.safeParse(stored.doc);
  if (!parsed.success) {
    return fail('mapId', `Journey map "${spec.mapId}" has no readable stages and touchpoints`);
  }
  const planned = planJourney(spec.mapId, {
    ...parsed.data,
    touchpoints: parsed.data.touchpoints.filter((tp) => !leaveOut(tp)),
  });
  if (!planned.ok) return planned;
  const personas = new Map(rules);
  const errors: FormattedIssue[] = [];
  const ids = specPersonas(spec);
  ids.forEach((id, i) => {
    const path = typeof spec.persona === 'string' ? 'persona' : `persona[${i}]`;
    const persona = parsed.data.personas.find((p) => p.id === id);
    if (!persona) errors.push({ path, message: `No persona "${id}" in map "${spec.mapId}"` });
    else if (!persona.segment) {
      errors.push({
        path,
        message: `Persona "${id}" has no segment rule, so its persons cannot be told apart`,
      });
    } else personas.set(personaKey(spec.mapId, id), persona.segment);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, plan: planned.plan, personas };
}

/**
 * Ranks the stages and numbers the touchpoints of a map (pure). A touchpoint on a stage the map
 * does not have makes the map unreadable; too many bound touchpoints is an error too.
 * Example: stages [A, B, C] with bound touchpoints on A and C only → ranks A 1, B null, C 2.
 */
export function planJourney(
  mapId: string,
  map: Pick<MapParts, 'stages' | 'touchpoints'>,
): { ok: true; plan: JourneyPlan } | { ok: false; errors: FormattedIssue[] } {
  const stageIds = new Set(map.stages.map((s) => s.id));
  const stray = map.touchpoints.find((t) => !stageIds.has(t.stageId));
  if (stray) {
    return {
      ok: false,
      errors: [
        {
          path: 'mapId',
          message: `Journey map "${mapId}" has touchpoint "${stray.id}" on a stage it does not have ("${stray.stageId}")`,
        },
      ],
    };
  }
  const bound = map.touchpoints.filter((t) => t.event !== undefined);
  if (bound.length > MAX_MEASURED_TOUCHPOINTS) {
    return {
      ok: false,
      errors: [
        {
          path: 'mapId',
          message: `Journey map "${mapId}" binds ${bound.length} touchpoints to events; one query measures at most ${MAX_MEASURED_TOUCHPOINTS}`,
        },
      ],
    };
  }
  const measuredStageIds = new Set(bound.map((t) => t.stageId));
  let rank = 0;
  const stages = map.stages.map(
    (s): PlannedStage => ({ id: s.id, name: s.name, rank: measuredStageIds.has(s.id) ? ++rank : null }),
  );
  const rankOf = new Map(stages.map((s) => [s.id, s.rank]));
  let index = 0;
  const touchpoints = map.touchpoints.map(
    (t): PlannedTouchpoint => ({
      id: t.id,
      stageId: t.stageId,
      name: t.name,
      index: t.event ? ++index : null,
      rank: t.event ? (rankOf.get(t.stageId) ?? null) : null,
      binding: t.event ?? null,
    }),
  );
  return {
    ok: true,
    plan: {
      mapId,
      stages,
      touchpoints,
      measured: touchpoints.filter((t) => t.index !== null),
      measuredStages: rank,
    },
  };
}
