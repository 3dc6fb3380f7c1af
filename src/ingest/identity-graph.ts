import { randomUUID } from 'node:crypto';

/** The stored identity state: which person each distinct id belongs to, and past merges. */
export interface IdentitySnapshot {
  /** `isUser`: the id arrived as a userId (a known customer), not an anonymousId. */
  links: { workspaceId: string; distinctId: string; personId: string; isUser: boolean }[];
  overrides: { workspaceId: string; oldPersonId: string; personId: string }[];
}

/** What one group commit changes in the identity graph, written with the events. */
export interface IdentityChanges {
  /** Persons seen for the first time. */
  persons: { workspaceId: string; personId: string; createdAt: Date }[];
  /** Distinct ids seen for the first time, with their person; `isUser` for userIds. */
  links: { workspaceId: string; distinctId: string; personId: string; isUser: boolean }[];
  /** Known distinct ids re-pointed to another person by a merge (the last move of an id wins). */
  moves: { workspaceId: string; distinctId: string; personId: string }[];
  /** Person `from` was merged into `into`, in the order they happened. */
  merges: { workspaceId: string; from: string; into: string }[];
  /** Traits to merge into each (surviving) person; later values win. */
  traits: { workspaceId: string; personId: string; traits: Record<string, unknown> }[];
}

/**
 * The identity graph the ingest writer keeps in memory, so stitching an event costs a map lookup.
 * A person is created on first sight of an id; an event carrying two ids (identify, alias, or any
 * event with both userId and anonymousId) links them, merging two persons if both were known.
 * A merge is recorded as an override (old person → surviving person) so events stored under the
 * old person count for the survivor without rewriting them — the approach PostHog takes.
 *
 * A person already identified as one user is never merged into another user by identify or a
 * tracked event: on a shared computer, a second customer logging in from the same browser
 * (same anonymousId) would otherwise fuse two customers into one. They get their own person, as
 * in PostHog and Segment's identity resolution. An explicit `alias` still merges.
 *
 * Changes accumulate until `takeChanges()`; `rollback()` undoes them if the write failed.
 * Write `pendingChanges()` first and take them only once the write has succeeded.
 */
export class IdentityGraph {
  /** workspace → distinct id → person; nested so no combined key string is kept per id. */
  private readonly personOf = new Map<string, Map<string, string>>();
  private readonly idsOf = new Map<string, string[]>();
  private readonly overrideOf = new Map<string, string>();
  private readonly mergedInto = new Map<string, string[]>();
  /** Persons that have at least one userId. */
  private readonly identified = new Set<string>();
  /**
   * What to undo on rollback, flat: each entry's operands, then its op code, so the log is read
   * backwards. A closure per change cost a bulk import more in garbage collection than the
   * stitching itself.
   */
  private undo: (string | number | undefined)[] = [];
  /** Off while loading the stored state, which a rollback must keep. */
  private logging = true;
  private changes: IdentityChanges = emptyChanges();

  constructor(private readonly newId: () => string = randomUUID) {}

  static from(snapshot: IdentitySnapshot, newId?: () => string): IdentityGraph {
    const graph = new IdentityGraph(newId);
    graph.logging = false;
    for (const l of snapshot.links) {
      graph.setLink(l.workspaceId, l.distinctId, l.personId);
      if (l.isUser) graph.markIdentified(l.personId);
    }
    for (const o of snapshot.overrides) graph.setOverride(o.oldPersonId, o.personId);
    graph.logging = true;
    return graph;
  }

  /** The person a distinct id belongs to now, if any. */
  personFor(workspaceId: string, distinctId: string): string | undefined {
    return this.personOf.get(workspaceId)?.get(distinctId);
  }

  /** The surviving person for a stored person id (itself unless it was merged away). */
  survivorOf(personId: string): string {
    return this.overrideOf.get(personId) ?? personId;
  }

  /**
   * Resolves an event's ids to a person, linking and merging as needed. `userId`'s person wins a
   * merge. Without `explicit` (identify, track), a person already identified as another user is
   * not merged: the userId gets its own person. With `explicit` (alias), the two always merge.
   */
  resolve(
    workspaceId: string,
    userId: string | null,
    otherId: string | null,
    at: Date,
    explicit = false,
  ): string {
    const other = otherId === userId ? null : otherId;
    const p = userId === null ? undefined : this.personFor(workspaceId, userId);
    const s = other === null ? undefined : this.personFor(workspaceId, other);
    if (p !== undefined && s !== undefined) {
      if (p !== s && (explicit || !this.identified.has(s))) this.merge(workspaceId, s, p);
      return p;
    }
    if (userId !== null && p === undefined && s !== undefined && !explicit && this.identified.has(s)) {
      // The other id belongs to a different customer: this user starts a person of their own.
      const person = this.createPerson(workspaceId, at);
      this.link(workspaceId, userId, person, true);
      return person;
    }
    const person = p ?? s ?? this.createPerson(workspaceId, at);
    if (userId !== null && p === undefined) this.link(workspaceId, userId, person, true);
    if (other !== null && s === undefined) this.link(workspaceId, other, person, false);
    return person;
  }

  /** Queues traits to merge into a person (e.g. from identify). */
  addTraits(workspaceId: string, personId: string, traits: Record<string, unknown>): void {
    this.changes.traits.push({ workspaceId, personId, traits });
  }

  /**
   * The changes since the last `takeChanges()`, without committing them: write these, then call
   * `takeChanges()` if the write succeeded or `rollback()` if it failed.
   */
  pendingChanges(): IdentityChanges {
    // Traits queued for a person merged later in the same batch belong to the survivor.
    return {
      ...this.changes,
      traits: this.changes.traits.map((t) => ({ ...t, personId: this.survivorOf(t.personId) })),
    };
  }

  /** Hands over the changes since the last call; the graph now treats them as committed. */
  takeChanges(): IdentityChanges {
    const taken = this.pendingChanges();
    this.changes = emptyChanges();
    this.undo = [];
    return taken;
  }

  /** Forgets every change since the last `takeChanges()` (the write that carried them failed). */
  rollback(): void {
    const log = this.undo;
    while (log.length > 0) {
      const op = log.pop();
      if (op === UNDO_IDENTIFIED) {
        this.identified.delete(log.pop() as string);
      } else if (op === UNDO_LINK) {
        const previous = log.pop() as string | undefined;
        const personId = log.pop() as string;
        const distinctId = log.pop() as string;
        const ids = this.personOf.get(log.pop() as string)!;
        removeFrom(this.idsOf, personId, distinctId);
        if (previous === undefined) ids.delete(distinctId);
        else {
          ids.set(distinctId, previous);
          addTo(this.idsOf, previous, distinctId);
        }
      } else {
        const previous = log.pop() as string | undefined;
        const personId = log.pop() as string;
        const oldPersonId = log.pop() as string;
        removeFrom(this.mergedInto, personId, oldPersonId);
        if (previous === undefined) this.overrideOf.delete(oldPersonId);
        else {
          this.overrideOf.set(oldPersonId, previous);
          addTo(this.mergedInto, previous, oldPersonId);
        }
      }
    }
    this.changes = emptyChanges();
  }

  private createPerson(workspaceId: string, at: Date): string {
    const personId = this.newId();
    this.changes.persons.push({ workspaceId, personId, createdAt: at });
    return personId;
  }

  private link(workspaceId: string, distinctId: string, personId: string, isUser: boolean): void {
    if (this.personFor(workspaceId, distinctId) !== undefined) {
      this.changes.moves.push({ workspaceId, distinctId, personId });
    } else {
      this.changes.links.push({ workspaceId, distinctId, personId, isUser });
    }
    this.setLink(workspaceId, distinctId, personId);
    if (isUser) this.markIdentified(personId);
  }

  private markIdentified(personId: string): void {
    if (this.identified.has(personId)) return;
    this.identified.add(personId);
    if (this.logging) this.undo.push(personId, UNDO_IDENTIFIED);
  }

  private merge(workspaceId: string, from: string, into: string): void {
    this.changes.merges.push({ workspaceId, from, into });
    // Moved ids keep their kind in the store; only the person they point to changes.
    for (const distinctId of [...(this.idsOf.get(from) ?? [])])
      this.link(workspaceId, distinctId, into, false);
    if (this.identified.has(from)) this.markIdentified(into);
    this.setOverride(from, into);
    for (const old of [...(this.mergedInto.get(from) ?? [])]) this.setOverride(old, into);
  }

  private setLink(workspaceId: string, distinctId: string, personId: string): void {
    let ids = this.personOf.get(workspaceId);
    if (!ids) {
      ids = new Map();
      this.personOf.set(workspaceId, ids);
    }
    const previous = ids.get(distinctId);
    if (previous !== undefined) removeFrom(this.idsOf, previous, distinctId);
    ids.set(distinctId, personId);
    addTo(this.idsOf, personId, distinctId);
    if (this.logging) this.undo.push(workspaceId, distinctId, personId, previous, UNDO_LINK);
  }

  private setOverride(oldPersonId: string, personId: string): void {
    const previous = this.overrideOf.get(oldPersonId);
    if (previous !== undefined) removeFrom(this.mergedInto, previous, oldPersonId);
    this.overrideOf.set(oldPersonId, personId);
    addTo(this.mergedInto, personId, oldPersonId);
    if (this.logging) this.undo.push(oldPersonId, personId, previous, UNDO_OVERRIDE);
  }
}

const UNDO_LINK = 0;
const UNDO_IDENTIFIED = 1;
const UNDO_OVERRIDE = 2;

function emptyChanges(): IdentityChanges {
  return { persons: [], links: [], moves: [], merges: [], traits: [] };
}

function addTo(index: Map<string, string[]>, k: string, v: string): void {
  const list = index.get(k);
  if (list) list.push(v);
  else index.set(k, [v]);
}

function removeFrom(index: Map<string, string[]>, k: string, v: string): void {
  const list = index.get(k);
  if (!list) return;
  const i = list.indexOf(v);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) index.delete(k);
}
