import { type IdGenerator, randomId } from './id.ts';
import { type JourneyMap, JourneyMapSchema, MAP_SCHEMA_VERSION, type MapKind } from './journey-map.ts';
import type { Locale } from './locale.ts';
import { listTemplates, type TemplateKey } from './templates.ts';
import { toTimestamp } from './timestamp.ts';

export interface CreateMapFromTemplateOptions {
  template: TemplateKey;
  locale: Locale;
  workspaceId: string;
  /** Defaults to the template's localised map name, e.g. "Mapa ścieżki klienta". */
  name?: string;
  /** Defaults to `current_state`: teams usually map what happens today first. */
  kind?: MapKind;
  /** Creation time; defaults to the current time. */
  now?: Date;
  /** Called once for the map id, then once per stage in order; defaults to random UUIDs. */
  idGenerator?: IdGenerator;
}

/**
 * A new map with the template's stages named and described in `locale`; each stage keeps its
 * `templateKey` so it can be re-translated later. Deterministic when `now` and `idGenerator` are
 * given. Throws a ZodError when `name` or `workspaceId` is invalid.
 * Example: `createMapFromTemplate({ template: 'five_a', locale: 'pl', workspaceId: 'ws1' }).stages[1].name === 'Atrakcyjność'`.
 */
export function createMapFromTemplate(options: CreateMapFromTemplateOptions): JourneyMap {
  const nextId = options.idGenerator ?? randomId;
  const template = listTemplates(options.locale).find((t) => t.key === options.template);
  if (template === undefined) throw new Error(`Unknown template "${options.template}"`);
  const createdAt = toTimestamp(options.now ?? new Date());
  const mapId = nextId();
  return JourneyMapSchema.parse({
    schemaVersion: MAP_SCHEMA_VERSION,
    id: mapId,
    workspaceId: options.workspaceId,
    name: options.name ?? template.mapName,
    kind: options.kind ?? 'current_state',
    locale: options.locale,
    personas: [],
    stages: template.stages.map((stage) => ({
      id: nextId(),
      name: stage.name,
      description: stage.description,
      templateKey: stage.templateKey,
    })),
    touchpoints: [],
    laneItems: [],
    createdAt,
    updatedAt: createdAt,
    revision: 1,
  });
}
