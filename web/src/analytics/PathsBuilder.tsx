import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventNameStat, PathsSpecInput } from '../api/types.ts';
import { ChoiceField, EventNameOptions } from './form-fields.tsx';
import {
  buildPathsSpec,
  MAX_PATH_STEPS,
  MIN_PATH_STEPS,
  PATH_ANCHORS,
  PATH_BY,
  type PathsForm,
} from './paths-form.ts';
import { type BuilderProps, SpecForm, useSpecSubmit } from './SpecForm.tsx';

/**
 * The paths form: nodes by event or page, an optional start or end event picked from the
 * workspace's event names, 2..8 steps, and whether repeats collapse. `onRun` gets the spec built
 * from the form; problems are said in words instead.
 */
export function PathsBuilder({
  events,
  form,
  onChange,
  onRun,
  running,
}: BuilderProps<PathsForm, PathsSpecInput> & {
  events: EventNameStat[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const names = events.map((e) => e.event);

  const { problems, submit } = useSpecSubmit(form, buildPathsSpec, onRun);

  return (
    <SpecForm
      id={id}
      title={t('paths.builder')}
      problems={problems}
      problemText={(p) => t(`paths.problems.${p}`, { min: MIN_PATH_STEPS, max: MAX_PATH_STEPS })}
      cannotRun={t('paths.cannotRun')}
      runLabel={running ? t('paths.running') : t('paths.run')}
      running={running}
      onSubmit={submit}
    >
      <div className="form-grid">
        <ChoiceField
          id={`${id}-by`}
          label={t('paths.by')}
          value={form.by}
          choices={PATH_BY}
          choiceLabel={(c) => t(`paths.bys.${c}`)}
          onChange={(by) => onChange({ ...form, by })}
        />
        <ChoiceField
          id={`${id}-anchor`}
          label={t('paths.anchor')}
          value={form.anchor}
          choices={PATH_ANCHORS}
          choiceLabel={(c) => t(`paths.anchors.${c}`)}
          onChange={(anchor) => onChange({ ...form, anchor })}
        />
        {form.anchor !== 'none' && (
          <div className="field">
            <label htmlFor={`${id}-event`}>
              {form.anchor === 'start' ? t('paths.startEvent') : t('paths.endEvent')}
            </label>
            <select
              id={`${id}-event`}
              value={form.event}
              onChange={(e) => onChange({ ...form, event: e.target.value })}
            >
              <option value="">{t('paths.chooseEvent')}</option>
              <EventNameOptions names={names} current={form.event} />
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-steps`}>{t('paths.steps')}</label>
          <input
            id={`${id}-steps`}
            type="number"
            min={MIN_PATH_STEPS}
            max={MAX_PATH_STEPS}
            step={1}
            value={Number.isNaN(form.steps) ? '' : form.steps}
            aria-describedby={`${id}-steps-help`}
            onChange={(e) => onChange({ ...form, steps: e.target.valueAsNumber })}
          />
          <span id={`${id}-steps-help`} className="field-help">
            {t('paths.stepsHelp', { min: MIN_PATH_STEPS, max: MAX_PATH_STEPS })}
          </span>
        </div>
        <div className="field checkbox-field">
          <input
            id={`${id}-collapse`}
            type="checkbox"
            checked={form.collapse}
            aria-describedby={`${id}-collapse-help`}
            onChange={(e) => onChange({ ...form, collapse: e.target.checked })}
          />
          <label htmlFor={`${id}-collapse`}>{t('paths.collapse')}</label>
          <span id={`${id}-collapse-help`} className="visually-hidden">
            {t('paths.collapseHelp')}
          </span>
        </div>
      </div>
    </SpecForm>
  );
}
