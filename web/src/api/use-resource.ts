import { useEffect, useRef, useState } from 'react';

export type Resource<T> =
  | { state: 'loading' }
  | { state: 'error'; error: unknown }
  | { state: 'ready'; data: T };

/**
 * Loads data for `key` (re-loading when it changes), cancelling a request that is no longer
 * wanted, so a slow answer for an old key never replaces a newer one. Returns the state and a
 * `reload` for "try again" buttons.
 */
export function useResource<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): [Resource<T>, () => void] {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` and `attempt` are what re-runs the load; `load` is read through a ref
  useEffect(() => {
    const controller = new AbortController();
    setResource({ state: 'loading' });
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setResource({ state: 'ready', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setResource({ state: 'error', error });
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  return [resource, () => setAttempt((n) => n + 1)];
}
