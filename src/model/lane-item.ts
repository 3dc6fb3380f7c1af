import { z } from 'zod';
import { EventBindingSchema } from './event-binding.ts';
import { IdSchema } from './id.ts';
import { DescriptionSchema, NameSchema, TextSchema } from './text.ts';

/**
 * The built-in lanes of a journey map, top to bottom, as they are usually drawn. A map may
 * reorder or hide them and add lanes of its own (`lanes` of the map, see map-lanes.ts).
 */
export const LANES = [
  'goal',
  'action',
  'expectation',
  'emotion',
  'pain_point',
  'moment_of_truth',
  'opportunity',
  'desired_action',
  'completed_action',
  'kpi',
] as const;
export const LaneSchema = z.enum(LANES);
export type Lane = z.infer<typeof LaneSchema>;

/**
 * Pain-point severity as words, not 1..3: the words read the same in JSON, in the UI and in every
 * language, and `SEVERITY_RANK` gives the order when pain points are sorted or scored.
 */
export const SeveritySchema = z.enum(['low', 'medium', 'high']);
export type Severity = z.infer<typeof SeveritySchema>;
export const SEVERITY_RANK = { low: 1, medium: 2, high: 3 } as const satisfies Record<Severity, number>;

/** Emotion as judged by the researcher: -2 (very negative) … 0 (neutral) … +2 (very positive). */
export const EmotionScoreSchema = z.int('Emotion score must be a whole number').min(-2).max(2);

// Every card sits in one stage; `touchpointId` optionally pins it to a touchpoint of that stage,
// so KPIs and pain points can be reported per touchpoint as well as per stage.
const placement = {
  stageId: IdSchema,
  touchpointId: IdSchema.optional(),
};

const textCard = <L extends Lane>(lane: L) =>
  z.strictObject({ id: IdSchema, lane: z.literal(lane), ...placement, text: TextSchema });

/** Why the customer acts at this step: goals and needs. */
export const GoalItemSchema = textCard('goal');
/** What the customer does. */
export const ActionItemSchema = textCard('action');
/** What the customer thinks and expects (fast contact, easy payment). */
export const ExpectationItemSchema = textCard('expectation');
/** Where the brand's image shifts for better or worse. */
export const MomentOfTruthItemSchema = textCard('moment_of_truth');
/** Where to improve or add value. */
export const OpportunityItemSchema = textCard('opportunity');

/** How the customer feels; `text` says why. Measured sentiment is drawn beside it, not stored here. */
export const EmotionItemSchema = z.strictObject({
  id: IdSchema,
  lane: z.literal('emotion'),
  ...placement,
  score: EmotionScoreSchema,
  text: TextSchema.optional(),
});

/** Where customers struggle, and how badly. */
export const PainPointItemSchema = z.strictObject({
  id: IdSchema,
  lane: z.literal('pain_point'),
  ...placement,
  text: TextSchema,
  severity: SeveritySchema,
});

// Desired vs completed actions: bound to events, the platform computes conversion between them.
const actionCard = <L extends 'desired_action' | 'completed_action'>(lane: L) =>
  z.strictObject({
    id: IdSchema,
    lane: z.literal(lane),
    ...placement,
    text: TextSchema,
    event: EventBindingSchema.optional(),
  });

/** What we want the customer to do here. */
export const DesiredActionItemSchema = actionCard('desired_action');
/** What the customer actually did. */
export const CompletedActionItemSchema = actionCard('completed_action');

/** A measure for the stage (or touchpoint): e.g. `Cart abandonment`, target `60`, unit `%`. */
export const KpiItemSchema = z.strictObject({
  id: IdSchema,
  lane: z.literal('kpi'),
  ...placement,
  name: NameSchema,
  definition: DescriptionSchema,
  target: z.union([z.number(), NameSchema]).optional(),
  unit: z.string().min(1).max(32).optional(),
});

/**
 * A note in a lane the researcher added to the map (`lanes` of the map names it by `laneId`),
 * e.g. "Channels we use" or "Backstage processes".
 */
export const CustomItemSchema = z.strictObject({
  id: IdSchema,
  lane: z.literal('custom'),
  laneId: IdSchema,
  ...placement,
  text: TextSchema,
});

/**
 * Any card on the map; `lane` says which row it sits in and which fields it has (a custom card's
 * row is its `laneId`).
 */
export const LaneItemSchema = z.discriminatedUnion('lane', [
  GoalItemSchema,
  ActionItemSchema,
  ExpectationItemSchema,
  EmotionItemSchema,
  PainPointItemSchema,
  MomentOfTruthItemSchema,
  OpportunityItemSchema,
  DesiredActionItemSchema,
  CompletedActionItemSchema,
  KpiItemSchema,
  CustomItemSchema,
]);
export type LaneItem = z.infer<typeof LaneItemSchema>;

/** The card type of one lane: `LaneItemOf<'kpi'>` has `name`, `definition`, `target`, `unit`. */
export type LaneItemOf<L extends Lane | 'custom'> = Extract<LaneItem, { lane: L }>;
