import type { IdentityChanges } from '../ingest/identity-graph.ts';
import { mergePatch } from './json-merge-patch.ts';

/** A stored person as a batch of merges changes it. */
export interface MergedPerson {
  workspaceId: string;
  id: string;
  traits: unknown;
  createdAt: Date;
  updatedAt: Date;
  deleted: boolean;
  changed: boolean;
}

export const personKey = (workspaceId: string, id: string) => `${workspaceId}\u0000${id}`;

/**
 * Applies a batch's merges, in order, to the persons they touch (`people`, by personKey; a person
 * missing from it is not stored, and the merge changes nothing of it), exactly as one UPDATE per
 * merge would: the surviving person takes `json_merge_patch(from, into)` — its own values win —
 * and the earlier creation time; the merged person is deleted.
 *
 * Returns, for each merged-away person, the person it ends with after the whole batch (`from →
 * into` followed through later merges), which every override pointing at it must follow too.
 */
export function applyMerges(
  people: Map<string, MergedPerson>,
  merges: IdentityChanges['merges'],
  now: Date,
): { workspaceId: string; from: string; survivor: string }[] {
  const next = new Map<string, string>();
  for (const m of merges) {
    const from = people.get(personKey(m.workspaceId, m.from));
    const into = people.get(personKey(m.workspaceId, m.into));
    if (into && !into.deleted) {
      into.traits = mergePatch(from?.traits ?? {}, into.traits);
      if (from && from.createdAt < into.createdAt) into.createdAt = from.createdAt;
      into.updatedAt = now;
      into.changed = true;
    }
    if (from) {
      from.deleted = true;
      from.changed = true;
    }
    next.set(personKey(m.workspaceId, m.from), m.into);
  }
  return merges.map((m) => {
    let survivor = m.into;
    // The graph never merges into a person it merged away, so the chain ends; the bound only
    // keeps a bug from looping forever.
    for (let hops = 0; hops < merges.length; hops++) {
      const hop = next.get(personKey(m.workspaceId, survivor));
      if (hop === undefined) break;
      survivor = hop;
    }
    return { workspaceId: m.workspaceId, from: m.from, survivor };
  });
}
