import { type ReactNode, useId } from 'react';

/**
 * A label and its control, tied by id. Not a wrapping <label>: a select inside one would add its
 * chosen option to the label's accessible name ("Channel Web").
 */
export function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}
