import { z } from 'zod';
import { type IdGenerator, IdSchema, randomId } from './id.ts';
import { type JourneyMap, JourneyMapSchema } from './journey-map.ts';
import { NameSchema } from './text.ts';
import { TimestampSchema, toTimestamp } from './timestamp.ts';

/** Who saved a version. The name is copied in so history still reads well after the user is gone. */
export const VersionAuthorSchema = z.strictObject({ id: IdSchema, name: NameSchema });
export type VersionAuthor = z.infer<typeof VersionAuthorSchema>;

/** A saved state of a map, numbered 1, 2, … per map; never edited once written. */
export const MapVersionSchema = z
  .strictObject({
    id: IdSchema,
    mapId: IdSchema,
    number: z.int().min(1),
    author: VersionAuthorSchema,
    createdAt: TimestampSchema,
    message: z.string().max(2_000),
    map: JourneyMapSchema,
  })
  .superRefine((version, ctx) => {
    if (version.map.id !== version.mapId) {
      ctx.addIssue({
        code: 'custom',
        path: ['map', 'id'],
        message: `Snapshot is of map "${version.map.id}" but the version belongs to map "${version.mapId}"`,
      });
    }
  });
export type MapVersion = z.infer<typeof MapVersionSchema>;

export interface CreateMapVersionInput {
  map: JourneyMap;
  number: number;
  author: VersionAuthor;
  message?: string;
  now?: Date;
  idGenerator?: IdGenerator;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * Snapshots `map` as version `number`. The map is validated, copied and deep-frozen, so later
 * edits to the live map cannot reach the snapshot and any attempt to mutate it throws.
 * Throws a ZodError when the map or the input is invalid.
 * Example: `createMapVersion({ map, number: 1, author: { id: 'u1', name: 'Ola' }, message: 'First draft' })`.
 */
export function createMapVersion(input: CreateMapVersionInput): MapVersion {
  const version = MapVersionSchema.parse({
    id: (input.idGenerator ?? randomId)(),
    mapId: input.map.id,
    number: input.number,
    author: input.author,
    createdAt: toTimestamp(input.now ?? new Date()),
    message: input.message ?? '',
    map: structuredClone(input.map),
  });
  return deepFreeze(version);
}
