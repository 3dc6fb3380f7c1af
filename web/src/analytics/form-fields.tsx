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

/**
 * A labelled select over named things by id (maps, personas), with an optional first option for
 * "none" and an optional line of help tied to it.
 */
export function NamedItemField({
  id,
  label,
  value,
  items,
  none,
  help,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  items: readonly { id: string; name: string }[];
  /** The text of an empty first choice; leave out when one item must be chosen. */
  none?: string;
  help?: ReactNode;
  onChange: (id: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-describedby={help === undefined ? undefined : `${id}-help`}
        onChange={(e) => onChange(e.target.value)}
      >
        {none !== undefined && <option value="">{none}</option>}
        {items.map((item) => (
          <option key={item.id} value={item.id}>
            {item.name}
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
