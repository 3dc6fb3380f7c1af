import type { ReactNode } from 'react';

/**
 * The workspace's event names as <option>s, keeping a chosen name the workspace no longer lists
 * (so a form loaded with it still shows what it asks).
 */
export function EventNameOptions({ names, current }: { names: readonly string[]; current: string }) {
  return (
    <>
      {current !== '' && !names.includes(current) && <option value={current}>{current}</option>}
      {names.map((name) => (
        <option key={name} value={name}>
          {name}
        </option>
      ))}
    </>
  );
}

/** A labelled select over fixed choices, with an optional line of help tied to it. */
export function ChoiceField<T extends string>({
  id,
  label,
  value,
  choices,
  choiceLabel,
  help,
  onChange,
}: {
  id: string;
  label: string;
  value: T;
  choices: readonly T[];
  choiceLabel: (choice: T) => string;
  help?: ReactNode;
  onChange: (value: T) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-describedby={help === undefined ? undefined : `${id}-help`}
        onChange={(e) => onChange(e.target.value as T)}
      >
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choiceLabel(choice)}
          </option>
        ))}
      </select>
      {help !== undefined && (
        <span id={`${id}-help`} className="field-help">
          {help}
        </span>
      )}
    </div>
  );
}
