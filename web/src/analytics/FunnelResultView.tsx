import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FunnelResult, FunnelSpecInput } from '../api/types.ts';
import { funnelDropOffDefinition } from '../audiences/audience-definitions.ts';
import { SaveAsAudience } from '../audiences/SaveAsAudience.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { Link } from '../routing/router.tsx';
import { pathOf } from '../routing/routes.ts';
import { funnelChartOption, overTimeChartOption } from './funnel-chart-option.ts';
import type { FunnelForm } from './funnel-form.ts';
import { breakdownRows, funnelTableRows, overTimeRows } from './funnel-table.ts';

const Chart = lazy(() => import('../charts/Chart.tsx'));

/**
 * A funnel's answer: chart, table of the numbers, who dropped off, breakdown and conversion over
 * time. With the `spec` it was run with, the persons who dropped off at a step can be saved as
 * an audience.
 */
export function FunnelResultView({
  result,
  form,
  spec,
}: {
  result: FunnelResult;
  form: FunnelForm;
  spec?: FunnelSpecInput;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = format.language;
  const [opened, setOpened] = useState<number | null>(null);
  const rows = useMemo(() => funnelTableRows(result.steps, language), [result, language]);
  const option = useMemo(
    () =>
      funnelChartOption(result.steps, {
        reached: t('funnel.reached'),
        dropped: t('funnel.droppedOff'),
        formatCount: (n) => format.count(n),
      }),
    [result, t, format],
  );
  const first = result.steps[0]!;
  const last = result.steps.at(-1)!;
  const summary = t('funnel.summary', {
    entered: format.count(first.count),
    first: first.label,
    completed: format.count(last.count),
    rate: format.percent(last.conversionRate),
    last: last.label,
  });

  if (first.count === 0) {
    return (
      <div className="notice notice-info">
        <p>{t('funnel.empty', { event: first.label })}</p>
      </div>
    );
  }

  const dropped = opened === null ? null : result.steps[opened];
  return (
    <div className="funnel-result">
      <p className="lead" data-testid="funnel-summary">
        {summary}
      </p>
      <Suspense fallback={<Spinner label={t('funnel.drawing')} announce={false} />}>
        <Chart option={option} height={320} label={t('funnel.chartLabel', { summary })} />
      </Suspense>

      <table className="table funnel-table">
        <caption>{t('funnel.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('funnel.columns.step')}</th>
            <th scope="col" className="numeric">
              {t('funnel.columns.count')}
            </th>
            <th scope="col" className="numeric">
              {t('funnel.columns.conversion')}
            </th>
            <th scope="col" className="numeric">
              {t('funnel.columns.stepConversion')}
            </th>
            <th scope="col" className="numeric">
              {t('funnel.columns.dropOff')}
            </th>
            <th scope="col" className="numeric">
              {t('funnel.columns.dropOffRate')}
            </th>
            <th scope="col" className="numeric">
              {t('funnel.columns.medianTime')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.step} data-step={row.step}>
              <th scope="row">
                {row.step}. {row.label}
              </th>
              <td className="numeric" data-figure="count">
                {row.count}
              </td>
              <td className="numeric" data-figure="conversion">
                {row.conversion}
              </td>
              <td className="numeric" data-figure="stepConversion">
                {row.stepConversion}
              </td>
              <td className="numeric">
                {row.dropOffCount > 0 ? (
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={opened === i}
                    onClick={() => setOpened(opened === i ? null : i)}
                  >
                    <span data-figure="dropOff">{row.dropOff}</span>
                    <span className="visually-hidden"> {t('funnel.showDropped', { n: row.step })}</span>
                  </button>
                ) : (
                  <span data-figure="dropOff">{row.dropOff}</span>
                )}
              </td>
              <td className="numeric" data-figure="dropOffRate">
                {row.dropOffRate}
              </td>
              <td className="numeric" data-figure="medianTime">
                {row.medianTime}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field-help">{t('funnel.dropOffHint')}</p>

      {dropped && opened !== null && (
        <section className="panel" aria-labelledby="dropped-title">
          <h3 id="dropped-title">{t('funnel.droppedTitle', { n: opened + 1, step: dropped.label })}</h3>
          {dropped.persons === undefined || dropped.persons.dropped.length === 0 ? (
            <p>{t('funnel.noPersonList')}</p>
          ) : (
            <>
              <p>
                {t('funnel.droppedShown', {
                  shown: format.count(dropped.persons.dropped.length),
                  total: format.count(dropped.dropOff),
                })}
              </p>
              <ul className="person-list">
                {dropped.persons.dropped.map((personId) => (
                  <li key={personId}>
                    <Link to={pathOf({ name: 'person', personId })}>{personId}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          {spec && (
            <SaveAsAudience
              definition={funnelDropOffDefinition(spec, opened)}
              defaultName={t('audiences.defaultFunnelName', { n: opened + 1, step: dropped.label })}
              context={t('audiences.funnelContext', { n: opened + 1, step: dropped.label })}
            />
          )}
        </section>
      )}

      {result.breakdown && <BreakdownTable result={result} form={form} />}
      {result.overTime && form.interval !== 'none' && <OverTime result={result} form={form} />}
    </div>
  );
}

function BreakdownTable({ result, form }: { result: FunnelResult; form: FunnelForm }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const rows = breakdownRows(result.breakdown ?? [], language);
  const by = form.breakdown.on === 'property' ? form.breakdown.name : t('funnel.breakdowns.channel');
  const name = (value: string | null, other: boolean) => {
    if (other) return t('funnel.otherGroup');
    if (value === null) return t('funnel.notSet');
    if (form.breakdown.on === 'channel') return t(`channels.${value}`, { defaultValue: value });
    return value;
  };
  return (
    <section aria-labelledby="breakdown-title">
      <h3 id="breakdown-title" className="section-title">
        {t('funnel.breakdownTitle', { by })}
      </h3>
      <table className="table">
        <caption className="visually-hidden">{t('funnel.breakdownTitle', { by })}</caption>
        <thead>
          <tr>
            <th scope="col">{by}</th>
            {result.steps.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one column per step, in step order
              <th key={i} scope="col" className="numeric">
                {i + 1}. {s.label}
              </th>
            ))}
            <th scope="col" className="numeric">
              {t('funnel.columns.conversion')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.other}-${row.value}`}>
              <th scope="row">{name(row.value, row.other)}</th>
              {row.counts.map((c, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: one cell per step, in step order
                <td key={i} className="numeric">
                  {c}
                </td>
              ))}
              <td className="numeric">{row.conversion}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function OverTime({ result, form }: { result: FunnelResult; form: FunnelForm }) {
  const { t } = useTranslation();
  const format = useFormat();
  const unit = form.interval === 'none' ? 'day' : form.interval;
  const rows = useMemo(
    () => overTimeRows(result.overTime ?? [], unit, format.language, form.timezone),
    [result, unit, format, form.timezone],
  );
  const option = useMemo(
    () =>
      overTimeChartOption(rows, {
        conversion: t('funnel.columns.conversion'),
        formatPercent: format.percent,
      }),
    [rows, t, format],
  );
  const label = t('funnel.overTimeLabel', {
    points: rows.map((r) => `${r.start} ${r.conversion}`).join(', '),
  });
  return (
    <section aria-labelledby="over-time-title">
      <h3 id="over-time-title" className="section-title">
        {t('funnel.overTime')}
      </h3>
      {rows.length === 0 ? (
        <p>{t('funnel.overTimeEmpty')}</p>
      ) : (
        <>
          <Suspense fallback={<Spinner label={t('funnel.drawing')} announce={false} />}>
            <Chart option={option} height={220} label={label} />
          </Suspense>
          <table className="table">
            <caption className="visually-hidden">{t('funnel.overTime')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('funnel.columns.period')}</th>
                <th scope="col" className="numeric">
                  {t('funnel.columns.entered')}
                </th>
                <th scope="col" className="numeric">
                  {t('funnel.columns.completed')}
                </th>
                <th scope="col" className="numeric">
                  {t('funnel.columns.conversion')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.start}>
                  <th scope="row">{r.start}</th>
                  <td className="numeric">{r.entered}</td>
                  <td className="numeric">{r.completed}</td>
                  <td className="numeric">{r.conversion}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
