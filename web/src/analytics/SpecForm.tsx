import { type FormEvent, type ReactNode, useState } from 'react';

/** What an analysis form gets from its page: its state, and where to send the spec it builds. */
export interface BuilderProps<F, S> {
  form: F;
  onChange: (form: F) => void;
  onRun: (spec: S, form: F) => void;
  running: boolean;
}

type Built<S, P> = { ok: true; spec: S } | { ok: false; problems: P[] };

/**
 * Submitting an analysis form: build the spec from the form (a pure `build*Spec` function), run
 * it when it is complete, else keep its problems to say in words.
 */
export function useSpecSubmit<F, S, P>(
  form: F,
  build: (form: F) => Built<S, P>,
  onRun: (spec: S, form: F) => void,
): { problems: P[]; submit: (event: FormEvent) => void } {
  const [problems, setProblems] = useState<P[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const built = build(form);
    setProblems(built.ok ? [] : built.problems);
    if (built.ok) onRun(built.spec, form);
  };
  return { problems, submit };
}

/**
 * The frame every analysis form shares: a titled panel, its fields, what stops it from running
 * (in words, announced), and the run button, which says it is running while it is.
 */
export function SpecForm<P extends string>({
  id,
  title,
  problems,
  problemText,
  cannotRun,
  runLabel,
  running,
  onSubmit,
  className,
  children,
}: {
  /** The form's `useId()`, which its fields' ids start with too. */
  id: string;
  title: string;
  problems: readonly P[];
  problemText: (problem: P) => string;
  cannotRun: string;
  /** The button's text, e.g. "Running…" while `running`. */
  runLabel: string;
  running: boolean;
  onSubmit: (event: FormEvent) => void;
  /** Another class beside `panel form`. */
  className?: string;
  children: ReactNode;
}) {
  return (
    <form
      className={className ? `panel form ${className}` : 'panel form'}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
      {problems.length > 0 && (
        <div className="notice notice-warning" role="alert">
          <p className="notice-title">{cannotRun}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{problemText(p)}</li>
            ))}
          </ul>
        </div>
      )}
      <div>
        <button type="submit" className="button button-primary" disabled={running}>
          {runLabel}
        </button>
      </div>
    </form>
  );
}
