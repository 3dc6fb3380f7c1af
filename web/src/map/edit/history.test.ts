import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, HISTORY_LIMIT, record, redo, startHistory, undo } from './history.ts';

describe('undo/redo history', () => {
  it('undoes and redoes in order; a new change drops what was undone', () => {
    let h = record(record(startHistory('a'), 'b'), 'c');
    expect(h).toEqual({ past: ['a', 'b'], present: 'c', future: [] });
    h = undo(undo(h));
    expect(h).toEqual({ past: [], present: 'a', future: ['b', 'c'] });
    expect(canUndo(h)).toBe(false);
    h = redo(h);
    expect(h.present).toBe('b');
    h = record(h, 'x');
    expect(h).toEqual({ past: ['a', 'b'], present: 'x', future: [] });
    expect(canRedo(h)).toBe(false);
  });

  it('ignores undo/redo with nothing to do, and recording the same value', () => {
    const h = startHistory('a');
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
    expect(record(h, 'a')).toBe(h);
  });

  it(`keeps at most ${HISTORY_LIMIT} steps back`, () => {
    let h = startHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 10; i++) h = record(h, i);
    expect(h.past.length).toBe(HISTORY_LIMIT);
    expect(h.past[0]).toBe(10);
  });
});
