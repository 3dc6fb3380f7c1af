import { randomUUID } from 'node:crypto';
import { bulkPersonId, bulkPersonIdPrefix } from './bulk-person-ids.ts';
import type { IdentityIds } from './import/scan-identity.ts';
import { Int32Stack } from './int32-stack.ts';
import { MemberLists } from './member-lists.ts';
import { withRoomInt32, withRoomUint8 } from './typed-array-capacity.ts';

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
  traits: { workspaceId: string; personId: string; traits: TraitsPatch }[];
}

/**
 * A traits object, or its JSON text as an event carried it: the writer parses the text, so a
 * bulk load's parsing happens while DuckDB inserts its events (ndjson-stage.ts) rather than
 * while stitching.
 */
export type TraitsPatch = Record<string, unknown> | string;

/** The object of a traits patch. */
export function traitsObject(patch: TraitsPatch): Record<string, unknown> {
  return typeof patch === 'string' ? (JSON.parse(patch) as Record<string, unknown>) : patch;
}

/**
 * A bulk load's new persons and ids, column-wise (IdentityGraph.newcomers). The persons are
 * numbered from `firstNewPerson` in creation order; `linkPersons[i]` is the person of the id
 * with code `linkCodes[i]`, either a new one or one of `linkedBefore`.
 */
export interface Newcomers {
  workspaceId: string;
  firstNewPerson: number;
  /** The new persons' ids are `bulkPersonId(personIdPrefix, number − firstNewPerson)`. */
  personIdPrefix: string;
  /** By person number − firstNewPerson. */
  createdMs: Float64Array;
  /** Persons known before the load that new ids were linked to, by number. */
  linkedBefore: Map<number, string>;
  linkCodes: Int32Array;
  linkPersons: Int32Array;
  /** Indexes into linkCodes of the ids that arrived as a userId. */
  userLinks: Int32Array;
  /**
   * The new persons' trait patches, in the order they came: `persons[i]` (number −
   * firstNewPerson) takes `texts[i]`. Only when the load merges no persons: merges fold traits
   * in order, which the log keeps, so then every patch is in the changes' `traits`.
   */
  traits: { persons: Int32Array; texts: string[] };
}

interface BulkLoad {
  workspaceId: string;
  /** The load's ids by code; more may come while it stitches (a file still being scanned). */
  codes: IdentityIds;
  /** The workspace's id → id number map. */
  ids: Map<string, number>;
  personIdPrefix: string;
  /** By code: the id's number in the graph, or NONE until it is linked. */
  idOfCode: Int32Array<ArrayBuffer>;
  /** Codes below this are in idOfCode (looked up, if the workspace has ids). */
  codesTaken: number;
  linkCodes: Int32Stack;
  userLinks: Int32Stack;
  /** Trait patches by person number, in the order they came (addBulkTraits). */
  traitPersons: Int32Stack;
  traitTexts: string[];
  /** Each person's latest patch, to skip an identical one (SDKs repeat traits on every event). */
  lastTraits: Map<number, string>;
}

/** The text of an id a bulk load added (see beginBulk); ids are never empty. */
const TEXTLESS = '';

/** A code standing for no id in `resolveCodes`. */
export const NONE_CODE = -1;
const NONE = -1;
const UNDO_MOVE = 0;
const UNDO_IDENTIFIED = 1;
const UNDO_OVERRIDE = 2;

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
 *
 * Distinct ids and persons are numbered densely in order of first sight and their state kept in
 * typed arrays: a bulk import adds hundreds of thousands of ids at once, and a Map, Set or array
 * per person cost more in memory and garbage collection than the stitching itself.
 */
export class IdentityGraph {
  /** workspace → distinct id → its number; nested so no combined key string is kept per id. */
  private readonly idNumbers = new Map<string, Map<string, number>>();
  /** By id number: the distinct id, and its workspace's map (to forget the id on rollback). */
  private readonly distinctIds: string[] = [];
  private readonly idMapOf: Map<string, number>[] = [];
  /**
   * Set when a bulk load that added ids has been taken: they are in the graph by number only,
   * without their text, so it can no longer look ids up by text (see beginBulk).
   */
  private idsWithoutText = false;
  private personOfId = new Int32Array(0);
  private idCount = 0;

  /**
   * Person id → number, for the persons looked up by id: those loaded from the snapshot and
   * those merged away (the only ones `survivorOf` maps elsewhere). Persons created here are not
   * entered, since `newId()` gives fresh ids and an entry per person cost as much as the rest of
   * stitching a new id.
   */
  private readonly personNumbers = new Map<string, number>();
  private readonly personIds: string[] = [];
  /** By person number: the person it was merged into (a merge re-points earlier ones too), or -1. */
  private overrideOf = new Int32Array(0);
  /** By person number: 1 if the person has at least one userId. */
  private identified = new Uint8Array(0);
  private personCount = 0;

  private readonly idsOf = new MemberLists();
  /** Persons whose override points at the owner, so a merge of the owner can re-point them. */
  private readonly mergedInto = new MemberLists();

  /**
   * What to undo on rollback: each entry's operands, then its op code, read backwards. Ids and
   * persons first seen since the last commit are not logged; rollback drops them whole, which
   * keeps a bulk import's log to its merges.
   */
  private readonly undo = new Int32Stack();
  private committedIds = 0;
  private committedPersons = 0;
  private changes: IdentityChanges = emptyChanges();
  /** The bulk load in progress (beginBulk), if any. */
  private bulk: BulkLoad | undefined;
  /** By person number − committed persons: a bulk load's new persons' creation times. */
  private bulkCreatedMs = new Float64Array(0);
  /** Consecutive events almost always share a workspace. */
  private lastWorkspaceId: string | undefined;
  private lastIdNumbers: Map<string, number> | undefined;

  /** `newId` must give a fresh person id on each call (see IdGenerator). */
  constructor(private readonly newId: () => string = randomUUID) {}

  static from(snapshot: IdentitySnapshot, newId?: () => string): IdentityGraph {
    const graph = new IdentityGraph(newId);
    for (const l of snapshot.links) {
      const person = graph.personNumber(l.personId);
      const ids = graph.idNumbersFor(l.workspaceId);
      const id = ids.get(l.distinctId);
      if (id === undefined) graph.addId(ids, l.distinctId, person);
      else graph.moveId(id, person);
      if (l.isUser) graph.markIdentified(person);
    }
    for (const o of snapshot.overrides) {
      graph.setOverride(graph.personNumber(o.oldPersonId), graph.personNumber(o.personId));
    }
    graph.commit();
    return graph;
  }

  /** The person a distinct id belongs to now, if any. */
  personFor(workspaceId: string, distinctId: string): string | undefined {
    const person = this.personOfDistinct(this.idNumbers.get(workspaceId), distinctId);
    return person === NONE ? undefined : this.personIds[person];
  }

  /** The surviving person for a stored person id (itself unless it was merged away). */
  survivorOf(personId: string): string {
    const person = this.personNumbers.get(personId);
    const survivor = person === undefined ? NONE : this.overrideOf[person]!;
    return survivor === NONE ? personId : this.personIds[survivor]!;
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
    let ids = this.lastIdNumbers;
    if (workspaceId !== this.lastWorkspaceId) {
      ids = this.idNumbers.get(workspaceId);
      if (ids !== undefined) {
        this.lastWorkspaceId = workspaceId;
        this.lastIdNumbers = ids;
      }
    }
    const p = userId === null ? NONE : this.personOfDistinct(ids, userId);
    const s = other === null ? NONE : this.personOfDistinct(ids, other);
    const person = this.settle(workspaceId, p, s, userId !== null, at.getTime(), explicit);
    if (userId !== null && p === NONE) this.linkNew(workspaceId, userId, person, true);
    if (other !== null && s === NONE) this.linkNew(workspaceId, other, person, false);
    return this.personIds[person]!;
  }

  /**
   * Starts a bulk load into `workspaceId` whose distinct ids are `ids`, numbered by their index
   * (codes). `resolveCodes` then stitches rows given as codes: no text is looked up per row.
   * The new ids and persons are not queued as change objects but handed over column-wise by
   * `newcomers()`, and the new persons are named by their index in the load (bulkPersonId), not
   * by `newId`. Ends with `takeChanges()` or `rollback()`. Once a load that added ids is taken,
   * the graph knows them by number only and refuses lookups by text: reload it from the store
   * (`IdentityGraph.from`) to go on. An import never looks up again, so it never keeps the text
   * of a million ids.
   */
  beginBulk(workspaceId: string, ids: IdentityIds, personIdPrefix = bulkPersonIdPrefix()): void {
    if (this.idCount !== this.committedIds || this.personCount !== this.committedPersons)
      throw new Error('a bulk load needs the graph without pending changes');
    this.assertIdsHaveText();
    this.bulk = {
      workspaceId,
      codes: ids,
      ids: this.idNumbersFor(workspaceId),
      idOfCode: new Int32Array(0),
      codesTaken: 0,
      personIdPrefix,
      linkCodes: new Int32Stack(),
      userLinks: new Int32Stack(),
      traitPersons: new Int32Stack(),
      traitTexts: [],
      lastTraits: new Map(),
    };
    this.bulkCreatedMs = new Float64Array(0);
    this.takeNewCodes(this.bulk);
  }

  /** Makes room for the codes the load's ids have gained, looking up those the workspace knows. */
  private takeNewCodes(bulk: BulkLoad): void {
    const from = bulk.codesTaken;
    const count = bulk.codes.count;
    if (count <= from) return;
    bulk.idOfCode = withRoomInt32(bulk.idOfCode, count, NONE);
    // A workspace's first import knows none of them: no text, no lookup per id.
    if (bulk.ids.size > 0)
      for (let code = from; code < count; code++)
        bulk.idOfCode[code] = bulk.ids.get(bulk.codes.text(code)) ?? NONE;
    bulk.codesTaken = count;
  }

  /** `resolve` for a bulk load's codes (NONE_CODE for an absent id); `at` in epoch milliseconds. */
  resolveCodes(userCode: number, otherCode: number, at: number, explicit = false): string {
    return this.personIds[this.resolveCodesToNumber(userCode, otherCode, at, explicit)]!;
  }

  /** `resolveCodes`, giving the person's number (for addBulkTraits). */
  resolveCodesToNumber(userCode: number, otherCode: number, at: number, explicit = false): number {
    const bulk = this.bulk!;
    const other = otherCode === userCode ? NONE : otherCode;
    const p = userCode === NONE ? NONE : this.personOfCode(bulk, userCode);
    const s = other === NONE ? NONE : this.personOfCode(bulk, other);
    const person = this.settle(bulk.workspaceId, p, s, userCode !== NONE, at, explicit);
    if (userCode !== NONE && p === NONE) this.linkCode(bulk, userCode, person, true);
    if (other !== NONE && s === NONE) this.linkCode(bulk, other, person, false);
    return person;
  }

  /**
   * `addTraits` in a bulk load, by person number: patches stay numbers and text until written.
   * The new persons' go to `newcomers()` (their rows start with them), the others' to the
   * changes' `traits`, all of them there when the load merges persons.
   */
  addBulkTraits(person: number, traits: string): void {
    const bulk = this.bulk!;
    if (bulk.lastTraits.get(person) === traits) return;
    bulk.lastTraits.set(person, traits);
    bulk.traitPersons.push(person);
    bulk.traitTexts.push(traits);
  }

  /**
   * The persons and ids a bulk load has added so far (see Newcomers). Ids come with the person
   * they belong to now: a merge later in the load re-points them without a move.
   */
  newcomers(): Newcomers {
    const bulk = this.bulk;
    if (bulk === undefined) throw new Error('no bulk load in progress');
    const count = this.idCount - this.committedIds;
    const persons = new Int32Array(count);
    for (let i = 0; i < count; i++) persons[i] = this.personOfId[this.committedIds + i]!;
    const firstNew = this.committedPersons;
    const linkedBefore = new Map<number, string>();
    for (const person of persons) if (person < firstNew) linkedBefore.set(person, this.personIds[person]!);
    return {
      workspaceId: bulk.workspaceId,
      firstNewPerson: firstNew,
      personIdPrefix: bulk.personIdPrefix,
      createdMs: this.bulkCreatedMs.subarray(0, this.personCount - firstNew),
      linkedBefore,
      linkCodes: bulk.linkCodes.toArray(),
      linkPersons: persons,
      userLinks: bulk.userLinks.toArray(),
      traits: this.newPersonsTraits(bulk),
    };
  }

  /** Newcomers' `traits`: the new persons' patches, unless the load merged persons. */
  private newPersonsTraits(bulk: BulkLoad): Newcomers['traits'] {
    const persons = new Int32Stack();
    const texts: string[] = [];
    if (this.changes.merges.length === 0) {
      const numbers = bulk.traitPersons.toArray();
      for (let i = 0; i < numbers.length; i++) {
        if (numbers[i]! < this.committedPersons) continue;
        persons.push(numbers[i]! - this.committedPersons);
        texts.push(bulk.traitTexts[i]!);
      }
    }
    return { persons: persons.toArray(), texts };
  }

  /**
   * A bulk load's patches that go to the changes' `traits`: those of persons known before it, or
   * all of them when it merged persons, each for its surviving person.
   */
  private bulkChangesTraits(bulk: BulkLoad): IdentityChanges['traits'] {
    const all = this.changes.merges.length > 0;
    const numbers = bulk.traitPersons.toArray();
    const traits: IdentityChanges['traits'] = [];
    for (let i = 0; i < numbers.length; i++) {
      const person = numbers[i]!;
      if (!all && person >= this.committedPersons) continue;
      const survivor = this.overrideOf[person]!;
      traits.push({
        workspaceId: bulk.workspaceId,
        personId: this.personIds[survivor === NONE ? person : survivor]!,
        traits: bulk.traitTexts[i]!,
      });
    }
    return traits;
  }

  /**
   * The person an event with ids known to belong to persons `p` and `s` (NONE if unknown)
   * belongs to, merging as needed; the caller links the unknown ids to it. `userId`'s person wins
   * a merge. Without `explicit`, a person already identified as another user is not merged in: a
   * user unknown so far then starts a person of their own.
   */
  private settle(
    workspaceId: string,
    p: number,
    s: number,
    hasUser: boolean,
    at: number,
    explicit: boolean,
  ): number {
    if (p !== NONE && s !== NONE) {
      if (p !== s && (explicit || this.identified[s] === 0)) this.merge(workspaceId, s, p);
      return p;
    }
    if (hasUser && p === NONE && s !== NONE && !explicit && this.identified[s] === 1) {
      // The other id belongs to a different customer: this user starts a person of their own.
      return this.createPerson(workspaceId, at);
    }
    return p !== NONE ? p : s !== NONE ? s : this.createPerson(workspaceId, at);
  }

  private personOfCode(bulk: BulkLoad, code: number): number {
    if (code >= bulk.codesTaken) this.takeNewCodes(bulk);
    const id = bulk.idOfCode[code]!;
    return id === NONE ? NONE : this.personOfId[id]!;
  }

  private linkCode(bulk: BulkLoad, code: number, person: number, isUser: boolean): void {
    // By number only (see beginBulk).
    bulk.idOfCode[code] = this.addId(bulk.ids, TEXTLESS, person, false);
    bulk.linkCodes.push(code);
    if (isUser) {
      bulk.userLinks.push(this.idCount - 1 - this.committedIds);
      this.markIdentified(person);
    }
  }

  /** Queues traits to merge into a person (e.g. from identify). */
  addTraits(workspaceId: string, personId: string, traits: TraitsPatch): void {
    this.changes.traits.push({ workspaceId, personId, traits });
  }

  /**
   * The changes since the last `takeChanges()`, without committing them: write these, then call
   * `takeChanges()` if the write succeeded or `rollback()` if it failed.
   */
  pendingChanges(): IdentityChanges {
    // Traits queued for a person merged later in the same batch belong to the survivor.
    const traits = this.changes.traits.map((t) => ({ ...t, personId: this.survivorOf(t.personId) }));
    // A load's patches can be a million: appended one by one (a spread of them would overflow).
    if (this.bulk !== undefined) for (const t of this.bulkChangesTraits(this.bulk)) traits.push(t);
    return { ...this.changes, traits };
  }

  /** Hands over the changes since the last call; the graph now treats them as committed. */
  takeChanges(): IdentityChanges {
    const taken = this.pendingChanges();
    this.changes = emptyChanges();
    this.commit();
    return taken;
  }

  /** Forgets every change since the last `takeChanges()` (the write that carried them failed). */
  rollback(): void {
    this.undoLogged();
    this.dropUncommitted();
    this.changes = emptyChanges();
    this.bulk = undefined;
  }

  private undoLogged(): void {
    const log = this.undo;
    while (log.length > 0) {
      const op = log.pop();
      if (op === UNDO_IDENTIFIED) {
        this.identified[log.pop()] = 0;
      } else if (op === UNDO_MOVE) {
        const previous = log.pop();
        this.placeId(log.pop(), previous);
      } else {
        const previous = log.pop();
        const person = log.pop();
        this.mergedInto.remove(this.overrideOf[person]!, person);
        this.overrideOf[person] = previous;
        if (previous !== NONE) this.mergedInto.append(previous, person);
      }
    }
  }

  /**
   * Removes the ids and persons first seen since the commit, whose changes were not logged. Once
   * the log is undone, only they are left in their lists; taking them out keeps the order of the
   * other members, which decides the order of the moves of a later merge.
   */
  private dropUncommitted(): void {
    for (let id = this.idCount - 1; id >= this.committedIds; id--) {
      this.idsOf.remove(this.personOfId[id]!, id);
      this.idMapOf[id]!.delete(this.distinctIds[id]!);
    }
    this.idCount = this.committedIds;
    this.distinctIds.length = this.idCount;
    this.idMapOf.length = this.idCount;
    for (let person = this.personCount - 1; person >= this.committedPersons; person--) {
      const into = this.overrideOf[person]!;
      if (into === NONE) continue;
      this.mergedInto.remove(into, person);
      this.personNumbers.delete(this.personIds[person]!);
    }
    this.personCount = this.committedPersons;
    this.personIds.length = this.personCount;
  }

  private commit(): void {
    if (this.bulk !== undefined && this.idCount > this.committedIds) this.idsWithoutText = true;
    this.bulk = undefined;
    this.undo.clear();
    this.committedIds = this.idCount;
    this.committedPersons = this.personCount;
  }

  private personOfDistinct(ids: Map<string, number> | undefined, distinctId: string): number {
    this.assertIdsHaveText();
    const id = ids?.get(distinctId);
    return id === undefined ? NONE : this.personOfId[id]!;
  }

  private assertIdsHaveText(): void {
    if (this.idsWithoutText)
      throw new Error('The identity graph holds ids of a bulk load by number only; reload it from the store');
  }

  private idNumbersFor(workspaceId: string): Map<string, number> {
    let ids = this.idNumbers.get(workspaceId);
    if (ids === undefined) {
      ids = new Map();
      this.idNumbers.set(workspaceId, ids);
    }
    return ids;
  }

  private createPerson(workspaceId: string, at: number): number {
    const index = this.personCount - this.committedPersons;
    const personId =
      this.bulk === undefined ? flat(this.newId()) : bulkPersonId(this.bulk.personIdPrefix, index);
    if (this.bulk === undefined) {
      this.changes.persons.push({ workspaceId, personId, createdAt: new Date(at) });
    } else {
      if (index === this.bulkCreatedMs.length) {
        const grown = new Float64Array(Math.max(1024, index * 2));
        grown.set(this.bulkCreatedMs);
        this.bulkCreatedMs = grown;
      }
      this.bulkCreatedMs[index] = at;
    }
    return this.addPerson(personId);
  }

  /** The number of a loaded person id, numbering it if it is new. */
  private personNumber(personId: string): number {
    const known = this.personNumbers.get(personId);
    if (known !== undefined) return known;
    const person = this.addPerson(personId);
    this.personNumbers.set(personId, person);
    return person;
  }

  private addPerson(personId: string): number {
    const person = this.personCount++;
    if (person === this.overrideOf.length) {
      this.overrideOf = withRoomInt32(this.overrideOf, person + 1, NONE);
      this.identified = withRoomUint8(this.identified, person + 1);
      this.idsOf.reserveOwners(person + 1);
      this.mergedInto.reserveOwners(person + 1);
      this.mergedInto.reserveMembers(person + 1);
    }
    // A rolled-back person's slot is reused: its flags are reset here, its lists were emptied.
    this.overrideOf[person] = NONE;
    this.identified[person] = 0;
    this.personIds.push(personId);
    return person;
  }

  /** Links a distinct id not known in the workspace to a person. */
  private linkNew(workspaceId: string, distinctId: string, person: number, isUser: boolean): void {
    this.changes.links.push({ workspaceId, distinctId, personId: this.personIds[person]!, isUser });
    const ids = workspaceId === this.lastWorkspaceId ? this.lastIdNumbers! : this.idNumbersFor(workspaceId);
    this.addId(ids, distinctId, person);
    if (isUser) this.markIdentified(person);
  }

  private addId(ids: Map<string, number>, distinctId: string, person: number, index = true): number {
    flat(distinctId);
    const id = this.idCount++;
    if (id === this.personOfId.length) {
      this.personOfId = withRoomInt32(this.personOfId, id + 1, NONE);
      this.idsOf.reserveMembers(id + 1);
    }
    if (index) ids.set(distinctId, id);
    this.distinctIds.push(distinctId);
    this.idMapOf.push(ids);
    this.personOfId[id] = person;
    this.idsOf.append(person, id);
    return id;
  }

  private moveId(id: number, person: number): void {
    const previous = this.personOfId[id]!;
    this.placeId(id, person);
    if (id < this.committedIds) this.logUndo(id, previous, UNDO_MOVE);
  }

  private placeId(id: number, person: number): void {
    this.idsOf.remove(this.personOfId[id]!, id);
    this.personOfId[id] = person;
    this.idsOf.append(person, id);
  }

  private markIdentified(person: number): void {
    if (this.identified[person] === 1) return;
    this.identified[person] = 1;
    if (person < this.committedPersons) {
      this.undo.push(person);
      this.undo.push(UNDO_IDENTIFIED);
    }
  }

  private merge(workspaceId: string, from: number, into: number): void {
    const intoId = this.personIds[into]!;
    this.changes.merges.push({ workspaceId, from: this.personIds[from]!, into: intoId });
    // Moved ids keep their kind in the store; only the person they point to changes.
    for (let id = this.idsOf.first(from); id !== NONE; ) {
      const next = this.idsOf.next(id);
      // A bulk load's new ids are written with the person they end with (newcomers()).
      if (this.bulk === undefined || id < this.committedIds)
        this.changes.moves.push({ workspaceId, distinctId: this.distinctIds[id]!, personId: intoId });
      this.moveId(id, into);
      id = next;
    }
    if (this.identified[from] === 1) this.markIdentified(into);
    this.setOverride(from, into);
    for (let old = this.mergedInto.first(from); old !== NONE; ) {
      const next = this.mergedInto.next(old);
      this.setOverride(old, into);
      old = next;
    }
  }

  private setOverride(oldPerson: number, person: number): void {
    const previous = this.overrideOf[oldPerson]!;
    if (previous === NONE) this.personNumbers.set(this.personIds[oldPerson]!, oldPerson);
    else this.mergedInto.remove(previous, oldPerson);
    this.overrideOf[oldPerson] = person;
    this.mergedInto.append(person, oldPerson);
    if (oldPerson < this.committedPersons) this.logUndo(oldPerson, previous, UNDO_OVERRIDE);
  }

  private logUndo(subject: number, previous: number, op: number): void {
    this.undo.push(subject);
    this.undo.push(previous);
    this.undo.push(op);
  }
}

/**
 * The same string, stored flat. Node's randomUUID() builds its result by concatenation, a tree of
 * about 20 cons-string nodes that V8 keeps until the string is flattened: ~490 bytes per person
 * id instead of ~50 (measured, 281k ids: 139 MB vs 20 MB). Reading a character flattens in place.
 */
function flat(s: string): string {
  s.charCodeAt(0);
  return s;
}

function emptyChanges(): IdentityChanges {
  return { persons: [], links: [], moves: [], merges: [], traits: [] };
}
