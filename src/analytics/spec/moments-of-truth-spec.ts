import { z } from 'zod';
import { EventMatchSchema } from './event-match.ts';
import { ConversionWindowSchema } from './funnel-spec.ts';
import { journeyScopeShape, ORDER_COMPLETED } from './journey-scope.ts';

/**
 * The later outcome a moment of truth changes, counted after the moment (see momentsOfTruth):
 * - `conversion`: an `event` (default "Order Completed");
 * - `repeat_purchase`: two or more `event`s;
 * - `retention`: an `event` (default: any event) at least `after` (default 28 days) later.
 * `within`: only outcome events this long after the moment count (default: any time later).
 */
export const OutcomeSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('conversion'),
      event: EventMatchSchema.default(ORDER_COMPLETED),
      within: ConversionWindowSchema.optional(),
    }),
    z.strictObject({
      kind: z.literal('repeat_purchase'),
      event: EventMatchSchema.default(ORDER_COMPLETED),
      within: ConversionWindowSchema.optional(),
    }),
    z.strictObject({
      kind: z.literal('retention'),
      event: EventMatchSchema.optional(),
      after: ConversionWindowSchema.default({ value: 28, unit: 'day' }),
      within: ConversionWindowSchema.optional(),
    }),
  ],
  { error: 'Must be one of: conversion, repeat_purchase, retention' },
);
export type Outcome = z.infer<typeof OutcomeSchema>;

/**
 * Touchpoints of a journey map whose occurrence most changes a later outcome: the outcome rate
 * of persons who met the touchpoint minus that of persons who did not, with a 95% confidence
 * interval, compared only among persons who reached the touchpoint's stage and stratified by the
 * furthest stage they reached (insights/moments-of-truth.ts says why).
 *
 * ```json
 * { "type": "momentsOfTruth", "mapId": "map-shop",
 *   "outcome": { "kind": "conversion", "event": { "event": "Order Completed" } },
 *   "range": { "from": "2026-03-01T00:00:00Z", "to": "2026-04-01T00:00:00Z" }, "minPersons": 30 }
 * ```
 */
export const MomentsOfTruthSpecSchema = z.strictObject({
  type: z.literal('momentsOfTruth'),
  ...journeyScopeShape,
  outcome: OutcomeSchema.default({ kind: 'conversion', event: ORDER_COMPLETED }),
  /** Fewest persons in each group (with, without) for a touchpoint to be judged. */
  minPersons: z.int('Must be a whole number').min(1, 'Must be at least 1').max(1_000_000).default(10),
});
export type MomentsOfTruthSpec = z.infer<typeof MomentsOfTruthSpecSchema>;
export type MomentsOfTruthSpecInput = z.input<typeof MomentsOfTruthSpecSchema>;
