import { describe, expect, it } from 'vitest';
import { laneMoveByOf, moveByOf, shortcutOf } from './shortcuts.ts';

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('editor keyboard shortcuts', () => {
  it.each([
    [key('z', { ctrlKey: true }), 'undo'],
    [key('z', { metaKey: true }), 'undo'],
    [key('Z', { ctrlKey: true, shiftKey: true }), 'redo'],
    [key('y', { ctrlKey: true }), 'redo'],
    [key('z'), null],
    [key('z', { ctrlKey: true, altKey: true }), null],
  ])('%o → %s', (press, expected) => {
    expect(shortcutOf(press)).toBe(expected);
  });

  it('leave typing in a field to the browser', () => {
    expect(shortcutOf({ ...key('z', { ctrlKey: true }), targetTag: 'INPUT' })).toBeNull();
    expect(shortcutOf({ ...key('z', { ctrlKey: true }), targetTag: 'TEXTAREA' })).toBeNull();
    expect(shortcutOf({ ...key('z', { ctrlKey: true }), targetTag: 'BUTTON' })).toBe('undo');
  });

  it('Alt+arrows move one stage', () => {
    expect(moveByOf(key('ArrowLeft', { altKey: true }))).toBe(-1);
    expect(moveByOf(key('ArrowRight', { altKey: true }))).toBe(1);
    expect(moveByOf(key('ArrowRight'))).toBeNull();
  });

  it('Alt+↑/↓ move one lane, and only with Alt alone', () => {
    expect(laneMoveByOf(key('ArrowUp', { altKey: true }))).toBe(-1);
    expect(laneMoveByOf(key('ArrowDown', { altKey: true }))).toBe(1);
    expect(laneMoveByOf(key('ArrowDown'))).toBeNull();
    expect(laneMoveByOf(key('ArrowUp', { altKey: true, ctrlKey: true }))).toBeNull();
    expect(laneMoveByOf(key('ArrowLeft', { altKey: true }))).toBeNull();
  });
});
