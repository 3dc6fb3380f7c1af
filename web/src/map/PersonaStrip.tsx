import { useTranslation } from 'react-i18next';
import type { Persona } from '../../../src/model/index.ts';

/** The map's personas as badges: who the journey is about. */
export function PersonaStrip({ personas }: { personas: Persona[] }) {
  const { t } = useTranslation();
  if (personas.length === 0) return null;
  return (
    <section className="personas" aria-labelledby="personas-title">
      <h2 id="personas-title" className="section-title">
        {t('map.personas')}
      </h2>
      <ul className="persona-list">
        {personas.map((persona) => (
          <li key={persona.id} className="persona" data-persona-id={persona.id}>
            <span className="persona-avatar" aria-hidden="true">
              {persona.photoUrl ? <img src={persona.photoUrl} alt="" /> : (persona.emoji ?? '👤')}
            </span>
            <span>
              <span className="persona-name">{persona.name}</span>
              {persona.demographics.occupation && (
                <span className="persona-meta">{persona.demographics.occupation}</span>
              )}
              {persona.quote && <q className="persona-quote">{persona.quote}</q>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
