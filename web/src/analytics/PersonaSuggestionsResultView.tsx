import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonaSuggestionsResult } from '../api/insights-api.ts';
import { useFormat } from '../i18n/use-format.ts';
import { PersonaSuggestionCard } from './PersonaSuggestionCard.tsx';
import { measuredStageNames } from './persona-suggestion-words.ts';
import { useMapDoc } from './WithMaps.tsx';
import '../journey-insights.css';

/** Suggested personas as cards, largest first, with how the number of groups was chosen. */
export function PersonaSuggestionsResultView({
  result,
  mapId,
}: {
  result: PersonaSuggestionsResult;
  mapId: string | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const doc = useMapDoc(mapId ?? '');
  const stages = useMemo(() => (doc && mapId ? measuredStageNames(doc) : []), [doc, mapId]);
  if (result.suggestions.length === 0) {
    return (
      <div className="notice notice-info">
        <p>{t('personaSuggestions.empty')}</p>
      </div>
    );
  }
  return (
    <div className="journey-insight-result">
      <p className="lead" data-testid="persona-suggestions-summary">
        {t('personaSuggestions.summary', {
          persons: format.count(result.persons),
          k: format.count(result.k),
        })}{' '}
        {result.chosenBy === 'silhouette' && result.silhouette !== null
          ? t('personaSuggestions.bySilhouette', {
              silhouette: new Intl.NumberFormat(format.language, { maximumFractionDigits: 2 }).format(
                result.silhouette,
              ),
            })
          : null}
      </p>
      <div className="suggestion-cards">
        {result.suggestions.map((s) => (
          <PersonaSuggestionCard
            key={s.id}
            suggestion={s}
            mapId={mapId}
            doc={mapId ? doc : null}
            measuredStages={stages}
          />
        ))}
      </div>
    </div>
  );
}
