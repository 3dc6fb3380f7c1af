import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventNameStat, FunnelSpecInput } from '../api/types.ts';
import { ChoiceField, EventNameOptions } from './form-fields.tsx';
import {
  addStep,
  buildFunnelSpec,
  FUNNEL_INTERVALS,
  FUNNEL_ORDERS,
  type FunnelForm,
  MAX_STEPS,
  MIN_STEPS,
  moveStep,
  removeStep,
  setStep,
  WINDOW_UNITS,
} from './funnel-form.ts';
import { type BuilderProps, SpecForm, useSpecSubmit } from './SpecForm.tsx';

/**
 * The funnel form: steps picked from the workspace's event names (add, remove, reorder by
 * buttons, so keyboard users can do everything), window, order, breakdown and interval.
 * `onRun` gets the spec built from the form; problems are said in words instead.
 */
export function FunnelBuilder({
  events,
  form,
  onChange,
  onRun,
  running,
}: BuilderProps<FunnelForm, FunnelSpecInput> & {
  events: EventNameStat[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const names = events.map((e) => e.event);
  // A property breakdown splits by a property of the entry event: offer the first step's keys.
  const properties = events.find((e) => e.event === form.steps[0])?.properties ?? [];
  const propertyName = form.breakdown.on === 'property' ? form.breakdown.name : '';

  const { problems, submit } = useSpecSubmit(form, buildFunnelSpec, onRun);

  return (
    <SpecForm
      id={id}
      title={t('funnel.builder')}
      problems={problems}
      problemText={(p) => t(`funnel.problems.${p}`)}
      cannotRun={t('funnel.cannotRun')}
      runLabel={running ? t('funnel.running') : t('funnel.run')}
      running={running}
      onSubmit={submit}
      className="funnel-form"
    >
      <fieldset className="funnel-steps">
        <legend>{t('funnel.steps')}</legend>
        <ol>
          {form.steps.map((step, i) => {
            const n = i + 1;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a step is its position; moving swaps values
              <li key={i} className="funnel-step">
                <label htmlFor={`${id}-step-${i}`}>{t('funnel.step', { n })}</label>
                <select
                  id={`${id}-step-${i}`}
                  value={step}
                  onChange={(e) => onChange(setStep(form, i, e.target.value))}
                >
                  <option value="">{t('funnel.chooseEvent')}</option>
                  <EventNameOptions names={names} current={step} />
                </select>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={i === 0}
                  onClick={() => onChange(moveStep(form, i, -1))}
                  aria-label={t('funnel.moveUp', { n })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={i === form.steps.length - 1}
                  onClick={() => onChange(moveStep(form, i, 1))}
                  aria-label={t('funnel.moveDown', { n })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={form.steps.length <= MIN_STEPS}
                  onClick={() => onChange(removeStep(form, i))}
                  aria-label={t('funnel.removeStep', { n })}
                >
                  {t('funnel.remove')}
                </button>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          className="button button-secondary"
          disabled={form.steps.length >= MAX_STEPS}
          onClick={() => onChange(addStep(form))}
        >
          {t('funnel.addStep')}
        </button>
      </fieldset>

      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-window`}>{t('funnel.window')}</label>
          <span className="inline-fields">
            <input
              id={`${id}-window`}
              type="number"
              min={1}
              step={1}
              value={Number.isNaN(form.windowValue) ? '' : form.windowValue}
              onChange={(e) => onChange({ ...form, windowValue: e.target.valueAsNumber })}
            />
            <select
              aria-label={t('funnel.windowUnit')}
              value={form.windowUnit}
              onChange={(e) => onChange({ ...form, windowUnit: e.target.value as FunnelForm['windowUnit'] })}
            >
              {WINDOW_UNITS.map((unit) => (
                <option key={unit} value={unit}>
                  {t(`funnel.units.${unit}`)}
                </option>
              ))}
            </select>
          </span>
        </div>
        <ChoiceField
          id={`${id}-order`}
          label={t('funnel.order')}
          value={form.order}
          choices={FUNNEL_ORDERS}
          choiceLabel={(c) => t(`funnel.orders.${c}`)}
          help={t(`funnel.orderHelp.${form.order}`)}
          onChange={(order) => onChange({ ...form, order })}
        />
        <ChoiceField
          id={`${id}-interval`}
          label={t('funnel.interval')}
          value={form.interval}
          choices={FUNNEL_INTERVALS}
          choiceLabel={(c) => t(`funnel.intervals.${c}`)}
          onChange={(interval) => onChange({ ...form, interval })}
        />
        <div className="field">
          <label htmlFor={`${id}-breakdown`}>{t('funnel.breakdown')}</label>
          <select
            id={`${id}-breakdown`}
            value={form.breakdown.on}
            onChange={(e) => {
              const on = e.target.value;
              onChange({
                ...form,
                breakdown:
                  on === 'channel'
                    ? { on: 'channel' }
                    : on === 'property'
                      ? { on: 'property', name: properties[0] ?? '' }
                      : { on: 'none' },
              });
            }}
          >
            <option value="none">{t('funnel.breakdowns.none')}</option>
            <option value="channel">{t('funnel.breakdowns.channel')}</option>
            <option value="property">{t('funnel.breakdowns.property')}</option>
          </select>
        </div>
        {form.breakdown.on === 'property' && (
          <div className="field">
            <label htmlFor={`${id}-property`}>{t('funnel.property')}</label>
            <select
              id={`${id}-property`}
              value={propertyName}
              onChange={(e) => onChange({ ...form, breakdown: { on: 'property', name: e.target.value } })}
            >
              <option value="">{t('funnel.chooseProperty')}</option>
              {propertyName !== '' && !properties.includes(propertyName) && (
                <option value={propertyName}>{propertyName}</option>
              )}
              {properties.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
    </SpecForm>
  );
}
