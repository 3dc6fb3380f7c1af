import type { Channel } from '../model/channel.ts';

/** The five stages of the default journey-map template, in order. */
export type DemoStage = 'awareness' | 'consideration' | 'purchase' | 'retention' | 'advocacy';

/** Context fields the demo fills in; Segment SDKs send these under the same names. */
export interface SegmentContext {
  /** Set only where the source system knows the channel (store till, ESP, call-centre CRM, app SDK). */
  channel?: Channel;
  campaign?: { source: string; medium: string; name: string };
  page?: { path: string; url: string; referrer: string; title?: string };
  userAgent?: string;
  locale?: string;
  device?: { type: string };
}

/**
 * One item of a Segment `/v1/batch` request, exactly as an SDK would send it. Defined here rather
 * than imported from ingest so the demo stays a plain producer of wire-format JSON: if it ever
 * drifts from what ingest accepts, the ingest validation (not the type checker) must catch it.
 * https://segment.com/docs/connections/spec/common/
 */
export interface SegmentMessage {
  type: 'track' | 'page' | 'screen' | 'identify' | 'alias';
  messageId: string;
  timestamp: string;
  userId?: string;
  anonymousId?: string;
  event?: string;
  name?: string;
  properties?: Record<string, unknown>;
  traits?: Record<string, unknown>;
  context?: SegmentContext;
  previousId?: string;
}

/** A `[value, weight]` list for `Rng.weighted`; weights need not sum to 1. */
export type Weighted<T> = readonly (readonly [T, number])[];

/** Weights by name for `Rng.weightedKey`; a missing name has weight 0. */
export type Weights<K extends string> = Readonly<Partial<Record<K, number>>>;
