import type { EventField } from '../spec/where-filter.ts';
import type { BoundParams } from './bound-params.ts';

/** SQL expressions for the columns of one stitched event row; compiler constants only. */
export interface EventColumns {
  /** The surviving person after identity merges. */
  readonly person: string;
  readonly timestamp: string;
  readonly event: string;
  readonly messageId: string;
  readonly properties: string;
  /** The event's Segment `context` (device, page, campaign) as JSON. */
  readonly context?: string;
  /** The person's current traits; null when the source was built without them. */
  readonly traits: string | null;
  /** The whitelisted typed columns a filter or breakdown may name. */
  readonly fields: Readonly<Record<EventField, string>>;
}

export interface EventSource {
  /** `FROM` clause body: events with their stitched person (and traits, if asked for). */
  from: string;
  /** The workspace condition every analytics query must carry. */
  where: string;
  columns: EventColumns;
}

/**
 * The events of one workspace, each resolved to its stitched person: an event stored under a
 * person later merged into another counts for the survivor, through one join on the small
 * `person_overrides` table (old → final person, kept flat by the ingest writer). This is how
 * PostHog keeps stitched queries fast; see DESIGN.md, "Identity at query time".
 */
export function stitchedEvents(
  q: BoundParams,
  workspaceId: string,
  opts: { withTraits: boolean },
): EventSource {
  const person = 'COALESCE(o.person_id, e.person_id)';
  const persons = opts.withTraits
    ? `\n  LEFT JOIN persons p ON p.workspace_id = e.workspace_id AND p.id = ${person}`
    : '';
  return {
    from: `events e
  LEFT JOIN person_overrides o ON o.workspace_id = e.workspace_id AND o.old_person_id = e.person_id${persons}`,
    where: `e.workspace_id = ${q.bind(workspaceId, 'text')}`,
    columns: {
      person,
      timestamp: 'e.timestamp',
      event: 'e.event',
      messageId: 'e.message_id',
      properties: 'e.properties',
      context: 'e.context',
      traits: opts.withTraits ? 'p.traits' : null,
      fields: { channel: 'e.channel', type: 'e.type', name: 'e.name' },
    },
  };
}
