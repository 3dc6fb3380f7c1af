import type { AudienceDefinitionInput } from '../api/audience-api.ts';

/** What a funnel step is called: its label, else its event name. */
const stepName = (step: { event: string; label?: string | undefined }) => step.label ?? step.event;

/** Names of a map's touchpoints and of the map, for saying a touchpoint audience in words. */
export interface MapNames {
  map: string;
  touchpoints: ReadonlyMap<string, string>;
  personas?: ReadonlyMap<string, string>;
}

/**
 * An audience's definition as the values of its sentence: `audiences.definition.funnel` (the
 * step, 1-based as the funnel table numbers it, and the funnel's steps) or
 * `audiences.definition.touchpoint` (the touchpoint and its map, names from `maps` when known,
 * else the ids), and the persona(s) the journey spec narrows to, if any.
 * Example: funnel steps Viewed → Cart → Order, step 2 → `{ key: 'funnel', n: 3, step: 'Order',
 * steps: 'Viewed → Cart → Order' }`.
 */
export function definitionWords(
  definition: AudienceDefinitionInput,
  maps: ReadonlyMap<string, MapNames>,
):
  | { key: 'funnel'; n: number; step: string; steps: string }
  | { key: 'touchpoint'; touchpoint: string; map: string; persona: string | null } {
  if (definition.source === 'funnel') {
    const steps = definition.spec.steps;
    return {
      key: 'funnel',
      n: definition.step + 1,
      step: steps[definition.step] ? stepName(steps[definition.step]!) : String(definition.step + 1),
      steps: steps.map(stepName).join(' → '),
    };
  }
  const names = maps.get(definition.spec.mapId);
  const persona = definition.spec.persona;
  return {
    key: 'touchpoint',
    touchpoint: names?.touchpoints.get(definition.touchpointId) ?? definition.touchpointId,
    map: names?.map ?? definition.spec.mapId,
    persona:
      persona === undefined
        ? null
        : (Array.isArray(persona) ? persona : [persona]).map((p) => names?.personas?.get(p) ?? p).join(', '),
  };
}

/** The maps a list of audiences' touchpoint definitions refer to, each once, in first-seen order. */
export function referencedMaps(definitions: readonly AudienceDefinitionInput[]): string[] {
  const ids = definitions.flatMap((d) => (d.source === 'touchpoint' ? [d.spec.mapId] : []));
  return [...new Set(ids)];
}
