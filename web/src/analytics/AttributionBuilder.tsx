import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttributionSpecInput } from '../../../src/analytics/spec/attribution-spec.ts';
import type { EventNameStat, MapSummary } from '../api/types.ts';
import {
  ATTRIBUTION_MODELS,
  type AttributionForm,
  buildAttributionSpec,
  CAMPAIGN_FIELDS,
  LOOKBACK_UNITS,
  MARKOV_ORDER_CHOICES,
  TOUCH_KINDS,
  touchPropertyChoices,
} from './attribution-form.ts';
import { ChoiceField, EventNameOptions, NamedItemField } from './form-fields.tsx';
import { type BuilderProps, SpecForm, useSpecSubmit } from './SpecForm.tsx';
import './attribution-voc-basket.css';

/**
 * The attribution form: the conversion event (from the workspace's real event names), what a
 * touch is, the lookback window, the value property, the models to compare, the Markov order
 * and bootstrap intervals. `onRun` gets the spec; problems are said in words.
 */
export function AttributionBuilder({
  events,
  maps,
  form,
  onChange,
  onRun,
  running,
}: BuilderProps<AttributionForm, AttributionSpecInput> & {
  events: EventNameStat[];
  maps: MapSummary[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const names = events.map((e) => e.event);
  const conversionProperties = events.find((e) => e.event === form.conversion)?.properties ?? [];
  const markov = form.models.includes('markov');
  const dataDriven = markov || form.models.includes('shapley');

  const { problems, submit } = useSpecSubmit(form, buildAttributionSpec, onRun);
  const toggleModel = (model: (typeof ATTRIBUTION_MODELS)[number], on: boolean) =>
    onChange({ ...form, models: on ? [...form.models, model] : form.models.filter((m) => m !== model) });

  return (
    <SpecForm
      id={id}
      title={t('attribution.builder')}
      problems={problems}
      problemText={(p) => t(`attribution.problems.${p}`)}
      cannotRun={t('attribution.cannotRun')}
      runLabel={running ? t('attribution.running') : t('attribution.run')}
      running={running}
      onSubmit={submit}
    >
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-conversion`}>{t('attribution.conversion')}</label>
          <select
            id={`${id}-conversion`}
            value={form.conversion}
            aria-describedby={`${id}-conversion-help`}
            onChange={(e) => {
              const props = events.find((ev) => ev.event === e.target.value)?.properties ?? [];
              onChange({
                ...form,
                conversion: e.target.value,
                valueProperty: props.includes(form.valueProperty) ? form.valueProperty : '',
              });
            }}
          >
            <option value="">{t('attribution.chooseEvent')}</option>
            <EventNameOptions names={names} current={form.conversion} />
          </select>
          <span id={`${id}-conversion-help`} className="field-help">
            {t('attribution.conversionHelp')}
          </span>
        </div>
        <ChoiceField
          id={`${id}-touch`}
          label={t('attribution.touch')}
          value={form.touch}
          choices={TOUCH_KINDS}
          choiceLabel={(k) => t(`attribution.touches.${k}`)}
          help={t(`attribution.touchHelp.${form.touch}`)}
          onChange={(touch) =>
            onChange({
              ...form,
              touch,
              mapId: touch === 'touchpoint' && !form.mapId ? (maps[0]?.id ?? '') : form.mapId,
            })
          }
        />
        {form.touch === 'property' && (
          <div className="field">
            <label htmlFor={`${id}-property`}>{t('attribution.touchProperty')}</label>
            <input
              id={`${id}-property`}
              list={`${id}-properties`}
              value={form.touchProperty}
              placeholder="utm_source"
              autoComplete="off"
              onChange={(e) => onChange({ ...form, touchProperty: e.target.value })}
            />
            <datalist id={`${id}-properties`}>
              {touchPropertyChoices(events).map((p) => (
                <option key={p} value={p} />
              ))}
            </datalist>
          </div>
        )}
        {form.touch === 'campaign' && (
          <ChoiceField
            id={`${id}-campaign-field`}
            label={t('attribution.campaignField')}
            value={form.campaignField}
            choices={CAMPAIGN_FIELDS}
            choiceLabel={(f) => t(`attribution.campaignFields.${f}`)}
            onChange={(campaignField) => onChange({ ...form, campaignField })}
          />
        )}
        {form.touch === 'touchpoint' && (
          <NamedItemField
            id={`${id}-map`}
            label={t('attribution.map')}
            value={form.mapId}
            items={maps}
            none={t('attribution.chooseMap')}
            onChange={(value) => onChange({ ...form, mapId: value })}
          />
        )}
        <div className="field">
          <label htmlFor={`${id}-lookback`}>{t('attribution.lookback')}</label>
          <div className="inline-fields">
            <input
              id={`${id}-lookback`}
              type="number"
              min={1}
              step={1}
              inputMode="numeric"
              value={Number.isFinite(form.lookbackValue) ? form.lookbackValue : ''}
              aria-describedby={`${id}-lookback-help`}
              onChange={(e) => onChange({ ...form, lookbackValue: e.target.valueAsNumber })}
            />
            <select
              aria-label={t('attribution.lookbackUnit')}
              value={form.lookbackUnit}
              onChange={(e) =>
                onChange({ ...form, lookbackUnit: e.target.value as AttributionForm['lookbackUnit'] })
              }
            >
              {LOOKBACK_UNITS.map((u) => (
                <option key={u} value={u}>
                  {t(`attribution.units.${u}`)}
                </option>
              ))}
            </select>
          </div>
          <span id={`${id}-lookback-help`} className="field-help">
            {t('attribution.lookbackHelp')}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-value`}>{t('attribution.valueProperty')}</label>
          <select
            id={`${id}-value`}
            value={form.valueProperty}
            onChange={(e) => onChange({ ...form, valueProperty: e.target.value })}
          >
            <option value="">{t('attribution.defaultValue')}</option>
            {form.valueProperty !== '' && !conversionProperties.includes(form.valueProperty) && (
              <option value={form.valueProperty}>{form.valueProperty}</option>
            )}
            {conversionProperties.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="fieldset">
        <legend>{t('attribution.models')}</legend>
        <div className="choice-grid">
          {ATTRIBUTION_MODELS.map((model) => (
            <label key={model} className="choice">
              <input
                type="checkbox"
                checked={form.models.includes(model)}
                onChange={(e) => toggleModel(model, e.target.checked)}
              />
              {t(`attribution.modelNames.${model}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-grid">
        <ChoiceField
          id={`${id}-order`}
          label={t('attribution.order')}
          value={String(form.order)}
          choices={MARKOV_ORDER_CHOICES.map(String)}
          choiceLabel={(o) => t('attribution.orderChoice', { order: o })}
          help={markov ? t('attribution.orderHelp') : t('attribution.orderUnused')}
          onChange={(o) => onChange({ ...form, order: Number(o) })}
        />
        <div className="field">
          <span className="checkbox-line">
            <input
              id={`${id}-bootstrap`}
              type="checkbox"
              checked={form.bootstrap}
              disabled={!dataDriven}
              aria-describedby={`${id}-bootstrap-help`}
              onChange={(e) => onChange({ ...form, bootstrap: e.target.checked })}
            />
            <label htmlFor={`${id}-bootstrap`}>{t('attribution.bootstrap')}</label>
          </span>
          <span id={`${id}-bootstrap-help`} className="field-help">
            {t('attribution.bootstrapHelp')}
          </span>
        </div>
      </div>
    </SpecForm>
  );
}
