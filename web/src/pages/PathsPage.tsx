import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnalyticsView, QueryResultSection } from '../analytics/AnalyticsView.tsx';
import { PathsBuilder } from '../analytics/PathsBuilder.tsx';
import { PathsResultView } from '../analytics/PathsResultView.tsx';
import { initialPathsForm, type PathsForm } from '../analytics/paths-form.ts';
import { useQueryRun } from '../analytics/use-query-run.ts';
import { api } from '../api/client.ts';
import type { EventNameStat, PathsResult, PathsSpecInput } from '../api/types.ts';

/** Analytics: the paths people take, from or to an event of the workspace. */
export function PathsPage() {
  return <AnalyticsView view="paths">{(events) => <PathsWorkspace events={events} />}</AnalyticsView>;
}

function PathsWorkspace({ events }: { events: EventNameStat[] }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<PathsForm>(() => initialPathsForm(events.map((e) => e.event)));
  const [run, start] = useQueryRun<PathsSpecInput, PathsForm, PathsResult>(api.paths);
  return (
    <>
      <PathsBuilder
        events={events}
        form={form}
        onChange={setForm}
        onRun={start}
        running={run.state === 'running'}
      />
      <QueryResultSection
        view="paths"
        run={run}
        onRetry={start}
        saveTitle={(asRun) =>
          asRun.anchor === 'none'
            ? t('dashboards.titles.paths')
            : t(asRun.anchor === 'start' ? 'dashboards.titles.pathsFrom' : 'dashboards.titles.pathsTo', {
                event: asRun.event,
              })
        }
      >
        {(result) => <PathsResultView result={result} />}
      </QueryResultSection>
    </>
  );
}
