import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/index.ts';
import type { MapSummary } from '../api/types.ts';
import { measurablePersonas } from '../map/personas/persona-edits.ts';
import { NamedItemField } from './form-fields.tsx';
import type { InsightScopeForm } from './insight-scope.ts';

/**
 * The map, persona and period fields the journey-insight forms share. Only personas with a
 * segment rule are offered (only they can select persons). `id` prefixes the controls' ids.
 */
export function MapScopeFields({
  id,
  maps,
  doc,
  form,
  onChange,
  withPersona = true,
  withRange = true,
}: {
  id: string;
  maps: readonly MapSummary[];
  /** The chosen map as stored, once loaded (for its personas). */
  doc: JourneyMap | null;
  form: InsightScopeForm;
  onChange: (form: InsightScopeForm) => void;
  withPersona?: boolean;
  withRange?: boolean;
}) {
  const { t } = useTranslation();
  const personas = doc ? measurablePersonas(doc.personas) : [];
  return (
    <>
      <NamedItemField
        id={`${id}-map`}
        label={t('insights.map')}
        value={form.mapId}
        items={maps}
        onChange={(value) => onChange({ ...form, mapId: value, persona: '' })}
      />
      {withPersona && (
        <NamedItemField
          id={`${id}-persona`}
          label={t('insights.persona')}
          value={form.persona}
          items={personas}
          none={t('personas.everyone')}
          onChange={(value) => onChange({ ...form, persona: value })}
        />
      )}
      {withRange && (
        <>
          <div className="field">
            <label htmlFor={`${id}-from`}>{t('insights.from')}</label>
            <input
              id={`${id}-from`}
              type="date"
              value={form.from}
              aria-describedby={`${id}-range-help`}
              onChange={(e) => onChange({ ...form, from: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t('insights.to')}</label>
            <input
              id={`${id}-to`}
              type="date"
              value={form.to}
              aria-describedby={`${id}-range-help`}
              onChange={(e) => onChange({ ...form, to: e.target.value })}
            />
          </div>
          <p id={`${id}-range-help`} className="field-help form-grid-wide">
            {t('insights.rangeHelp')}
          </p>
        </>
      )}
    </>
  );
}
