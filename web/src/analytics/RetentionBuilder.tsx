import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventNameStat, RetentionSpecInput } from '../api/types.ts';
import { ChoiceField, EventNameOptions } from './form-fields.tsx';
import {
  buildRetentionSpec,
  MAX_PERIODS,
  MIN_PERIODS,
  RETENTION_KIND_CHOICES,
  RETENTION_PERIOD_UNITS,
  type RetentionForm,
} from './retention-form.ts';
import { type BuilderProps, SpecForm, useSpecSubmit } from './SpecForm.tsx';

/**
 * The retention form: start and return events from the workspace's event names, period, number
 * of periods, first-time or recurring cohorts. `onRun` gets the spec; problems are said in words.
 */
export function RetentionBuilder({
  events,
  form,
  onChange,
  onRun,
  running,
}: BuilderProps<RetentionForm, RetentionSpecInput> & {
  events: EventNameStat[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const names = events.map((e) => e.event);

  const { problems, submit } = useSpecSubmit(form, buildRetentionSpec, onRun);

  return (
    <SpecForm
      id={id}
      title={t('retention.builder')}
      problems={problems}
      problemText={(p) => t(`retention.problems.${p}`, { min: MIN_PERIODS, max: MAX_PERIODS })}
      cannotRun={t('retention.cannotRun')}
      runLabel={running ? t('retention.running') : t('retention.run')}
      running={running}
      onSubmit={submit}
    >
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-start`}>{t('retention.start')}</label>
          <select
            id={`${id}-start`}
            value={form.start}
            onChange={(e) => onChange({ ...form, start: e.target.value })}
          >
            <option value="">{t('retention.chooseEvent')}</option>
            <EventNameOptions names={names} current={form.start} />
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-return`}>{t('retention.return')}</label>
          <select
            id={`${id}-return`}
            value={form.returnEvent}
            onChange={(e) => onChange({ ...form, returnEvent: e.target.value })}
          >
            <option value="">{t('retention.sameAsStart')}</option>
            <EventNameOptions names={names} current={form.returnEvent} />
          </select>
        </div>
        <ChoiceField
          id={`${id}-kind`}
          label={t('retention.kind')}
          value={form.kind}
          choices={RETENTION_KIND_CHOICES}
          choiceLabel={(c) => t(`retention.kinds.${c}`)}
          help={t(`retention.kindHelp.${form.kind}`)}
          onChange={(kind) => onChange({ ...form, kind })}
        />
        <ChoiceField
          id={`${id}-period`}
          label={t('retention.period')}
          value={form.period}
          choices={RETENTION_PERIOD_UNITS}
          choiceLabel={(c) => t(`retention.periods.${c}`)}
          onChange={(period) => onChange({ ...form, period })}
        />
        <div className="field">
          <label htmlFor={`${id}-count`}>{t('retention.periodCount')}</label>
          <input
            id={`${id}-count`}
            type="number"
            min={MIN_PERIODS}
            max={MAX_PERIODS}
            step={1}
            value={Number.isNaN(form.periods) ? '' : form.periods}
            onChange={(e) => onChange({ ...form, periods: e.target.valueAsNumber })}
          />
        </div>
      </div>
    </SpecForm>
  );
}
