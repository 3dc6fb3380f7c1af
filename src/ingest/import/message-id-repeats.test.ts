import { describe, expect, it } from 'vitest';
import { MessageIdHashes, MessageIdRepeats } from './message-id-repeats.ts';

/** A chunk's hashes, as the scan takes them from the messageIds' bytes in its output. */
function chunkOf(ids: string[]): Int32Array {
  const hashes = new MessageIdHashes();
  for (const id of ids) {
    // Each id sits among other bytes, as in a staged row.
    const row = Buffer.from(`7\u00011\u0001${id}\u0001track`, 'utf8');
    const start = row.indexOf(id);
    hashes.add(row, start, start + Buffer.byteLength(id));
  }
  return hashes.take();
}

describe('MessageIdRepeats', () => {
  it('finds no repeat among 200,000 different messageIds in several chunks', () => {
    const repeats = new MessageIdRepeats();
    for (let c = 0; c < 4; c++) {
      repeats.addHashes(chunkOf(Array.from({ length: 50_000 }, (_, i) => `msg-${c}-${i}`)));
    }
    expect(repeats.found).toBe(false);
  });

  it('finds repeats the same with room made ahead, too little or plenty', () => {
    for (const expected of [10, 1_000_000]) {
      const repeats = new MessageIdRepeats();
      repeats.expect(expected);
      repeats.addHashes(chunkOf(Array.from({ length: 20_000 }, (_, i) => `r-${i}`)));
      expect(repeats.found).toBe(false);
      repeats.addText('r-12345');
      expect(repeats.found).toBe(true);
    }
  });

  it('finds a messageId repeated within a chunk', () => {
    const repeats = new MessageIdRepeats();
    repeats.addHashes(chunkOf(['a-1', 'a-2', 'a-3', 'a-2']));
    expect(repeats.found).toBe(true);
  });

  it('finds a messageId repeated in a later chunk', () => {
    const repeats = new MessageIdRepeats();
    repeats.addHashes(chunkOf(Array.from({ length: 10_000 }, (_, i) => `first-${i}`)));
    expect(repeats.found).toBe(false);
    repeats.addHashes(chunkOf(['second-1', 'first-9999']));
    expect(repeats.found).toBe(true);
  });

  it('tells ids apart that differ only in case, a trailing byte or one character', () => {
    const repeats = new MessageIdRepeats();
    repeats.addHashes(chunkOf(['abc', 'ABC', 'abcd', 'abd', 'ab', '']));
    expect(repeats.found).toBe(false);
  });

  it('matches a messageId the importer validated itself to the scanned one, non-ASCII too', () => {
    const repeats = new MessageIdRepeats();
    repeats.addHashes(chunkOf(['zamówienie-1', 'order-2']));
    repeats.addText('zamówienie-2');
    expect(repeats.found).toBe(false);
    repeats.addText('zamówienie-1');
    expect(repeats.found).toBe(true);
  });

  it('takes each chunk afresh', () => {
    const hashes = new MessageIdHashes();
    const row = Buffer.from('m-1 m-2');
    hashes.add(row, 0, 3);
    expect(hashes.take()).toHaveLength(2);
    hashes.add(row, 4, 7);
    const second = hashes.take();
    const repeats = new MessageIdRepeats();
    repeats.addHashes(second);
    repeats.addText('m-1');
    expect(repeats.found).toBe(false);
    repeats.addText('m-2');
    expect(repeats.found).toBe(true);
  });
});
