import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BasketSpecInput } from '../../../src/analytics/spec/basket-spec.ts';
import type { EventNameStat } from '../api/types.ts';
import { BASKET_BY, type BasketForm, buildBasketSpec, ITEM_KEYS } from './basket-form.ts';
import { ChoiceField, EventNameOptions } from './form-fields.tsx';
import { type BuilderProps, SpecForm, useSpecSubmit } from './SpecForm.tsx';

/**
 * The baskets form: the purchase event, what makes a basket, and the thresholds (minimum support,
 * confidence and lift). `onRun` gets the spec; problems are said in words.
 */
export function BasketBuilder({
  events,
  form,
  onChange,
  onRun,
  running,
}: BuilderProps<BasketForm, BasketSpecInput> & {
  events: EventNameStat[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const names = events.map((e) => e.event);

  const { problems, submit } = useSpecSubmit(form, buildBasketSpec, onRun);
  const numberField = (
    key: 'minSupportPercent' | 'minConfidencePercent' | 'minLift',
    opts: { min: number; max?: number; step: string },
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{t(`baskets.fields.${key}`)}</label>
      <input
        id={`${id}-${key}`}
        type="number"
        min={opts.min}
        max={opts.max}
        step={opts.step}
        inputMode="decimal"
        value={Number.isNaN(form[key]) ? '' : form[key]}
        aria-describedby={`${id}-${key}-help`}
        onChange={(e) => onChange({ ...form, [key]: e.target.valueAsNumber })}
      />
      <span id={`${id}-${key}-help`} className="field-help">
        {t(`baskets.help.${key}`)}
      </span>
    </div>
  );

  return (
    <SpecForm
      id={id}
      title={t('baskets.builder')}
      problems={problems}
      problemText={(p) => t(`baskets.problems.${p}`)}
      cannotRun={t('baskets.cannotRun')}
      runLabel={running ? t('baskets.running') : t('baskets.run')}
      running={running}
      onSubmit={submit}
    >
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-purchase`}>{t('baskets.purchase')}</label>
          <select
            id={`${id}-purchase`}
            value={form.purchase}
            aria-describedby={`${id}-purchase-help`}
            onChange={(e) => onChange({ ...form, purchase: e.target.value })}
          >
            <option value="">{t('baskets.chooseEvent')}</option>
            <EventNameOptions names={names} current={form.purchase} />
          </select>
          <span id={`${id}-purchase-help`} className="field-help">
            {t('baskets.purchaseHelp')}
          </span>
        </div>
        <ChoiceField
          id={`${id}-by`}
          label={t('baskets.basketBy')}
          value={form.basketBy}
          choices={BASKET_BY}
          choiceLabel={(b) => t(`baskets.by.${b}`)}
          onChange={(basketBy) => onChange({ ...form, basketBy })}
        />
        <ChoiceField
          id={`${id}-item`}
          label={t('baskets.itemKey')}
          value={form.itemKey}
          choices={ITEM_KEYS}
          choiceLabel={(k) => t(`baskets.itemKeys.${k}`)}
          onChange={(itemKey) => onChange({ ...form, itemKey })}
        />
        {numberField('minSupportPercent', { min: 0, max: 100, step: 'any' })}
        {numberField('minConfidencePercent', { min: 0, max: 100, step: 'any' })}
        {numberField('minLift', { min: 0, step: 'any' })}
      </div>
    </SpecForm>
  );
}
