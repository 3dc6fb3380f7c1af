import { useCallback, useEffect, useRef, useState } from 'react';

/** One analysis run: not yet asked, on its way, failed (with what to retry), or answered. */
export type QueryRun<Spec, Form, Result> =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'error'; error: unknown; spec: Spec; form: Form }
  | { state: 'ready'; result: Result; form: Form; spec: Spec };

/**
 * Runs a query and keeps its state; a newer run aborts an older one still on its way (its late
 * answer is dropped), and leaving the page aborts the one in flight. The form as run travels with
 * the answer, so the result is shown as asked even after the form is edited (and the spec, so the
 * answer's question can be saved to a dashboard).
 */
export function useQueryRun<Spec, Form, Result>(
  query: (spec: Spec, signal: AbortSignal) => Promise<Result>,
): [QueryRun<Spec, Form, Result>, (spec: Spec, form: Form) => void] {
  const [run, setRun] = useState<QueryRun<Spec, Form, Result>>({ state: 'idle' });
  const pending = useRef<AbortController | null>(null);
  useEffect(() => () => pending.current?.abort(), []);
  const start = useCallback(
    (spec: Spec, form: Form) => {
      pending.current?.abort();
      const controller = new AbortController();
      pending.current = controller;
      setRun({ state: 'running' });
      query(spec, controller.signal).then(
        (result) => {
          if (!controller.signal.aborted) setRun({ state: 'ready', result, form, spec });
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setRun({ state: 'error', error, spec, form });
        },
      );
    },
    [query],
  );
  return [run, start];
}
