import { useTranslation } from 'react-i18next';
import type { Persona } from '../../../src/model/index.ts';

/**
 * The map's personas as badges: who the journey is about. With `onEdit`/`onAdd` (editors), each
 * badge opens the persona's editor and a button adds one; `highlighted` marks the persona whose
 * live numbers the map shows now.
 */
export function PersonaStrip({
  personas,
  highlighted,
  onAdd,
  onEdit,
}: {
  personas: Persona[];
  highlighted?: string;
  onAdd?: () => void;
  onEdit?: (persona: Persona) => void;
}) {
  const { t } = useTranslation();
  if (personas.length === 0 && !onAdd) return null;
  return (
    <section className="personas" aria-labelledby="personas-title">
      <h2 id="personas-title" className="section-title">
        {t('map.personas')}
      </h2>
      {personas.length === 0 && <p className="field-help">{t('personas.none')}</p>}
      <ul className="persona-list">
        {personas.map((persona) => (
          <li
            key={persona.id}
            className={persona.id === highlighted ? 'persona persona-highlighted' : 'persona'}
            data-persona-id={persona.id}
          >
            <span className="persona-avatar" aria-hidden="true">
              {persona.photoUrl ? <img src={persona.photoUrl} alt="" /> : (persona.emoji ?? '👤')}
            </span>
            <span>
              <span className="persona-name">{persona.name}</span>
              {persona.demographics.occupation && (
                <span className="persona-meta">{persona.demographics.occupation}</span>
              )}
              {persona.quote && <q className="persona-quote">{persona.quote}</q>}
              {persona.preferredChannels.length > 0 && (
                <span className="persona-meta">
                  {t('personas.prefers', {
                    list: persona.preferredChannels.map((c) => t(`channels.${c}`)).join(', '),
                  })}
                </span>
              )}
              {persona.id === highlighted && (
                <span className="persona-meta">{t('personas.showingNumbers')}</span>
              )}
            </span>
            {onEdit && (
              <button
                type="button"
                className="button button-small"
                aria-label={t('personas.editNamed', { name: persona.name })}
                onClick={() => onEdit(persona)}
              >
                {t('edit.edit')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {onAdd && (
        <button type="button" className="button button-secondary" onClick={onAdd}>
          + {t('personas.add')}
        </button>
      )}
    </section>
  );
}
