import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sequentialIds } from '../model/id.ts';
import { bulkPersonId } from './bulk-person-ids.ts';
import { type IdentityChanges, IdentityGraph, type IdentitySnapshot, NONE_CODE } from './identity-graph.ts';

/**
 * Differential test: random operation sequences run through IdentityGraph and through the
 * straightforward implementation it replaced (Maps, Sets and arrays per person, kept below
 * verbatim as the reference), which must agree on every answer and every change list.
 */

const WORKSPACES = ['ws-a', 'ws-b'];
const USERS = Array.from({ length: 8 }, (_, i) => `user-${i}`);
const ANONYMOUS = Array.from({ length: 8 }, (_, i) => `anon-${i}`);
const T = new Date('2024-05-01T10:00:00Z');

/** Deterministic, so a failing seed can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function pick<T>(items: readonly T[], rand: () => number): T {
  return items[Math.floor(rand() * items.length)]!;
}

/**
 * A stored state as odd as a store could hand back: ids of both kinds, overrides to persons that
 * are themselves overridden, links to merged-away persons, a distinct id listed twice. Person ids
 * are per workspace, as the graph creates them.
 */
function randomSnapshot(rand: () => number): IdentitySnapshot {
  const snapshot: IdentitySnapshot = { links: [], overrides: [] };
  for (const workspaceId of WORKSPACES) {
    const persons = Array.from({ length: 5 }, (_, i) => `${workspaceId}-stored-${i}`);
    for (let i = Math.floor(rand() * 10); i > 0; i--) {
      const isUser = rand() < 0.5;
      const distinctId = pick(isUser ? USERS : ANONYMOUS, rand);
      snapshot.links.push({ workspaceId, distinctId, personId: pick(persons, rand), isUser });
    }
    for (let i = Math.floor(rand() * 3); i > 0; i--) {
      const oldPersonId = pick(persons, rand);
      const personId = pick(persons, rand);
      if (oldPersonId !== personId) snapshot.overrides.push({ workspaceId, oldPersonId, personId });
    }
  }
  return snapshot;
}

function runSequence(seed: number): void {
  const rand = random(seed);
  const snapshot = rand() < 0.5 ? randomSnapshot(rand) : { links: [], overrides: [] };
  const graph = IdentityGraph.from(snapshot, sequentialIds('p'));
  const reference = ReferenceIdentityGraph.from(snapshot, sequentialIds('p'));
  const knownPersons = new Set(['never-seen', ...snapshot.overrides.map((o) => o.oldPersonId)]);
  for (const l of snapshot.links) knownPersons.add(l.personId);

  /** Everything the graph answers, in one value so a step costs one comparison. */
  const observe = (g: IdentityGraph | ReferenceIdentityGraph) => ({
    persons: WORKSPACES.map((w) => [...USERS, ...ANONYMOUS].map((id) => g.personFor(w, id))),
    survivors: [...knownPersons].map((person) => g.survivorOf(person)),
    pending: g.pendingChanges(),
  });

  for (let step = 0; step < 120; step++) {
    const roll = rand();
    const label = `seed ${seed} step ${step}`;
    if (roll < 0.1) {
      expect(graph.takeChanges(), label).toEqual(reference.takeChanges());
    } else if (roll < 0.2) {
      graph.rollback();
      reference.rollback();
    } else if (roll < 0.25) {
      const workspaceId = pick(WORKSPACES, rand);
      const person = reference.personFor(workspaceId, pick([...USERS, ...ANONYMOUS], rand)) ?? 'never-seen';
      const traits = { step };
      graph.addTraits(workspaceId, person, traits);
      reference.addTraits(workspaceId, person, traits);
    } else {
      const workspaceId = rand() < 0.85 ? WORKSPACES[0]! : WORKSPACES[1]!;
      const userId = rand() < 0.3 ? null : pick(USERS, rand);
      // Mostly anonymous ids, sometimes a second userId (alias, or a userId-only event).
      const otherId = rand() < 0.2 ? null : pick(rand() < 0.75 ? ANONYMOUS : USERS, rand);
      const explicit = rand() < 0.2;
      const at = new Date(T.getTime() + step * 1000);
      const person = graph.resolve(workspaceId, userId, otherId, at, explicit);
      expect(person, `${label}: resolve`).toBe(reference.resolve(workspaceId, userId, otherId, at, explicit));
      knownPersons.add(person);
    }
    expect(observe(graph), label).toEqual(observe(reference));
  }
}

/**
 * A bulk load through codes (beginBulk, resolveCodes, newcomers) after some committed history:
 * each row must resolve to the person `resolve` gives it, and the changes plus the newcomers must
 * say what the reference's changes say, with each new id at the person it ends with.
 */
function runBulkLoad(seed: number): void {
  const rand = random(seed);
  const snapshot = rand() < 0.5 ? randomSnapshot(rand) : { links: [], overrides: [] };
  const graph = IdentityGraph.from(snapshot, sequentialIds('p'));
  // The bulk load names the persons it creates by their index in the load; so does the
  // reference, from then on.
  const prefix = `bulk${seed}-`;
  const sequential = sequentialIds('p');
  let nextId = sequential;
  const reference = ReferenceIdentityGraph.from(snapshot, () => nextId());
  const randomRow = () => ({
    userId: rand() < 0.3 ? null : pick(USERS, rand),
    otherId: rand() < 0.2 ? null : pick(rand() < 0.75 ? ANONYMOUS : USERS, rand),
    explicit: rand() < 0.2,
  });
  for (let step = Math.floor(rand() * 10); step > 0; step--) {
    const row = randomRow();
    const workspaceId = pick(WORKSPACES, rand);
    graph.resolve(workspaceId, row.userId, row.otherId, T, row.explicit);
    reference.resolve(workspaceId, row.userId, row.otherId, T, row.explicit);
  }
  graph.takeChanges();
  const workspaceId = WORKSPACES[0]!;
  const knownBefore = new Set(
    [...snapshot.links, ...reference.takeChanges().links]
      .filter((l) => l.workspaceId === workspaceId)
      .map((l) => l.distinctId),
  );

  const rows = Array.from({ length: 1 + Math.floor(rand() * 25) }, randomRow);
  // Codes in an order unrelated to first sight; the graph finds the ids it holds already.
  const ids = [...new Set(rows.flatMap((r) => [r.userId, r.otherId]).filter((id) => id !== null))].sort(
    () => rand() - 0.5,
  );
  const code = (id: string | null) => (id === null ? NONE_CODE : ids.indexOf(id));
  graph.beginBulk(workspaceId, { count: ids.length, text: (c) => ids[c]! }, prefix);
  let index = 0;
  nextId = () => bulkPersonId(prefix, index++);
  rows.forEach((r, i) => {
    const at = new Date(T.getTime() + i * 1000);
    const expected = reference.resolve(workspaceId, r.userId, r.otherId, at, r.explicit);
    const person = graph.resolveCodes(code(r.userId), code(r.otherId), at.getTime(), r.explicit);
    expect(person, `seed ${seed} row ${i}`).toBe(expected);
  });

  const want = reference.pendingChanges();
  const got = graph.pendingChanges();
  const n = graph.newcomers();
  expect(got.persons).toEqual([]);
  expect(got.links).toEqual([]);
  expect(
    [...n.createdMs].map((ms, i) => ({
      workspaceId,
      personId: bulkPersonId(n.personIdPrefix, i),
      createdAt: new Date(ms),
    })),
  ).toEqual(want.persons);
  const personOf = (num: number) =>
    num >= n.firstNewPerson
      ? bulkPersonId(n.personIdPrefix, num - n.firstNewPerson)
      : n.linkedBefore.get(num);
  const users = new Set(n.userLinks);
  expect(
    [...n.linkCodes].map((c, i) => ({
      workspaceId,
      distinctId: ids[c],
      personId: personOf(n.linkPersons[i]!),
      isUser: users.has(i),
    })),
  ).toEqual(want.links.map((l) => ({ ...l, personId: reference.personFor(workspaceId, l.distinctId) })));
  expect(got.moves).toEqual(want.moves.filter((m) => knownBefore.has(m.distinctId)));
  expect(got.merges).toEqual(want.merges);

  const observe = (g: IdentityGraph | ReferenceIdentityGraph) =>
    WORKSPACES.map((w) => [...USERS, ...ANONYMOUS].map((id) => g.personFor(w, id)));
  if (rand() < 0.5) {
    graph.takeChanges();
    reference.takeChanges();
    // The load's new ids are in the graph by number only: it must be reloaded, not guess.
    if (n.linkCodes.length > 0) {
      expect(() => graph.personFor(workspaceId, ids[0]!)).toThrow(/reload/);
      return;
    }
  } else {
    graph.rollback();
    reference.rollback();
  }
  expect(observe(graph), `seed ${seed} after the load`).toEqual(observe(reference));
  // The graph goes on stitching as before, naming persons by `newId` again.
  nextId = sequential;
  const after = randomRow();
  expect(graph.resolve(workspaceId, after.userId, after.otherId, T, after.explicit)).toBe(
    reference.resolve(workspaceId, after.userId, after.otherId, T, after.explicit),
  );
}

describe('IdentityGraph against the reference implementation', () => {
  it('agrees on 400 random sequences of resolve, traits, takeChanges and rollback', () => {
    for (let seed = 1; seed <= 400; seed++) runSequence(seed);
  });

  it('agrees on 400 random bulk loads resolved through codes', () => {
    for (let seed = 1; seed <= 400; seed++) runBulkLoad(seed);
  });
});

/** The implementation replaced for speed (git 7d150fe), the behaviour IdentityGraph must keep. */
class ReferenceIdentityGraph {
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

  static from(snapshot: IdentitySnapshot, newId?: () => string): ReferenceIdentityGraph {
    const graph = new ReferenceIdentityGraph(newId);
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
