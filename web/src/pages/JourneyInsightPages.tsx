import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/types.ts';
import { Spinner } from '../components/Spinner.tsx';

// Pain points, moments of truth, persona suggestions and audiences load with their page
// (code-split by Vite), so the JavaScript every visit loads at start stays small.
const PAGES = {
  painPoints: lazy(() => import('./PainPointsPage.tsx').then((m) => ({ default: m.PainPointsPage }))),
  momentsOfTruth: lazy(() =>
    import('./MomentsOfTruthPage.tsx').then((m) => ({ default: m.MomentsOfTruthPage })),
  ),
  personaSuggestions: lazy(() =>
    import('./PersonaSuggestionsPage.tsx').then((m) => ({ default: m.PersonaSuggestionsPage })),
  ),
};
const Audiences = lazy(() => import('./AudiencesPage.tsx').then((m) => ({ default: m.AudiencesPage })));

/** One of the journey insights (pain points, moments of truth, persona suggestions), loaded on first use. */
export function JourneyInsightPage({ name }: { name: keyof typeof PAGES }) {
  const { t } = useTranslation();
  const Page = PAGES[name];
  return (
    <Suspense fallback={<Spinner label={t('common.loading')} />}>
      <Page />
    </Suspense>
  );
}

/** The saved audiences, loaded on first use. */
export function AudiencesRoute({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<Spinner label={t('common.loading')} />}>
      <Audiences user={user} />
    </Suspense>
  );
}
