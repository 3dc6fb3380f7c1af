import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { VocSpecInput } from '../../../src/analytics/spec/voc-spec.ts';
import type { MapSummary } from '../api/types.ts';
import { ChoiceField, NamedItemField } from './form-fields.tsx';
import { type BuilderProps, SpecForm, useSpecSubmit } from './SpecForm.tsx';
import { breakdownNeedsMap, buildVocSpec, VOC_BREAKDOWNS, VOC_INTERVALS, type VocForm } from './voc-form.ts';

/**
 * The voice-of-the-customer form: a breakdown (touchpoint, stage or persona of a map, or
 * channel) and the trend's time buckets. `onRun` gets the spec; problems are said in words.
 */
export function VocBuilder({
  maps,
  form,
  onChange,
  onRun,
  running,
}: BuilderProps<VocForm, VocSpecInput> & {
  maps: MapSummary[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const needsMap = breakdownNeedsMap(form.by);

  const { problems, submit } = useSpecSubmit(form, buildVocSpec, onRun);

  return (
    <SpecForm
      id={id}
      title={t('voc.builder')}
      problems={problems}
      problemText={(p) => t(`voc.problems.${p}`)}
      cannotRun={t('voc.cannotRun')}
      runLabel={running ? t('voc.running') : t('voc.run')}
      running={running}
      onSubmit={submit}
    >
      <div className="form-grid">
        <ChoiceField
          id={`${id}-by`}
          label={t('voc.by')}
          value={form.by}
          choices={VOC_BREAKDOWNS}
          choiceLabel={(b) => t(`voc.breakdowns.${b}`)}
          onChange={(by) =>
            onChange({
              ...form,
              by,
              mapId:
                breakdownNeedsMap(by) === 'required' && form.mapId === '' ? (maps[0]?.id ?? '') : form.mapId,
            })
          }
        />
        {needsMap !== 'no' && (
          <NamedItemField
            id={`${id}-map`}
            label={t('voc.map')}
            value={form.mapId}
            items={maps}
            none={needsMap === 'optional' ? t('voc.noMap') : t('voc.chooseMap')}
            help={t(`voc.mapHelp.${form.by}`)}
            onChange={(value) => onChange({ ...form, mapId: value })}
          />
        )}
        <ChoiceField
          id={`${id}-interval`}
          label={t('voc.interval')}
          value={form.interval}
          choices={VOC_INTERVALS}
          choiceLabel={(i) => t(`voc.intervals.${i}`)}
          onChange={(interval) => onChange({ ...form, interval })}
        />
      </div>
    </SpecForm>
  );
}
