/** The editor's keyboard commands. */
export type Shortcut = 'undo' | 'redo';

interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** The focused element's tag name, e.g. `INPUT`. */
  targetTag?: string;
}

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (⌘ instead of Ctrl on a Mac). Not while typing in a
 * field: there the browser's own undo of the text applies.
 * Example: `shortcutOf({ key: 'z', ctrlKey: true, … })` → `'undo'`.
 */
export function shortcutOf(press: KeyPress): Shortcut | null {
  if (press.targetTag !== undefined && TYPING.has(press.targetTag)) return null;
  if (!(press.ctrlKey || press.metaKey) || press.altKey) return null;
  const key = press.key.toLowerCase();
  if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !press.shiftKey) return 'redo';
  return null;
}

/** Alt+↑ / Alt+↓ on a lane's tools moves the lane one row up or down. */
export function laneMoveByOf(press: Pick<KeyPress, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>): -1 | 1 | null {
  if (!press.altKey || press.ctrlKey || press.metaKey) return null;
  if (press.key === 'ArrowUp') return -1;
  if (press.key === 'ArrowDown') return 1;
  return null;
}

/** Alt+← / Alt+→ on a card or stage moves it one stage left or right. */
export function moveByOf(press: Pick<KeyPress, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>): -1 | 1 | null {
  if (!press.altKey || press.ctrlKey || press.metaKey) return null;
  if (press.key === 'ArrowLeft') return -1;
  if (press.key === 'ArrowRight') return 1;
  return null;
}
