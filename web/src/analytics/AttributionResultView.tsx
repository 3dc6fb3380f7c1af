import { lazy, Suspense, useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttributionResult } from '../../../src/analytics/attribution/attribution-result.ts';
import { Spinner } from '../components/Spinner.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { attributionChartOption } from './attribution-chart-option.ts';
import {
  CONVERSION,
  type CreditMeasure,
  creditRows,
  intervalModels,
  intervalRows,
  NULL_STATE,
  removalRows,
  resultModels,
  START,
  shapleyNote,
  transitionLayout,
  unattributedOf,
} from './attribution-table.ts';
import { ChoiceField } from './form-fields.tsx';
import { formatAmount } from './format-amount.ts';
import { ScrollRegion } from './ScrollRegion.tsx';
import './attribution-voc-basket.css';

const Chart = lazy(() => import('../charts/Chart.tsx'));

const MEASURES = ['conversions', 'value'] as const;

/**
 * An attribution answer: the models side by side (grouped bars and a table, in conversions or
 * value), how Shapley was computed, bootstrap intervals, Markov removal effects and the
 * transition matrix, and what could not be attributed. Reads only the result, so a dashboard
 * shows it the same way.
 */
export function AttributionResultView({
  result,
  channels = false,
}: {
  result: AttributionResult;
  /** The touches are the events' channels (web, email, …), named in the interface language. */
  channels?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [measure, setMeasure] = useState<CreditMeasure>('conversions');
  const models = useMemo(() => resultModels(result), [result]);
  const rows = useMemo(() => creditRows(result, measure), [result, measure]);
  const credit = useCallback(
    (n: number) =>
      measure === 'conversions' ? format.number(Math.round(n * 10) / 10) : formatAmount(n, format.language),
    [measure, format],
  );
  const modelName = useCallback((m: string) => t(`attribution.modelNames.${m}`, { defaultValue: m }), [t]);
  const touchName = useCallback(
    (c: string) => (channels ? t(`channels.${c}`, { defaultValue: c }) : c),
    [channels, t],
  );
  // A state of a higher-order chain is a sequence of touches, "web > email".
  const stateName = (s: string) =>
    s === START
      ? t('attribution.states.start')
      : s === CONVERSION
        ? t('attribution.states.conversion')
        : s === NULL_STATE
          ? t('attribution.states.null')
          : s.split(' > ').map(touchName).join(' > ');
  const option = useMemo(
    () => attributionChartOption(rows, models, { modelName, channelName: touchName, formatValue: credit }),
    [rows, models, modelName, touchName, credit],
  );
  const unattributed = unattributedOf(result);
  const shapley = shapleyNote(result, measure);
  const summary = t('attribution.summary', {
    conversions: format.count(result.conversions),
    value: formatAmount(result.value, format.language),
    channels: format.count(rows.length),
  });

  if (result.conversions === 0) {
    return (
      <div className="notice notice-info" data-testid="attribution-empty">
        <p>{t('attribution.empty')}</p>
        {unattributed && (
          <p>
            {t('attribution.unattributed', {
              conversions: format.count(unattributed.conversions),
              value: formatAmount(unattributed.value, format.language),
            })}
          </p>
        )}
      </div>
    );
  }

  return (
    <div className="attribution-result">
      <p className="lead" data-testid="attribution-summary">
        {summary}
      </p>
      <p className="field-help">
        {unattributed
          ? t('attribution.unattributed', {
              conversions: format.count(unattributed.conversions),
              value: formatAmount(unattributed.value, format.language),
            })
          : t('attribution.allAttributed')}
      </p>
      <div className="form-grid">
        <ChoiceField
          id={`${id}-measure`}
          label={t('attribution.measure')}
          value={measure}
          choices={MEASURES}
          choiceLabel={(m) => t(`attribution.measures.${m}`)}
          onChange={setMeasure}
        />
      </div>
      <Suspense fallback={<Spinner label={t('attribution.drawing')} announce={false} />}>
        <Chart
          option={option}
          height={360}
          label={t('attribution.chartLabel', {
            measure: t(`attribution.measures.${measure}`),
            models: models.map(modelName).join(', '),
          })}
        />
      </Suspense>

      <ScrollRegion label={t('attribution.tableCaption', { measure: t(`attribution.measures.${measure}`) })}>
        <table className="table insights-table" data-testid="attribution-table">
          <caption>
            {t('attribution.tableCaption', { measure: t(`attribution.measures.${measure}`) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('attribution.channel')}</th>
              {models.map((m) => (
                <th key={m} scope="col" className="numeric">
                  {modelName(m)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.channel}>
                <th scope="row">{touchName(row.channel)}</th>
                {row.credits.map((c, i) => (
                  <td key={models[i]} className="numeric" data-model={models[i]} data-channel={row.channel}>
                    {credit(c)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('attribution.total')}</th>
              {models.map((m) => (
                <td key={m} className="numeric">
                  {credit(measure === 'conversions' ? result.conversions : result.value)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>

      {shapley && (
        <p data-testid="shapley-note">
          {shapley.key === 'exact'
            ? t('attribution.shapley.exact', { channels: format.count(shapley.channels) })
            : t('attribution.shapley.sampled', {
                samples: format.count(shapley.samples),
                bound: credit(shapley.bound),
              })}
        </p>
      )}

      <IntervalsTable
        result={result}
        measure={measure}
        credit={credit}
        modelName={modelName}
        touchName={touchName}
      />
      <MarkovSection result={result} stateName={stateName} touchName={touchName} />
    </div>
  );
}

function IntervalsTable({
  result,
  measure,
  credit,
  modelName,
  touchName,
}: {
  result: AttributionResult;
  measure: CreditMeasure;
  credit: (n: number) => string;
  modelName: (m: string) => string;
  touchName: (c: string) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const models = intervalModels(result);
  const rows = intervalRows(result, measure);
  if (models.length === 0 || !result.bootstrap) return null;
  return (
    <ScrollRegion label={t('attribution.intervalsTitle')}>
      <table className="table insights-table">
        <caption>
          {t('attribution.intervalsCaption', {
            level: format.percent(result.bootstrap.confidence),
            iterations: format.count(result.bootstrap.iterations),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('attribution.channel')}</th>
            {models.map((m) => (
              <th key={m} scope="col" className="numeric">
                {modelName(m)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.channel}>
              <th scope="row">{touchName(row.channel)}</th>
              {row.intervals.map((iv, i) => (
                <td key={models[i]} className="numeric">
                  {iv
                    ? t('attribution.range', { low: credit(iv[0]), high: credit(iv[1]) })
                    : t('common.notMeasured')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function MarkovSection({
  result,
  stateName,
  touchName,
}: {
  result: AttributionResult;
  stateName: (s: string) => string;
  touchName: (c: string) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const removal = removalRows(result);
  const layout = useMemo(() => transitionLayout(result.transitions), [result]);
  if (removal.length === 0) return null;
  return (
    <section className="insights-subsection" aria-labelledby="markov-title">
      <h3 id="markov-title">{t('attribution.markovTitle', { order: result.order ?? 1 })}</h3>
      <p>
        {t('attribution.markovIntro', {
          probability: format.percent(result.conversionProbability ?? null),
        })}
      </p>
      <ScrollRegion label={t('attribution.removalCaption')}>
        <table className="table insights-table" data-testid="removal-effects">
          <caption>{t('attribution.removalCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('attribution.channel')}</th>
              <th scope="col" className="numeric">
                {t('attribution.removalConversions')}
              </th>
              <th scope="col" className="numeric">
                {t('attribution.removalValue')}
              </th>
            </tr>
          </thead>
          <tbody>
            {removal.map((r) => (
              <tr key={r.channel}>
                <th scope="row">{touchName(r.channel)}</th>
                <td className="numeric">{format.percent(r.conversions)}</td>
                <td className="numeric">{format.percent(r.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {layout.kind === 'matrix' ? (
        <ScrollRegion label={t('attribution.matrixCaption')}>
          <table className="table insights-table transition-matrix" data-testid="transition-matrix">
            <caption>{t('attribution.matrixCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('attribution.from')}</th>
                {layout.to.map((s) => (
                  <th key={s} scope="col" className="numeric">
                    {stateName(s)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {layout.from.map((from, r) => (
                <tr key={from}>
                  <th scope="row">{stateName(from)}</th>
                  {layout.probabilities[r]!.map((p, c) => (
                    <td
                      key={layout.to[c]}
                      className="numeric heat-cell"
                      style={p === null ? undefined : { background: heat(p) }}
                    >
                      {p === null ? '' : format.percent(p)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : (
        <ScrollRegion label={t('attribution.listTitle')}>
          <table className="table insights-table" data-testid="transition-list">
            <caption>
              {t('attribution.listCaption', {
                shown: format.count(layout.rows.length),
                total: format.count(layout.total),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('attribution.from')}</th>
                <th scope="col">{t('attribution.to')}</th>
                <th scope="col" className="numeric">
                  {t('attribution.probability')}
                </th>
              </tr>
            </thead>
            <tbody>
              {layout.rows.map((row) => (
                <tr key={`${row.from}→${row.to}`}>
                  <td>{stateName(row.from)}</td>
                  <td>{stateName(row.to)}</td>
                  <td className="numeric">{format.percent(row.probability)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

/**
 * A cell's background for a probability: white to a light blue, never so dark that the text on it
 * falls below a 4.5:1 contrast (the darkest, #a9c1ea, still gives 8:1 with the body text).
 */
function heat(p: number): string {
  const clamp = Math.max(0, Math.min(1, p));
  const mix = (from: number, to: number) => Math.round(from + (to - from) * clamp);
  return `rgb(${mix(255, 169)}, ${mix(255, 193)}, ${mix(255, 234)})`;
}
