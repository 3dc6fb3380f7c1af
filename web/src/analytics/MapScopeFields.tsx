import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/index.ts';
import type { MapSummary } from '../api/types.ts';
import { measurablePersonas } from '../map/personas/persona-edits.ts';
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
      <div className="field">
        <label htmlFor={`${id}-map`}>{t('insights.map')}</label>
        <select
          id={`${id}-map`}
          value={form.mapId}
          onChange={(e) => onChange({ ...form, mapId: e.target.value, persona: '' })}
        >
          {maps.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      {withPersona && (
        <div className="field">
          <label htmlFor={`${id}-persona`}>{t('insights.persona')}</label>
          <select
            id={`${id}-persona`}
            value={form.persona}
            onChange={(e) => onChange({ ...form, persona: e.target.value })}
          >
            <option value="">{t('personas.everyone')}</option>
            {personas.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
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
