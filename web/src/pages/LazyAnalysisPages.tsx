import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Spinner } from '../components/Spinner.tsx';

// Attribution, voice of the customer and baskets load with their page (code-split by Vite), so
// the JavaScript every visit loads at start stays small.
const PAGES = {
  attribution: lazy(() => import('./AttributionPage.tsx').then((m) => ({ default: m.AttributionPage }))),
  voc: lazy(() => import('./VocPage.tsx').then((m) => ({ default: m.VocPage }))),
  baskets: lazy(() => import('./BasketsPage.tsx').then((m) => ({ default: m.BasketsPage }))),
};

/** One of these analyses, loaded on first use with a spinner meanwhile. */
export function LazyAnalysisPage({ name }: { name: keyof typeof PAGES }) {
  const { t } = useTranslation();
  const Page = PAGES[name];
  return (
    <Suspense fallback={<Spinner label={t('common.loading')} />}>
      <Page />
    </Suspense>
  );
}
