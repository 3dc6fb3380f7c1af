import { z } from 'zod';
import { IdSchema } from './id.ts';
import { LANES } from './lane-item.ts';
import { NameSchema } from './text.ts';

/**
 * The rows every map has, in the order journey maps are usually read: where the customer meets
 * the brand, then why they act, what they do, think and feel, where it hurts, what to do about it.
 */
export const BUILT_IN_ROWS = ['touchpoint', ...LANES] as const;
export const BuiltInRowSchema = z.enum(BUILT_IN_ROWS);
export type BuiltInRow = z.infer<typeof BuiltInRowSchema>;

/** A built-in row's place in the map's list, and whether it is hidden (its cards are kept). */
export const BuiltInLaneSchema = z.strictObject({
  lane: BuiltInRowSchema,
  hidden: z.boolean().optional(),
});
export type BuiltInLane = z.infer<typeof BuiltInLaneSchema>;

/** A lane the researcher named; its cards are `{ lane: 'custom', laneId: <id>, text }`. */
export const CustomLaneSchema = z.strictObject({
  lane: z.literal('custom'),
  id: IdSchema,
  name: NameSchema,
  hidden: z.boolean().optional(),
});
export type CustomLane = z.infer<typeof CustomLaneSchema>;

/** One row of a map's `lanes`: a built-in row or a custom lane. */
export const MapLaneSchema = z.discriminatedUnion('lane', [BuiltInLaneSchema, CustomLaneSchema]);
export type MapLane = z.infer<typeof MapLaneSchema>;

/** Identifies a row within a map: the built-in row's name, or `custom:<id>`. */
export type CustomLaneKey = `custom:${string}`;
export type LaneKey = BuiltInRow | CustomLaneKey;

/** The key of a lane: `laneKey({ lane: 'custom', id: 'x', name: 'Channels' })` → `'custom:x'`. */
export function laneKey(lane: MapLane): LaneKey {
  return lane.lane === 'custom' ? `custom:${lane.id}` : lane.lane;
}

/** The key of the row a card sits in: a custom card's lane, else its `lane`. */
export function itemLaneKey(item: { lane: string; laneId?: string }): LaneKey {
  return item.lane === 'custom' ? `custom:${item.laneId}` : (item.lane as BuiltInRow);
}

export function isCustomLaneKey(key: string): key is CustomLaneKey {
  return key.startsWith('custom:');
}

/** The lane id in a custom key: `customLaneId('custom:x')` → `'x'`. */
export function customLaneId(key: CustomLaneKey): string {
  return key.slice('custom:'.length);
}

/**
 * Every row of a map, top to bottom, hidden ones included: the map's `lanes` in their order,
 * then any built-in row the list leaves out, in the default order. A map without `lanes` (every
 * map made before lanes were editable) gets the default rows, all shown; a built-in lane added
 * to a later version of Journeylens shows up on older maps the same way.
 * Example: `mapLanes({ lanes: [{ lane: 'kpi' }] })[0]` → `{ lane: 'kpi' }`, then touchpoint, goal, ….
 */
export function mapLanes(map: { lanes?: readonly MapLane[] | undefined }): MapLane[] {
  const listed = map.lanes ?? [];
  const present = new Set(listed.map(laneKey));
  return [...listed, ...BUILT_IN_ROWS.filter((row) => !present.has(row)).map((lane) => ({ lane }))];
}
