import { useTranslation } from 'react-i18next';
import { Link } from '../routing/router.tsx';
import { pathOf } from '../routing/routes.ts';

const VIEWS = [
  'funnel',
  'paths',
  'retention',
  'kpis',
  'stageFlow',
  'attribution',
  'voc',
  'baskets',
  'painPoints',
  'momentsOfTruth',
  'personaSuggestions',
] as const;
export type AnalyticsViewName = (typeof VIEWS)[number];

/** Links between the analytics views; the current one is marked for screen readers too. */
export function AnalyticsTabs({ current }: { current: AnalyticsViewName }) {
  const { t } = useTranslation();
  return (
    <nav className="analytics-tabs" aria-label={t('analytics.views')}>
      <ul>
        {VIEWS.map((view) => (
          <li key={view}>
            <Link to={pathOf({ name: view })} aria-current={view === current ? 'page' : undefined}>
              {t(`analytics.${view}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
