import { withRoomInt32 } from '../typed-array-capacity.ts';

/**
 * Whether a bulk load repeats a messageId, told from hashes the scan takes of each row's
 * messageId as it writes it. Two 32-bit hashes per id: equal ids always hash alike, so a repeat
 * is never missed; different ids hash alike about once in 2^64 pairs, and then the load only
 * takes its slower path (dedup by line) for nothing. A load of a million rows used to learn
 * this from the store with a count(DISTINCT) after its insert: a tenth of a second on one core.
 */

/** The two hashes of `bytes[s, e)`: FNV-1a, and a multiply-xorshift with another constant. */
function hashInto(out: Int32Array, at: number, bytes: Uint8Array, s: number, e: number): void {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x9747b28c | 0;
  for (let i = s; i < e; i++) {
    const c = bytes[i]!;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 + c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  out[at] = h1;
  out[at + 1] = h2;
}

/** One scan thread's hashes of its chunk's messageIds, two per row, handed over per chunk. */
export class MessageIdHashes {
  private data = new Int32Array(2 * 4096);
  private length = 0;

  add(bytes: Uint8Array, s: number, e: number): void {
    if (this.length + 2 > this.data.length) this.data = withRoomInt32(this.data, this.length + 2, 0);
    hashInto(this.data, this.length, bytes, s, e);
    this.length += 2;
  }

  /** The chunk's hashes; starts afresh for the next chunk. */
  take(): Int32Array<ArrayBuffer> {
    const taken = this.data.slice(0, this.length);
    this.length = 0;
    return taken;
  }
}

/** Across a load: whether any two of its messageIds may be the same. */
export class MessageIdRepeats {
  /** Slot → the hash pair stored there; `used` marks taken slots (a pair may be 0, 0). */
  private keys = new Int32Array(2 * 4096);
  private used = new Uint8Array(4096);
  private count = 0;
  private repeat = false;
  private readonly one = new Int32Array(2);

  /** Whether two messageIds added may be equal; false means they are surely all different. */
  get found(): boolean {
    return this.repeat;
  }

  /** Makes room for about this many messageIds in all (an estimate saves rehashing). */
  expect(count: number): void {
    let length = this.used.length;
    while (2 * count > length) length *= 2;
    if (length > this.used.length) this.grow(length);
  }

  /** Adds a chunk's hashes (MessageIdHashes.take). */
  addHashes(pairs: Int32Array): void {
    for (let i = 0; i < pairs.length && !this.repeat; i += 2) this.insert(pairs[i]!, pairs[i + 1]!);
  }

  /** Adds a messageId by its text: its UTF-8 bytes, as a staged row holds them. */
  addText(messageId: string): void {
    if (this.repeat) return;
    const bytes = Buffer.from(messageId, 'utf8');
    hashInto(this.one, 0, bytes, 0, bytes.length);
    this.insert(this.one[0]!, this.one[1]!);
  }

  private insert(h1: number, h2: number): void {
    const mask = this.used.length - 1;
    const keys = this.keys;
    for (let slot = (h1 ^ (h1 >>> 16)) & mask; ; slot = (slot + 1) & mask) {
      if (this.used[slot] === 0) {
        this.used[slot] = 1;
        keys[2 * slot] = h1;
        keys[2 * slot + 1] = h2;
        if (2 * ++this.count > this.used.length) this.grow(this.used.length * 2);
        return;
      }
      if (keys[2 * slot] === h1 && keys[2 * slot + 1] === h2) {
        this.repeat = true;
        return;
      }
    }
  }

  /** Moves the pairs to a table of `length` slots; they are all different, so none is compared. */
  private grow(length: number): void {
    const { keys, used } = this;
    this.keys = new Int32Array(2 * length);
    this.used = new Uint8Array(length);
    const mask = length - 1;
    for (let from = 0; from < used.length; from++) {
      if (used[from] === 0) continue;
      const h1 = keys[2 * from]!;
      let slot = (h1 ^ (h1 >>> 16)) & mask;
      while (this.used[slot] === 1) slot = (slot + 1) & mask;
      this.used[slot] = 1;
      this.keys[2 * slot] = h1;
      this.keys[2 * slot + 1] = keys[2 * from + 1]!;
    }
  }
}
