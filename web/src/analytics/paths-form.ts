import type { PathsSpecInput } from '../../../src/analytics/spec/paths-spec.ts';

/** What a node of a path names: the event, or the page (path) of page views. */
export const PATH_BY = ['event', 'page'] as const;
export type PathBy = (typeof PATH_BY)[number];

/** Where paths are anchored: anywhere, after a start event, or leading to an end event. */
export const PATH_ANCHORS = ['none', 'start', 'end'] as const;
export type PathAnchorKind = (typeof PATH_ANCHORS)[number];

/** What the paths form holds; `event` is the anchor's event name, '' when not chosen yet. */
export interface PathsForm {
  by: PathBy;
  anchor: PathAnchorKind;
  event: string;
  steps: number;
  collapse: boolean;
}

/**
 * 2..8 nodes per path: the API allows 20, but a Sankey wider than eight columns no longer fits a
 * screen with readable labels.
 */
export const MIN_PATH_STEPS = 2;
export const MAX_PATH_STEPS = 8;
/** Most common full paths listed in the table (the API's default). */
export const PATH_LIMIT = 20;
/** Beyond this many nodes a step's rarer nodes are one "other" box, so a column stays legible. */
export const MAX_NODES_PER_STEP = 10;

/**
 * A fresh form: paths by event from the first recorded event, 5 steps (the API's default),
 * repeats collapsed (PostHog always collapses them).
 * Example: `initialPathsForm(['Ad Clicked']).event` → `'Ad Clicked'`.
 */
export function initialPathsForm(eventNames: string[]): PathsForm {
  return { by: 'event', anchor: 'start', event: eventNames[0] ?? '', steps: 5, collapse: true };
}

/** Why the form cannot be run yet, as translation keys under `paths.problems`. */
export type PathsProblem = 'eventMissing' | 'stepsInvalid';

/**
 * The query spec of a form (POST /api/v1/query), or what is wrong with the form.
 * Example: start at `Signed Up`, 4 steps → `{ type: 'paths', by: 'event', start: { event:
 * 'Signed Up' }, steps: 4, collapse: true, pathLimit: 20, maxNodesPerStep: 10 }`.
 */
export function buildPathsSpec(
  form: PathsForm,
): { ok: true; spec: PathsSpecInput } | { ok: false; problems: PathsProblem[] } {
  const problems: PathsProblem[] = [];
  const event = form.event.trim();
  if (form.anchor !== 'none' && event === '') problems.push('eventMissing');
  if (!Number.isInteger(form.steps) || form.steps < MIN_PATH_STEPS || form.steps > MAX_PATH_STEPS) {
    problems.push('stepsInvalid');
  }
  if (problems.length > 0) return { ok: false, problems };
  const spec: PathsSpecInput = {
    type: 'paths',
    by: form.by,
    steps: form.steps,
    collapse: form.collapse,
    pathLimit: PATH_LIMIT,
    maxNodesPerStep: MAX_NODES_PER_STEP,
  };
  if (form.anchor === 'start') spec.start = { event };
  if (form.anchor === 'end') spec.end = { event };
  return { ok: true, spec };
}
