import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BasketResult } from '../../../src/analytics/basket/basket-result.ts';
import type { BasketSpecInput } from '../../../src/analytics/spec/basket-spec.ts';
import { AnalyticsView, QueryResultSection } from '../analytics/AnalyticsView.tsx';
import { BasketBuilder } from '../analytics/BasketBuilder.tsx';
import { BasketResultView } from '../analytics/BasketResultView.tsx';
import { type BasketForm, initialBasketForm } from '../analytics/basket-form.ts';
import { useQueryRun } from '../analytics/use-query-run.ts';
import { dashboardApi } from '../api/dashboard-api.ts';
import type { EventNameStat } from '../api/types.ts';

const runBasket = (spec: BasketSpecInput, signal: AbortSignal) =>
  dashboardApi.run<BasketResult>(spec, signal);

/** Analytics: which products are bought together (frequent itemsets and association rules). */
export function BasketsPage() {
  return <AnalyticsView view="baskets">{(events) => <BasketsWorkspace events={events} />}</AnalyticsView>;
}

function BasketsWorkspace({ events }: { events: EventNameStat[] }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<BasketForm>(() => initialBasketForm(events));
  const [run, start] = useQueryRun<BasketSpecInput, BasketForm, BasketResult>(runBasket);
  return (
    <>
      <BasketBuilder
        events={events}
        form={form}
        onChange={setForm}
        onRun={start}
        running={run.state === 'running'}
      />
      <QueryResultSection
        view="baskets"
        run={run}
        onRetry={start}
        saveTitle={(asRun) => t('dashboards.titles.basket', { event: asRun.purchase })}
      >
        {(result) => <BasketResultView result={result} />}
      </QueryResultSection>
    </>
  );
}
