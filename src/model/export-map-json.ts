import { formatIssues } from './format-issue.ts';
import { type JourneyMap, JourneyMapSchema } from './journey-map.ts';

// Object keys come out in schema order because zod builds its output field by field from the
// schema. The only free-form keys (persona `demographics.extra`) are sorted here, so two equal
// maps always give the same text whatever order their keys were added in.
function sortExtraKeys(map: JourneyMap): JourneyMap {
  return {
    ...map,
    personas: map.personas.map((persona) => {
      const extra = persona.demographics.extra;
      if (extra === undefined) return persona;
      const sorted = Object.fromEntries(
        Object.entries(extra).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
      return { ...persona, demographics: { ...persona.demographics, extra: sorted } };
    }),
  };
}

/**
 * The map as stable, pretty-printed JSON (two-space indent, trailing newline) including its
 * `schemaVersion`; `importMapJson` reads it back to an equal map. Throws if the map is invalid,
 * because a file that cannot be imported again is worse than no file.
 * Example: `writeFileSync('map.json', exportMapJson(map))`.
 */
export function exportMapJson(map: JourneyMap): string {
  const parsed = JourneyMapSchema.safeParse(map);
  if (!parsed.success) {
    const first = formatIssues(parsed.error.issues)[0];
    throw new Error(
      `Cannot export an invalid map: ${first ? `${first.path}: ${first.message}` : 'unknown error'}`,
    );
  }
  return `${JSON.stringify(sortExtraKeys(parsed.data), null, 2)}\n`;
}
