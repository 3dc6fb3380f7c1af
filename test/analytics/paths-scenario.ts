import type { PathsSpecInput } from '../../src/analytics/spec/paths-spec.ts';
import { MINUTE, type ScenarioEvent, track } from './scenario-events.ts';

/** An edge as the scenarios write it: from `from` at `step` to `to` at step + 1. */
export interface EdgeExpectation {
  step: number;
  from: string;
  to: string;
  count: number;
}

/** Expected paths numbers, worked out by hand from the scenario's events. */
export interface PathsExpectation {
  /** Persons (sessions, with `sessions`) that have a path. */
  total: number;
  /** Every listed path in result order; share defaults to count ÷ total. */
  paths: { nodes: string[]; count: number }[];
  /** Every edge in result order (by step, most common first, ties by names). */
  edges: EdgeExpectation[];
}

/**
 * One row of the paths conformance table: events → spec → expected result. Engine-agnostic:
 * every store's runner plays the same rows; a runner that cannot do one lists it with a reason.
 */
export interface PathsScenario {
  name: string;
  /** Why the expected numbers are what they are, in words. */
  why: string;
  events: ScenarioEvent[];
  /** Journey maps to store before the query (touchpoint and stage paths): id and document. */
  maps?: { id: string; doc: unknown }[];
  spec: PathsSpecInput;
  expect: PathsExpectation;
}

/** A page view: `path` goes into properties (as analytics.js sends it), `name` is the page's name. */
export function page(
  who: string,
  seconds: number,
  opts: { path?: string; name?: string; properties?: Record<string, unknown> } = {},
): ScenarioEvent {
  const ids = who.startsWith('anon:') ? { anonymousId: who.slice(5) } : { userId: who };
  const properties = { ...(opts.path ? { path: opts.path } : {}), ...opts.properties };
  return {
    at: seconds,
    message: {
      type: 'page',
      ...ids,
      ...(opts.name ? { name: opts.name } : {}),
      ...(Object.keys(properties).length > 0 ? { properties } : {}),
    },
  };
}

/** `who` tracks `events` one minute apart, the first at `from` seconds: `walk('ann', ['A', 'B'])`. */
export function walk(who: string, events: string[], from = 0): ScenarioEvent[] {
  return events.map((e, i) => track(who, from + i * MINUTE, e));
}
