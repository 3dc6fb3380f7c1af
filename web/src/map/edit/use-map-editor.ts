import { useCallback, useEffect, useRef, useState } from 'react';
import { type JourneyMap, JourneyMapSchema } from '../../../../src/model/index.ts';
import { ApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import type { StoredMap } from '../../api/types.ts';
import { canRedo, canUndo, type History, record, redo, startHistory, undo } from './history.ts';

/** How long typing may pause before the map is saved. */
export const AUTOSAVE_DELAY_MS = 800;

export type SaveState =
  | { state: 'saved' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'error'; error: unknown }
  | { state: 'invalid'; message: string }
  | { state: 'conflict' };

export interface MapEditor {
  map: JourneyMap;
  /** The revision the server has now (changes with every save, so read it when needed). */
  revision: () => number;
  save: SaveState;
  canUndo: boolean;
  canRedo: boolean;
  apply: (edit: (map: JourneyMap) => JourneyMap) => void;
  undo: () => void;
  redo: () => void;
  /** Saves now (waiting for a save under way); resolves true when the server has the map on screen. */
  flush: () => Promise<boolean>;
  /** Starts over from a map as stored (after a reload or a restore); history is cleared. */
  reset: (stored: StoredMap) => void;
}

/**
 * The map being edited: undo/redo history over pure edits, and autosave — a PUT naming the
 * revision the editor started from, AUTOSAVE_DELAY_MS after the last edit, one at a time. A 409
 * stops saving until the user reloads or keeps a copy, so nobody's work is overwritten.
 */
export function useMapEditor(stored: StoredMap, onSaved: (doc: JourneyMap) => void): MapEditor {
  const [history, setHistory] = useState<History<JourneyMap>>(() => startHistory(stored.doc));
  const [save, setSave] = useState<SaveState>({ state: 'saved' });
  const revision = useRef(stored.revision);
  const savedDoc = useRef(stored.doc);
  const present = useRef(history.present);
  present.current = history.present;
  const inFlight = useRef<Promise<boolean> | null>(null);
  const stopped = useRef(false);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const flush = useCallback(async (): Promise<boolean> => {
    while (inFlight.current) await inFlight.current;
    if (stopped.current) return false;
    const doc = present.current;
    if (doc === savedDoc.current) return true;
    const parsed = JourneyMapSchema.safeParse({ ...doc, revision: revision.current });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setSave({ state: 'invalid', message: `${issue?.path.join('.')}: ${issue?.message}` });
      return false;
    }
    const run = (async () => {
      setSave({ state: 'saving' });
      try {
        const answer = await api.updateMap(parsed.data, revision.current);
        revision.current = answer.revision;
        savedDoc.current = doc;
        setSave(present.current === doc ? { state: 'saved' } : { state: 'pending' });
        onSavedRef.current(doc);
        return true;
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          stopped.current = true;
          setSave({ state: 'conflict' });
        } else setSave({ state: 'error', error });
        return false;
      }
    })();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }, []);

  // Autosave: each new present restarts the timer.
  useEffect(() => {
    if (history.present === savedDoc.current || stopped.current) return;
    setSave((s) => (s.state === 'saving' ? s : { state: 'pending' }));
    const timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [history.present, flush]);

  const reset = useCallback((next: StoredMap) => {
    stopped.current = false;
    revision.current = next.revision;
    savedDoc.current = next.doc;
    setHistory(startHistory(next.doc));
    setSave({ state: 'saved' });
  }, []);

  return {
    map: history.present,
    revision: useCallback(() => revision.current, []),
    save,
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    apply: useCallback((edit) => setHistory((h) => record(h, edit(h.present))), []),
    undo: useCallback(() => setHistory(undo), []),
    redo: useCallback(() => setHistory(redo), []),
    flush,
    reset,
  };
}
