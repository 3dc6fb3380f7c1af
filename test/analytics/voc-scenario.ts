import type { VocSpecInput } from '../../src/analytics/spec/voc-spec.ts';
import type { FormattedIssue } from '../../src/model/format-issue.ts';
import type { ScenarioEvent } from './scenario-events.ts';

/**
 * One row of the voice-of-customer conformance table: maps and events → spec → the parts of the
 * result worked out by hand. `result` is compared partially: objects on the keys given, lists
 * element by element (same length), numbers to 6 decimals. A scenario about a bad spec gives
 * `errors` instead.
 */
export interface VocScenario {
  name: string;
  /** Why the expected numbers are what they are, in words. */
  why: string;
  maps?: { id: string; doc: unknown }[];
  events: ScenarioEvent[];
  spec: VocSpecInput;
  expect: { result?: unknown; errors?: FormattedIssue[] };
}

/** A `track` call with a Segment context of its own (a locale, a channel). */
export function trackWith(
  who: string,
  at: number,
  event: string,
  properties: Record<string, unknown>,
  context: Record<string, unknown>,
): ScenarioEvent {
  return { at, message: { type: 'track', event, userId: who, properties, context } };
}
