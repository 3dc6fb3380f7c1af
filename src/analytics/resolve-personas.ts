import { z } from 'zod';
import { type FormattedIssue, formatIssuePath } from '../model/format-issue.ts';
import { PersonaSchema } from '../model/persona.ts';
import type { MapRepo } from '../store/store.ts';
import { type PersonaRules, personaKey } from './sql/compile-filter.ts';

interface PersonaRef {
  map: string;
  /** One persona (a filter), or undefined for every persona of the map (a breakdown). */
  persona: string | undefined;
  path: (string | number)[];
}

/** Every persona a spec's filters name, with where in the spec it is named. */
export function personaRefs(spec: unknown, path: (string | number)[] = []): PersonaRef[] {
  if (Array.isArray(spec)) return spec.flatMap((item, i) => personaRefs(item, [...path, i]));
  if (spec === null || typeof spec !== 'object') return [];
  const o = spec as Record<string, unknown>;
  if (o.on === 'persona' && typeof o.map === 'string') {
    if (o.value === undefined) return [{ map: o.map, persona: undefined, path: [...path, 'map'] }];
    const ids = Array.isArray(o.value) ? o.value : [o.value];
    return ids.map((id, i) => ({
      map: o.map as string,
      persona: String(id),
      path: Array.isArray(o.value) ? [...path, 'value', i] : [...path, 'value'],
    }));
  }
  return Object.entries(o).flatMap(([k, v]) => personaRefs(v, [...path, k]));
}

const MapPersonasSchema = z.object({ personas: z.array(PersonaSchema) });

/**
 * Looks up the segment rules of the personas a spec filters or breaks down on, from the
 * workspace's journey maps. A persona that does not exist, or has no segment rule (so no way to
 * tell its persons apart), is a spec error at the field that names it; a persona breakdown takes
 * every persona of its map that has a rule.
 */
export async function resolvePersonas(
  maps: Pick<MapRepo, 'get'>,
  workspaceId: string,
  spec: unknown,
): Promise<{ ok: true; personas: PersonaRules } | { ok: false; errors: FormattedIssue[] }> {
  const refs = personaRefs(spec);
  const personas = new Map<string, z.infer<typeof PersonaSchema>[] | null>();
  for (const mapId of new Set(refs.map((r) => r.map))) {
    const stored = await maps.get(workspaceId, mapId);
    const parsed = stored ? MapPersonasSchema.safeParse(stored.doc) : null;
    personas.set(mapId, parsed?.success ? parsed.data.personas : null);
  }
  const rules = new Map<string, NonNullable<z.infer<typeof PersonaSchema>['segment']>>();
  const errors: FormattedIssue[] = [];
  for (const ref of refs) {
    const list = personas.get(ref.map);
    const persona = list?.find((p) => p.id === ref.persona);
    const path = formatIssuePath(ref.path);
    if (!list) errors.push({ path, message: `No journey map "${ref.map}" in this workspace` });
    else if (ref.persona === undefined) {
      // A breakdown: every persona that has a rule, in the map's order (the first match wins).
      for (const p of list) if (p.segment) rules.set(personaKey(ref.map, p.id), p.segment);
    } else if (!persona) errors.push({ path, message: `No persona "${ref.persona}" in map "${ref.map}"` });
    else if (!persona.segment) {
      errors.push({
        path,
        message: `Persona "${ref.persona}" has no segment rule, so its persons cannot be told apart`,
      });
    } else rules.set(personaKey(ref.map, ref.persona), persona.segment);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, personas: rules };
}
