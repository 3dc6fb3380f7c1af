import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/index.ts';
import { insightsApi, type PersonaSuggestion } from '../api/insights-api.ts';
import { canEdit } from '../api/types.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { Link } from '../routing/router.tsx';
import { pathOf } from '../routing/routes.ts';
import { useUser } from '../session/user-context.ts';
import { nameParts, ruleConditions, traitWords } from './persona-suggestion-words.ts';

type AddState =
  | { state: 'idle' }
  | { state: 'adding' }
  | { state: 'added' }
  | { state: 'error'; error: unknown };

/** A suggestion's short name in a language, from its two strongest traits ("Print users, few orders"). */
function useSuggestionName() {
  const { t } = useTranslation();
  return (suggestion: PersonaSuggestion, lng?: string) => {
    const parts = nameParts(suggestion.traits).map((p) =>
      t(`personaSuggestions.labels.${p.key}`, {
        channel: p.channel ? t(`channels.${p.channel}`, { lng }) : '',
        lng,
      }),
    );
    const joined = parts.length > 0 ? parts.join(', ') : t('personaSuggestions.labels.typical', { lng });
    return joined.charAt(0).toLocaleUpperCase(lng) + joined.slice(1);
  };
}

/**
 * One suggested persona: how many people, what sets them apart in words, the proposed segment
 * rule (or why there is none), and for editors "Add as persona to the map" — named in the map's
 * language, after which the map's "Live numbers for" list offers it (when it has a rule).
 */
export function PersonaSuggestionCard({
  suggestion,
  mapId,
  doc,
  measuredStages,
}: {
  suggestion: PersonaSuggestion;
  mapId: string | null;
  doc: JourneyMap | null;
  measuredStages: readonly string[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const user = useUser();
  const nameOf = useSuggestionName();
  const [add, setAdd] = useState<AddState>({ state: 'idle' });
  const headingId = `${suggestion.id}-name`;
  const rule = suggestion.segmentRule;

  const submit = async () => {
    if (mapId === null) return;
    const { id: _id, ...persona } = suggestion.persona;
    setAdd({ state: 'adding' });
    try {
      await insightsApi.addPersona(mapId, { ...persona, name: nameOf(suggestion, doc?.locale) });
      setAdd({ state: 'added' });
    } catch (error) {
      setAdd({ state: 'error', error });
    }
  };

  return (
    <article className="card suggestion-card" aria-labelledby={headingId} data-suggestion-id={suggestion.id}>
      <h3 id={headingId} className="card-title">
        {nameOf(suggestion)}
      </h3>
      <p className="suggestion-size" data-figure="size" data-value={suggestion.size}>
        {t('personaSuggestions.size', {
          number: format.count(suggestion.size),
          share: format.percent(suggestion.share),
        })}
      </p>
      <h4>{t('personaSuggestions.traitsTitle')}</h4>
      {suggestion.traits.length === 0 ? (
        <p>{t('personaSuggestions.noTraits')}</p>
      ) : (
        <ul>
          {suggestion.traits.map((trait) => {
            const words = traitWords(trait, measuredStages, format.language);
            return (
              <li key={trait.feature}>
                {words === null
                  ? trait.text
                  : t(`personaSuggestions.traits.${words.kind}`, {
                      ...words,
                      channel: words.channel ? t(`channels.${words.channel}`) : '',
                    })}
              </li>
            );
          })}
        </ul>
      )}
      <h4>{t('personaSuggestions.ruleTitle')}</h4>
      {rule ? (
        <>
          <p>
            {t(rule.match === 'all' ? 'personaSuggestions.ruleAll' : 'personaSuggestions.ruleAny')}{' '}
            {ruleConditions(rule)
              .map((c) => t(`personaSuggestions.ruleOps.${c.op}`, { trait: c.trait, value: c.value }))
              .join('; ')}
          </p>
          {suggestion.ruleFit && (
            <p className="field-help">
              {t('personaSuggestions.ruleFit', {
                precision: format.percent(suggestion.ruleFit.precision),
                recall: format.percent(suggestion.ruleFit.recall),
              })}
            </p>
          )}
        </>
      ) : (
        <p>{t('personaSuggestions.noRule')}</p>
      )}
      {suggestion.persona.preferredChannels.length > 0 && (
        <p className="card-meta">
          {t('personas.prefers', {
            list: suggestion.persona.preferredChannels.map((c) => t(`channels.${c}`)).join(', '),
          })}
        </p>
      )}
      {user && canEdit(user.role) && mapId !== null && (
        <div className="add-to-map">
          {add.state !== 'added' && (
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={add.state === 'adding' || doc === null}
              onClick={() => void submit()}
            >
              {add.state === 'adding' ? t('personaSuggestions.adding') : t('personaSuggestions.add')}
              <span className="visually-hidden"> {nameOf(suggestion)}</span>
            </button>
          )}
          {add.state === 'added' && (
            <p role="status" className="field-help">
              {rule ? t('personaSuggestions.added') : t('personaSuggestions.addedNoRule')}{' '}
              <Link to={pathOf({ name: 'map', mapId })}>{t('personaSuggestions.openMap')}</Link>
            </p>
          )}
          {add.state === 'error' && (
            <ErrorNotice title={t('personaSuggestions.addFailed')} error={add.error} />
          )}
        </div>
      )}
    </article>
  );
}
