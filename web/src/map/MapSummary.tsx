import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/index.ts';
import { useFormat } from '../i18n/use-format.ts';

/** The line under a map's title: kind, language, revision and last change. */
export function MapSummary({ map }: { map: JourneyMap }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <p className="map-meta">
      {t('map.meta', {
        kind: t(`mapKind.${map.kind}`),
        language: t(`mapLanguage.${map.locale}`),
        revision: format.count(map.revision),
        updated: format.dateTime(map.updatedAt),
      })}
    </p>
  );
}
