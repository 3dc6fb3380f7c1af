import { type IdentityGraph, NONE_CODE } from './identity-graph.ts';
import type { EnrichedEvent } from './types.ts';

const MAX_REMEMBERED_TRAITS = 100_000;

/** The fields of an event that decide its person. */
export type StitchInput = Pick<
  EnrichedEvent,
  'type' | 'userId' | 'anonymousId' | 'previousId' | 'timestamp' | 'traits'
>;

/**
 * Resolves events to persons through the identity graph, in arrival order, and queues the traits
 * they carry. Shared by the HTTP group committer and the bulk file import, so both stitch alike.
 * After the write that carries the graph's changes, call `committed()` or `rolledBack()`.
 */
export class Stitcher {
  /**
   * The traits JSON last written per person. SDKs repeat the same traits on every identify (and
   * analytics.js on every event's context.traits); re-applying an identical latest patch changes
   * nothing, so it is skipped instead of costing an UPDATE. Bounded; cleared when full.
   */
  private readonly lastTraits = new Map<string, string>();
  private pendingTraits = new Map<string, string>();

  constructor(readonly graph: IdentityGraph) {}

  /** The person the event belongs to now. */
  stitch(workspaceId: string, e: StitchInput): string {
    const at = e.timestamp;
    let personId: string;
    if (e.type === 'alias') {
      personId = this.graph.resolve(workspaceId, e.userId, e.previousId, at, true);
      if (e.anonymousId !== null)
        personId = this.graph.resolve(workspaceId, e.userId, e.anonymousId, at, true);
    } else {
      personId = this.graph.resolve(workspaceId, e.userId, e.anonymousId, at);
    }
    if (e.traits !== null) this.noteTraits(workspaceId, personId, e.traits);
    return personId;
  }

  /**
   * `stitch` for a row of a bulk load begun with `graph.beginBulk`, its ids given as codes
   * (NONE_CODE where absent) and its time in epoch milliseconds.
   */
  stitchCodes(
    alias: boolean,
    userCode: number,
    anonymousCode: number,
    previousCode: number,
    at: number,
    traits: string | null,
  ): void {
    const graph = this.graph;
    let person: number;
    if (alias) {
      person = graph.resolveCodesToNumber(userCode, previousCode, at, true);
      if (anonymousCode !== NONE_CODE) person = graph.resolveCodesToNumber(userCode, anonymousCode, at, true);
    } else {
      person = graph.resolveCodesToNumber(userCode, anonymousCode, at);
    }
    // By number: the graph keeps a load's patches apart from the changes (addBulkTraits).
    if (traits !== null) graph.addBulkTraits(person, traits);
  }

  private noteTraits(workspaceId: string, personId: string, traits: string): void {
    if ((this.pendingTraits.get(personId) ?? this.lastTraits.get(personId)) === traits) return;
    this.graph.addTraits(workspaceId, personId, traits);
    this.pendingTraits.set(personId, traits);
  }

  committed(): void {
    this.graph.takeChanges();
    if (this.lastTraits.size > MAX_REMEMBERED_TRAITS) this.lastTraits.clear();
    for (const [person, traits] of this.pendingTraits) this.lastTraits.set(person, traits);
    this.pendingTraits.clear();
  }

  rolledBack(): void {
    this.graph.rollback();
    this.pendingTraits.clear();
  }
}
