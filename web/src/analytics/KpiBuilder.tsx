import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiSpecInput } from '../../../src/analytics/spec/kpi-spec.ts';
import type { EventNameStat, MapSummary } from '../api/types.ts';
import { ChoiceField, EventNameOptions, NamedItemField } from './form-fields.tsx';
import { buildKpiSpec, KPI_INTERVALS, KPI_KINDS, type KpiForm } from './kpi-form.ts';
import { type BuilderProps, SpecForm, useSpecSubmit } from './SpecForm.tsx';

const BREAKDOWNS = ['none', 'channel', 'persona'] as const;

/**
 * The KPI form: the metric (with its two events for a conversion rate), tiles per channel or per
 * persona of a map, and the KPI over time. `onRun` gets the spec; problems are said in words.
 */
export function KpiBuilder({
  events,
  maps,
  form,
  onChange,
  onRun,
  running,
}: BuilderProps<KpiForm, KpiSpecInput> & {
  events: EventNameStat[];
  maps: MapSummary[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const names = events.map((e) => e.event);

  const { problems, submit } = useSpecSubmit(form, buildKpiSpec, onRun);

  return (
    <SpecForm
      id={id}
      title={t('kpis.builder')}
      problems={problems}
      problemText={(p) => t(`kpis.problems.${p}`)}
      cannotRun={t('kpis.cannotRun')}
      runLabel={running ? t('kpis.running') : t('kpis.run')}
      running={running}
      onSubmit={submit}
    >
      <div className="form-grid">
        <ChoiceField
          id={`${id}-metric`}
          label={t('kpis.metric')}
          value={form.metric}
          choices={KPI_KINDS}
          choiceLabel={(k) => t(`kpis.metrics.${k}`)}
          help={t(`kpis.help.${form.metric}`)}
          onChange={(metric) => onChange({ ...form, metric })}
        />
        {form.metric === 'conversion_rate' && (
          <>
            <div className="field">
              <label htmlFor={`${id}-from`}>{t('kpis.from')}</label>
              <select
                id={`${id}-from`}
                value={form.from}
                onChange={(e) => onChange({ ...form, from: e.target.value })}
              >
                <option value="">{t('kpis.chooseEvent')}</option>
                <EventNameOptions names={names} current={form.from} />
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-to`}>{t('kpis.to')}</label>
              <select
                id={`${id}-to`}
                value={form.to}
                onChange={(e) => onChange({ ...form, to: e.target.value })}
              >
                <option value="">{t('kpis.chooseEvent')}</option>
                <EventNameOptions names={names} current={form.to} />
              </select>
            </div>
          </>
        )}
        <ChoiceField
          id={`${id}-breakdown`}
          label={t('kpis.breakdown')}
          value={form.breakdown.on}
          choices={BREAKDOWNS}
          choiceLabel={(b) => t(`kpis.breakdowns.${b}`)}
          onChange={(on) =>
            onChange({
              ...form,
              breakdown: on === 'persona' ? { on, mapId: maps[0]?.id ?? '' } : { on },
            })
          }
        />
        {form.breakdown.on === 'persona' && (
          <NamedItemField
            id={`${id}-map`}
            label={t('kpis.personasOf')}
            value={form.breakdown.mapId}
            items={maps}
            none={t('kpis.chooseMap')}
            onChange={(value) => onChange({ ...form, breakdown: { on: 'persona', mapId: value } })}
          />
        )}
        <ChoiceField
          id={`${id}-interval`}
          label={t('kpis.interval')}
          value={form.interval}
          choices={KPI_INTERVALS}
          choiceLabel={(i) => t(`kpis.intervals.${i}`)}
          onChange={(interval) => onChange({ ...form, interval })}
        />
      </div>
    </SpecForm>
  );
}
