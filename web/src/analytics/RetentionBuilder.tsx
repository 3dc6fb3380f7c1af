import { type FormEvent, useId, useState } from 'react';
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
  type RetentionProblem,
} from './retention-form.ts';

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
}: {
  events: EventNameStat[];
  form: RetentionForm;
  onChange: (form: RetentionForm) => void;
  onRun: (spec: RetentionSpecInput, form: RetentionForm) => void;
  running: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [problems, setProblems] = useState<RetentionProblem[]>([]);
  const names = events.map((e) => e.event);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const built = buildRetentionSpec(form);
    setProblems(built.ok ? [] : built.problems);
    if (built.ok) onRun(built.spec, form);
  };

  return (
    <form className="panel form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('retention.builder')}</h2>
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

      {problems.length > 0 && (
        <div className="notice notice-warning" role="alert">
          <p className="notice-title">{t('retention.cannotRun')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{t(`retention.problems.${p}`, { min: MIN_PERIODS, max: MAX_PERIODS })}</li>
            ))}
          </ul>
        </div>
      )}
      <div>
        <button type="submit" className="button button-primary" disabled={running}>
          {running ? t('retention.running') : t('retention.run')}
        </button>
      </div>
    </form>
  );
}
