import { z } from 'zod';
import { IdSchema } from './id.ts';
import { LaneItemSchema } from './lane-item.ts';
import { LocaleSchema } from './locale.ts';
import { MapLaneSchema } from './map-lanes.ts';
import { findReferenceIssues } from './map-references.ts';
import { PersonaSchema } from './persona.ts';
import { StageSchema } from './stage.ts';
import { DescriptionSchema, NameSchema } from './text.ts';
import { TimestampSchema } from './timestamp.ts';
import { TouchpointSchema } from './touchpoint.ts';

/**
 * Version of the map's JSON shape. Bump it on any change an older reader would reject or misread,
 * and add a migration from the previous version to importMapJson.
 */
export const MAP_SCHEMA_VERSION = 1;

/** Mapping today's experience, or the one we want to build. */
export const MapKindSchema = z.enum(['current_state', 'future_state']);
export type MapKind = z.infer<typeof MapKindSchema>;

/**
 * A whole journey map. Personas are embedded, not referenced, so an exported map or a version
 * snapshot is self-contained. Strict objects everywhere: an unknown field (often a typo) is an
 * error, not silently dropped. Schemas never transform values, so parsing a valid map returns
 * an equal map.
 */
export const JourneyMapSchema = z
  .strictObject({
    schemaVersion: z.literal(
      MAP_SCHEMA_VERSION,
      `Unsupported schema version: expected ${MAP_SCHEMA_VERSION}`,
    ),
    id: IdSchema,
    workspaceId: IdSchema,
    name: NameSchema,
    description: DescriptionSchema.optional(),
    kind: MapKindSchema,
    // For a future-state map: the current-state map of the same journey it was drawn from, so the
    // two can be shown side by side. May name a map that no longer exists (deleted, or the file
    // imported into another workspace): readers treat that as "not linked".
    currentStateMapId: IdSchema.optional(),
    locale: LocaleSchema,
    // Caps bound the work of validating and rendering one map; far above any hand-made map.
    personas: z.array(PersonaSchema).max(100),
    stages: z.array(StageSchema).max(100),
    touchpoints: z.array(TouchpointSchema).max(5_000),
    // The rows' order and visibility, with the researcher's own lanes. Absent (every map made
    // before lanes were editable): the default rows, all shown — see mapLanes.
    lanes: z.array(MapLaneSchema).max(100).optional(),
    laneItems: z.array(LaneItemSchema).max(20_000),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    // Incremented on every save; a save naming an older revision is a conflicting edit.
    revision: z.int().min(1),
  })
  .superRefine((map, ctx) => {
    for (const issue of findReferenceIssues(map)) {
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }
  });

export type JourneyMap = z.infer<typeof JourneyMapSchema>;
