import { ATTRIBUTION_MODELS, MARKOV_ORDERS } from '../../../src/analytics/attribution/attribute.ts';
import type { AttributionSpecInput } from '../../../src/analytics/spec/attribution-spec.ts';
import type { EventNameStat } from '../api/types.ts';

export { ATTRIBUTION_MODELS };
export type AttributionModelName = (typeof ATTRIBUTION_MODELS)[number];

/**
 * What a touch is: the event's channel, its name, a property's value, a campaign (UTM) field, or
 * a map's touchpoint.
 */
export const TOUCH_KINDS = ['channel', 'event', 'property', 'campaign', 'touchpoint'] as const;
/** The UTM fields a campaign touch can be (context.campaign.source, …). */
export const CAMPAIGN_FIELDS = ['source', 'medium', 'name', 'term', 'content'] as const;
export type CampaignField = (typeof CAMPAIGN_FIELDS)[number];
export type TouchKind = (typeof TOUCH_KINDS)[number];

export const LOOKBACK_UNITS = ['hour', 'day', 'week'] as const;
export type LookbackUnit = (typeof LOOKBACK_UNITS)[number];

export const MARKOV_ORDER_CHOICES = Array.from(
  { length: MARKOV_ORDERS.max - MARKOV_ORDERS.min + 1 },
  (_, i) => MARKOV_ORDERS.min + i,
);

/** Bootstrap iterations when intervals are on: the API's default (README, Attribution). */
export const BOOTSTRAP_ITERATIONS = 100;

/** What the attribution form holds; '' means "not chosen". */
export interface AttributionForm {
  conversion: string;
  touch: TouchKind;
  /** The property whose value names the touch (touch = property), e.g. utm_source. */
  touchProperty: string;
  /** The UTM field (touch = campaign). */
  campaignField: CampaignField;
  /** The map whose touchpoints are the touches (touch = touchpoint). */
  mapId: string;
  lookbackValue: number;
  lookbackUnit: LookbackUnit;
  /** The conversion's property holding its value; '' = the API's default (revenue, then total). */
  valueProperty: string;
  models: AttributionModelName[];
  order: number;
  bootstrap: boolean;
}

/** The purchase event of Segment's e-commerce spec, which the demo and most shops send. */
const PREFERRED_CONVERSION = 'Order Completed';

/**
 * A fresh form: conversions are `Order Completed` when the workspace records it (else its
 * commonest event), touches are channels over 30 days, the value is `revenue` when the
 * conversion event carries it, and every model is compared with bootstrap intervals.
 */
export function initialAttributionForm(events: readonly EventNameStat[]): AttributionForm {
  const conversion = events.find((e) => e.event === PREFERRED_CONVERSION) ?? events[0];
  const properties = conversion?.properties ?? [];
  return {
    conversion: conversion?.event ?? '',
    touch: 'channel',
    touchProperty: '',
    campaignField: 'source',
    mapId: '',
    lookbackValue: 30,
    lookbackUnit: 'day',
    valueProperty: properties.includes('revenue') ? 'revenue' : '',
    models: [...ATTRIBUTION_MODELS],
    order: 1,
    bootstrap: true,
  };
}

/** Why the form cannot run yet, as keys under `attribution.problems`. */
export type AttributionProblem =
  | 'conversionMissing'
  | 'propertyMissing'
  | 'mapMissing'
  | 'lookbackInvalid'
  | 'modelsMissing';

/** Lookback limit of the spec (ConversionWindowSchema: at most 366 days). */
const MAX_LOOKBACK_HOURS = 366 * 24;
const HOURS_PER: Record<LookbackUnit, number> = { hour: 1, day: 24, week: 168 };

/**
 * The query spec of a form (POST /api/v1/query, type attribution), or what is wrong with it.
 * Example: `{ conversion: 'Order Completed', touch: 'property', touchProperty: 'utm_source',
 * lookbackValue: 7, lookbackUnit: 'day', models: ['markov'], order: 2, bootstrap: false, … }` →
 * `{ type: 'attribution', conversion: { event: 'Order Completed' }, touch: { by: 'property', name:
 * 'utm_source' }, lookback: { value: 7, unit: 'day' }, models: ['markov'], order: 2, bootstrap:
 * { iterations: 0 } }`.
 */
export function buildAttributionSpec(
  form: AttributionForm,
): { ok: true; spec: AttributionSpecInput } | { ok: false; problems: AttributionProblem[] } {
  const problems: AttributionProblem[] = [];
  const conversion = form.conversion.trim();
  const touchProperty = form.touchProperty.trim();
  if (conversion === '') problems.push('conversionMissing');
  if (form.touch === 'property' && touchProperty === '') problems.push('propertyMissing');
  if (form.touch === 'touchpoint' && form.mapId === '') problems.push('mapMissing');
  const lookback = form.lookbackValue;
  if (
    !Number.isInteger(lookback) ||
    lookback < 1 ||
    lookback * HOURS_PER[form.lookbackUnit] > MAX_LOOKBACK_HOURS
  ) {
    problems.push('lookbackInvalid');
  }
  if (form.models.length === 0) problems.push('modelsMissing');
  if (problems.length > 0) return { ok: false, problems };

  // Models in the API's order, whatever order the boxes were ticked in.
  const models = ATTRIBUTION_MODELS.filter((m) => form.models.includes(m));
  const spec: AttributionSpecInput = {
    type: 'attribution',
    conversion: { event: conversion },
    touch:
      form.touch === 'property'
        ? { by: 'property', name: touchProperty }
        : form.touch === 'touchpoint'
          ? { by: 'touchpoint', mapId: form.mapId }
          : form.touch === 'campaign'
            ? { by: 'campaign', field: form.campaignField }
            : { by: form.touch },
    lookback: { value: lookback, unit: form.lookbackUnit },
    models,
  };
  if (form.valueProperty.trim() !== '') spec.valueProperties = [form.valueProperty.trim()];
  if (models.includes('markov')) spec.order = form.order;
  if (models.includes('markov') || models.includes('shapley')) {
    spec.bootstrap = { iterations: form.bootstrap ? BOOTSTRAP_ITERATIONS : 0 };
  }
  return { ok: true, spec };
}

/**
 * Property names seen on the workspace's events, for the touch-property picker: the usual
 * campaign properties first when present, then the rest in alphabetical order.
 * Example: events with `['utm_source', 'path']` and `['price']` → `['utm_source', 'path', 'price']`.
 */
export function touchPropertyChoices(events: readonly EventNameStat[]): string[] {
  const all = new Set(events.flatMap((e) => e.properties));
  const campaign = ['utm_source', 'utm_medium', 'utm_campaign'].filter((p) => all.has(p));
  const rest = [...all].filter((p) => !campaign.includes(p)).sort((a, b) => a.localeCompare(b));
  return [...campaign, ...rest];
}
