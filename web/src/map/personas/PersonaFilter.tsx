import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Persona } from '../../../../src/model/index.ts';

/**
 * Chooses whose live numbers the map shows: everyone, or the persons of one persona (by its
 * segment rule). Personas without a rule are listed but cannot be chosen, and say why.
 */
export function PersonaFilter({
  personas,
  value,
  onChange,
}: {
  personas: readonly Persona[];
  /** '' for everyone. */
  value: string;
  onChange: (personaId: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  if (personas.length === 0) return null;
  const withoutRule = personas.filter((p) => p.segment === undefined).length;
  return (
    <div className="field persona-filter">
      <label htmlFor={id}>{t('personas.filter')}</label>
      <select
        id={id}
        value={value}
        aria-describedby={withoutRule > 0 ? `${id}-help` : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t('personas.everyone')}</option>
        {personas.map((p) => (
          <option key={p.id} value={p.id} disabled={p.segment === undefined}>
            {p.segment === undefined ? t('personas.noRuleOption', { name: p.name }) : p.name}
          </option>
        ))}
      </select>
      {withoutRule > 0 && (
        <span id={`${id}-help`} className="field-help">
          {t('personas.noRuleHelp', { number: withoutRule })}
        </span>
      )}
    </div>
  );
}
