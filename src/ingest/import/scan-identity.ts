import { withRoomFloat64, withRoomInt32, withRoomUint8 } from '../typed-array-capacity.ts';
import type { EnrichedEvent } from '../types.ts';
import { writeInt } from './decimal-bytes.ts';

/**
 * What identity stitching needs of a bulk import, gathered during the scan (ndjson-scan.ts)
 * instead of asked of the store afterwards: the distinct ids, numbered, and the rows that can
 * change the identity graph, with their ids as numbers.
 *
 * Each scan thread numbers the ids of its chunk by their bytes (ChunkIdentityCollector) and keeps
 * only the first row of each combination of ids in the chunk, plus every row with traits: the
 * graph gives a repeated combination the same answer as its first occurrence (links and merges
 * only ever join persons), so the repeats change nothing. The importer's thread then numbers the
 * chunks' ids across the file (ScannedIdentity), which costs a lookup per distinct id of a chunk,
 * not per row, and stitches while the store loads the staged rows.
 */

/** A chunk's identity rows and ids, in typed arrays a worker hands over without copying. */
export interface ChunkIdentity {
  /** The chunk's distinct ids in the order first seen, as UTF-8, end to end. */
  idBytes: Uint8Array;
  /** Where each id ends in idBytes; negative (−end − 1) when it has non-ASCII bytes. */
  idEnds: Int32Array;
  /** Each id's hash (ByteInterner), so that the file's numbering need not hash it again. */
  idHashes: Int32Array;
  /** Per row, ROW_INTS values: line (in the chunk, from 1), alias flag, then the ids' codes. */
  rows: Int32Array;
  /** The event time of each row, epoch milliseconds. */
  ms: Float64Array;
  /** The rows' traits JSON, end to end; a row without traits takes no bytes. */
  traitsBytes: Uint8Array;
  traitsEnds: Int32Array;
}

const ROW_INTS = 5;
const LINE = 0;
const ALIAS = 1;
const USER = 2;
const ANONYMOUS = 3;
const PREVIOUS = 4;
/** The code of an absent id. */
export const NO_ID = -1;

/** A load's distinct ids, numbered 0…count−1 (codes). */
export interface IdentityIds {
  readonly count: number;
  text(code: number): string;
}

/** The batches `ScannedIdentity.rows` visits, column by column. Ids are codes, or NO_ID. */
export interface IdentityRows {
  count: number;
  /** The file line of the batch's last row. */
  lastLine: number;
  /** 1 for an alias. */
  alias: Int32Array;
  userId: Int32Array;
  anonymousId: Int32Array;
  previousId: Int32Array;
  /** The event's time in epoch milliseconds. */
  ms: Float64Array;
  traits: (string | null)[];
}

/** A growable byte store. */
class Bytes {
  data: Uint8Array<ArrayBuffer> = new Uint8Array(64 * 1024);
  length = 0;
  reserve(n: number): void {
    this.data = withRoomUint8(this.data, this.length + n);
  }
}

/** A growable Int32Array or Float64Array, its values read and written in place through `data`. */
class Numbers<T extends Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer>> {
  length = 0;
  constructor(public data: T) {}
  push(v: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = v;
  }
  grow(needed: number): void {
    const d = this.data;
    this.data = (d instanceof Float64Array ? withRoomFloat64(d, needed) : withRoomInt32(d, needed, 0)) as T;
  }
  take(): T {
    return this.data.slice(0, this.length) as T;
  }
}

/**
 * Numbers distinct byte strings 0, 1, … in the order first seen, keeping their bytes end to end.
 * Open addressing over typed arrays: a Map keyed by strings would cost a string per id.
 */
export class ByteInterner {
  bytes = new Bytes();
  /** Where each id ends in `bytes`; negative (−end − 1) when it has non-ASCII bytes. */
  ends = new Numbers(new Int32Array(4096));
  hashes = new Numbers(new Int32Array(4096));
  /** Slot → code + 1 (0 for empty); a power of two, at most half full. */
  private slots = new Int32Array(8192);

  get count(): number {
    return this.ends.length;
  }

  /** The code of `bytes[s, e)`, numbering it if it is new. */
  idOf(bytes: Uint8Array, s: number, e: number): number {
    let h = 0x811c9dc5 | 0;
    let high = 0;
    for (let i = s; i < e; i++) {
      const c = bytes[i]!;
      high |= c;
      h = Math.imul(h ^ c, 0x01000193);
    }
    return this.idOfHashed(bytes, s, e, h, high >= 0x80);
  }

  /** `idOf` for bytes whose hash (as `idOf` computes it) is known. */
  idOfHashed(bytes: Uint8Array, s: number, e: number, h: number, nonAscii: boolean): number {
    const mask = this.slots.length - 1;
    const ends = this.ends.data;
    const hashes = this.hashes.data;
    const stored = this.bytes.data;
    const n = e - s;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) {
        const code = this.ends.length;
        this.bytes.reserve(n);
        const to = this.bytes.data;
        let at = this.bytes.length;
        for (let i = s; i < e; i++) to[at++] = bytes[i]!;
        this.bytes.length = at;
        this.ends.push(nonAscii ? -at - 1 : at);
        this.hashes.push(h);
        this.slots[slot] = code + 1;
        if (2 * (code + 1) > this.slots.length) this.rehash(this.slots.length * 2);
        return code;
      }
      const code = entry - 1;
      if (hashes[code] !== h) continue;
      const end = endOf(ends[code]!);
      const start = code === 0 ? 0 : endOf(ends[code - 1]!);
      if (end - start !== n) continue;
      let same = true;
      for (let i = 0; i < n; i++) {
        if (stored[start + i] !== bytes[s + i]) {
          same = false;
          break;
        }
      }
      if (same) return code;
    }
  }

  /** `idOf` for text, by its UTF-8 bytes (a lone surrogate as U+FFFD, as any UTF-8 writer does). */
  idOfText(text: string): number {
    const bytes = Buffer.from(text, 'utf8');
    return this.idOf(bytes, 0, bytes.length);
  }

  /** The text of the id with this code. */
  text(code: number): string {
    const end = this.ends.data[code]!;
    const start = code === 0 ? 0 : endOf(this.ends.data[code - 1]!);
    return Buffer.from(this.bytes.data.buffer, 0, this.bytes.length).toString(
      end < 0 ? 'utf8' : 'latin1',
      start,
      endOf(end),
    );
  }

  /** Makes room for `count` ids in all, so that numbering them rehashes no more. */
  reserve(count: number): void {
    let length = this.slots.length;
    while (2 * count > length) length *= 2;
    if (length > this.slots.length) this.rehash(length);
  }

  clear(): void {
    this.bytes.length = 0;
    this.ends.length = 0;
    this.hashes.length = 0;
    this.slots.fill(0);
  }

  private rehash(length: number): void {
    const slots = new Int32Array(length);
    const mask = slots.length - 1;
    for (let code = 0; code < this.hashes.length; code++) {
      let slot = this.hashes.data[code]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = code + 1;
    }
    this.slots = slots;
  }
}

/** Numbers one chunk's ids by their bytes and keeps the rows that matter for stitching. */
export class ChunkIdentityCollector {
  readonly ids = new ByteInterner();
  /** Slot → row index + 1 of the first row with that combination of ids. */
  private comboSlots = new Int32Array(8192);
  private rowInts = new Numbers(new Int32Array(4096 * ROW_INTS));
  private ms = new Numbers(new Float64Array(4096));
  private traits = new Bytes();
  private traitsEnds = new Numbers(new Int32Array(4096));
  /** Combinations kept (the size of comboSlots' contents). */
  private combos = 0;

  /**
   * Notes a row: kept if it is the chunk's first with this combination of ids, or has traits
   * (`bytes[traitsStart, traitsEnd)`, or traitsStart < 0 for none).
   */
  row(
    line: number,
    alias: boolean,
    user: number,
    anonymous: number,
    previous: number,
    ms: number,
    bytes: Uint8Array,
    traitsStart: number,
    traitsEnd: number,
  ): void {
    const flag = alias ? 1 : 0;
    if (traitsStart < 0 && !this.newCombination(flag, user, anonymous, previous)) return;
    this.keep(line, flag, user, anonymous, previous, ms);
    if (traitsStart >= 0) {
      this.traits.reserve(traitsEnd - traitsStart);
      const to = this.traits.data;
      let at = this.traits.length;
      for (let i = traitsStart; i < traitsEnd; i++) to[at++] = bytes[i]!;
      this.traits.length = at;
    }
    this.traitsEnds.push(this.traits.length);
  }

  /** Hands over what the chunk gathered and starts afresh for the next one. */
  take(): ChunkIdentity {
    const taken: ChunkIdentity = {
      idBytes: this.ids.bytes.data.slice(0, this.ids.bytes.length),
      idEnds: this.ids.ends.take(),
      idHashes: this.ids.hashes.take(),
      rows: this.rowInts.take(),
      ms: this.ms.take(),
      traitsBytes: this.traits.data.slice(0, this.traits.length),
      traitsEnds: this.traitsEnds.take(),
    };
    this.ids.clear();
    this.comboSlots.fill(0);
    this.rowInts.length = 0;
    this.ms.length = 0;
    this.traits.length = 0;
    this.traitsEnds.length = 0;
    this.combos = 0;
    return taken;
  }

  private keep(line: number, flag: number, user: number, anonymous: number, previous: number, ms: number) {
    const ints = this.rowInts;
    if (ints.length + ROW_INTS > ints.data.length) ints.grow(ints.length + ROW_INTS);
    const d = ints.data;
    const at = ints.length;
    d[at + LINE] = line;
    d[at + ALIAS] = flag;
    d[at + USER] = user;
    d[at + ANONYMOUS] = anonymous;
    d[at + PREVIOUS] = previous;
    ints.length += ROW_INTS;
    this.ms.push(ms);
  }

  /** Whether no earlier row of the chunk had these ids; if so, it is the one rows will point to. */
  private newCombination(flag: number, user: number, anonymous: number, previous: number): boolean {
    const h = comboHash(flag, user, anonymous, previous);
    const mask = this.comboSlots.length - 1;
    const d = this.rowInts.data;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = this.comboSlots[slot]!;
      if (entry === 0) {
        // The row about to be kept.
        this.comboSlots[slot] = this.rowInts.length / ROW_INTS + 1;
        if (2 * ++this.combos > this.comboSlots.length) this.rehashCombos();
        return true;
      }
      const at = (entry - 1) * ROW_INTS;
      if (
        d[at + ALIAS] === flag &&
        d[at + USER] === user &&
        d[at + ANONYMOUS] === anonymous &&
        d[at + PREVIOUS] === previous
      )
        return false;
    }
  }

  /**
   * Grows the combination table. Rows kept for their traits alone are not in it, so only the rows
   * a slot pointed to are entered again.
   */
  private rehashCombos(): void {
    const old = this.comboSlots;
    const slots = new Int32Array(old.length * 2);
    const mask = slots.length - 1;
    const d = this.rowInts.data;
    for (const entry of old) {
      if (entry === 0) continue;
      const at = (entry - 1) * ROW_INTS;
      let slot = comboHash(d[at + ALIAS]!, d[at + USER]!, d[at + ANONYMOUS]!, d[at + PREVIOUS]!) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry;
    }
    this.comboSlots = slots;
  }
}

const endOf = (end: number) => (end < 0 ? -end - 1 : end);

function comboHash(flag: number, user: number, anonymous: number, previous: number): number {
  let h = Math.imul(user + 1, 0x9e3779b1);
  h = Math.imul(h ^ (anonymous + 1), 0x85ebca6b);
  h = Math.imul(h ^ (previous + 1), 0xc2b2ae35);
  h ^= flag;
  return (h ^ (h >>> 15)) | 0;
}

/** A chunk's gathered identity, its ids renumbered across the file. */
interface NumberedChunk {
  chunk: ChunkIdentity;
  lineOffset: number;
  /** Chunk code → file code. */
  codes: Int32Array;
}

/**
 * A file's identity rows and ids (see the module's comment): the chunks' in file order, plus the
 * rows the importer validated itself (`addEvents`), visited in line order.
 */
export class ScannedIdentity implements IdentityIds {
  private readonly ids = new ByteInterner();
  private readonly chunks: NumberedChunk[] = [];
  /** The chunks' ids as lines of code, `field` and id (idsFile), written as they are numbered. */
  private readonly idsFileBytes = new Bytes();
  /** Rows `addEvents` added: ROW_INTS each (file lines), their times and traits. */
  private readonly extraRows = new Numbers(new Int32Array(64 * ROW_INTS));
  private readonly extraMs = new Numbers(new Float64Array(64));
  private readonly extraTraits: (string | null)[] = [];
  /** Ids first seen in rows `addEvents` added (codes from here on). */
  private firstExtraCode = -1;
  /** Where `rows` goes on from: a chunk, and a row in it. */
  private nextChunk = 0;
  private nextRow = 0;

  /** `field` separates code and id in idsFile's lines. */
  constructor(private readonly field: number) {}

  /** The number of distinct ids. */
  get count(): number {
    return this.ids.count;
  }

  /** The text of the id with this code. */
  text(code: number): string {
    return this.ids.text(code);
  }

  /** Makes room for about this many distinct ids in all (an estimate saves rehashing). */
  expectIds(count: number): void {
    this.ids.reserve(count);
  }

  /** Adds chunks in file order; `lineOffset` is the lines before the chunk's first. */
  addChunk(chunk: ChunkIdentity, lineOffset: number): void {
    if (this.firstExtraCode >= 0) throw new Error('chunks come before the rows validated afterwards');
    const { idBytes, idEnds, idHashes } = chunk;
    const codes = new Int32Array(idEnds.length);
    const before = this.ids.count;
    let start = 0;
    for (let i = 0; i < idEnds.length; i++) {
      const end = endOf(idEnds[i]!);
      codes[i] = this.ids.idOfHashed(idBytes, start, end, idHashes[i]!, idEnds[i]! < 0);
      start = end;
    }
    this.chunks.push({ chunk, lineOffset, codes });
    this.writeIdLines(before, this.ids.count);
  }

  /**
   * The chunks' ids as lines of code, `field` and id (a store loads them as a table). They never
   * hold a control character: the scan leaves such lines to JavaScript.
   */
  idsFile(): Uint8Array {
    return this.idsFileBytes.data.subarray(0, this.idsFileBytes.length);
  }

  /** Appends the lines of ids [from, to) to idsFile. */
  private writeIdLines(from: number, to: number): void {
    if (to <= from) return;
    const ends = this.ids.ends.data;
    const bytes = this.ids.bytes.data;
    let start = from === 0 ? 0 : endOf(ends[from - 1]!);
    const file = this.idsFileBytes;
    // A code has at most 10 digits; each line adds field and newline.
    file.reserve(endOf(ends[to - 1]!) - start + 12 * (to - from));
    const out = file.data;
    let n = file.length;
    for (let code = from; code < to; code++) {
      n = writeInt(out, n, code);
      out[n++] = this.field;
      const end = endOf(ends[code]!);
      for (let i = start; i < end; i++) out[n++] = bytes[i]!;
      out[n++] = 0x0a;
      start = end;
    }
    file.length = n;
  }

  /** Adds rows the importer validated itself (any order), after the last chunk. */
  addEvents(rows: { line: number; event: EnrichedEvent }[]): void {
    if (this.firstExtraCode < 0) this.firstExtraCode = this.ids.count;
    for (const { line, event: e } of rows) {
      const code = (id: string | null) => (id === null ? NO_ID : this.ids.idOfText(id));
      for (const v of [
        line,
        e.type === 'alias' ? 1 : 0,
        code(e.userId),
        code(e.anonymousId),
        code(e.previousId),
      ])
        this.extraRows.push(v);
      this.extraMs.push(e.timestamp.getTime());
      this.extraTraits.push(e.traits);
    }
  }

  /** The ids only `addEvents`' rows hold (codes from `firstCode` on), as text. */
  addedIds(): { firstCode: number; ids: string[] } {
    const firstCode = this.firstExtraCode < 0 ? this.ids.count : this.firstExtraCode;
    const ids: string[] = [];
    for (let code = firstCode; code < this.ids.count; code++) ids.push(this.ids.text(code));
    return { firstCode, ids };
  }

  /**
   * Visits, in file order and a batch at a time, the rows not visited yet whose line is before
   * `beforeLine`: while the file is scanned, those of the chunks added so far, up to a line left
   * to JavaScript; at the end, all the rest, the rows `addEvents` added among them.
   */
  rows(visit: (rows: IdentityRows) => void, batchSize = 2048, beforeLine = Number.POSITIVE_INFINITY): void {
    const extra = this.extraRows.data;
    const extraMs = this.extraMs.data;
    if (this.extraMs.length > 0 && beforeLine !== Number.POSITIVE_INFINITY)
      throw new Error('the rows validated afterwards are visited with all the rest');
    // The added rows by line (they come in batches, each in line order).
    const order = Array.from({ length: this.extraMs.length }, (_, i) => i).sort(
      (i, j) => extra[i * ROW_INTS + LINE]! - extra[j * ROW_INTS + LINE]!,
    );
    let x = 0;
    let nextExtraLine = order.length > 0 ? extra[order[0]! * ROW_INTS + LINE]! : Number.POSITIVE_INFINITY;
    let batch = newBatch(batchSize);
    let i = 0;
    const full = () => {
      batch.count = i;
      visit(batch);
      batch = newBatch(batchSize);
      i = 0;
    };
    const addExtrasBefore = (line: number) => {
      for (; x < order.length; x++) {
        const r = order[x]!;
        const at = r * ROW_INTS;
        if (extra[at + LINE]! >= line) break;
        batch.lastLine = extra[at + LINE]!;
        batch.alias[i] = extra[at + ALIAS]!;
        batch.userId[i] = extra[at + USER]!;
        batch.anonymousId[i] = extra[at + ANONYMOUS]!;
        batch.previousId[i] = extra[at + PREVIOUS]!;
        batch.ms[i] = extraMs[r]!;
        batch.traits[i] = this.extraTraits[r]!;
        if (++i === batchSize) full();
      }
      nextExtraLine = x < order.length ? extra[order[x]! * ROW_INTS + LINE]! : Number.POSITIVE_INFINITY;
    };
    visiting: for (; this.nextChunk < this.chunks.length; this.nextChunk++, this.nextRow = 0) {
      const { chunk, lineOffset, codes } = this.chunks[this.nextChunk]!;
      const { rows, ms, traitsBytes, traitsEnds } = chunk;
      const traitsText = Buffer.from(traitsBytes.buffer, traitsBytes.byteOffset, traitsBytes.byteLength);
      for (let r = this.nextRow; r < ms.length; r++) {
        const at = r * ROW_INTS;
        const line = rows[at + LINE]! + lineOffset;
        if (line >= beforeLine) {
          this.nextRow = r;
          break visiting;
        }
        if (line > nextExtraLine) addExtrasBefore(line);
        const user = rows[at + USER]!;
        const anonymous = rows[at + ANONYMOUS]!;
        const previous = rows[at + PREVIOUS]!;
        batch.lastLine = line;
        batch.alias[i] = rows[at + ALIAS]!;
        batch.userId[i] = user === NO_ID ? NO_ID : codes[user]!;
        batch.anonymousId[i] = anonymous === NO_ID ? NO_ID : codes[anonymous]!;
        batch.previousId[i] = previous === NO_ID ? NO_ID : codes[previous]!;
        batch.ms[i] = ms[r]!;
        // Traits end to end: a row's run from the previous row's end to its own.
        const traitsStart = r === 0 ? 0 : traitsEnds[r - 1]!;
        const traitsEnd = traitsEnds[r]!;
        if (traitsEnd > traitsStart) batch.traits[i] = traitsText.toString('utf8', traitsStart, traitsEnd);
        if (++i === batchSize) full();
      }
    }
    addExtrasBefore(beforeLine);
    if (i > 0) {
      batch.count = i;
      visit(batch);
    }
  }
}

function newBatch(size: number): IdentityRows {
  return {
    count: 0,
    lastLine: 0,
    alias: new Int32Array(size),
    userId: new Int32Array(size),
    anonymousId: new Int32Array(size),
    previousId: new Int32Array(size),
    ms: new Float64Array(size),
    traits: new Array<string | null>(size).fill(null),
  };
}
