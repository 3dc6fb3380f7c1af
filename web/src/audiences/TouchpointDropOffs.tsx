import { useTranslation } from 'react-i18next';
import type { JourneySpecInput } from '../../../src/analytics/spec/journey-spec.ts';
import type { JourneyResult } from '../api/types.ts';
import { useFormat } from '../i18n/use-format.ts';
import { touchpointDropOffDefinition } from './audience-definitions.ts';
import { SaveAsAudience } from './SaveAsAudience.tsx';

/**
 * Each measured touchpoint's drop-off (met it, never reached a later stage) with "Save as
 * audience" for its persons, under the same journey question (map, persona) as the numbers.
 */
export function TouchpointDropOffs({ result, spec }: { result: JourneyResult; spec: JourneySpecInput }) {
  const { t } = useTranslation();
  const format = useFormat();
  const stageName = new Map(result.stages.map((s) => [s.id, s.name]));
  const rows = result.touchpoints.filter((tp) => tp.measured && tp.dropOff !== null);
  if (rows.length === 0) return null;
  return (
    <section className="insights-subsection" aria-labelledby="touchpoint-drop-offs-title">
      <h3 id="touchpoint-drop-offs-title" className="section-title">
        {t('audiences.touchpointsTitle')}
      </h3>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">{t('audiences.touchpointsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audiences.columns.touchpoint')}</th>
              <th scope="col">{t('stageFlow.columns.stage')}</th>
              <th scope="col" className="numeric">
                {t('figures.reach')}
              </th>
              <th scope="col" className="numeric">
                {t('figures.dropOff')}
              </th>
              <th scope="col">{t('audiences.columns.action')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((tp) => (
              <tr key={tp.id} data-touchpoint-id={tp.id}>
                <th scope="row">{tp.name}</th>
                <td>{stageName.get(tp.stageId) ?? tp.stageId}</td>
                <td className="numeric">{format.count(tp.reach)}</td>
                <td className="numeric" data-figure="dropOff" data-value={tp.dropOff ?? ''}>
                  {format.count(tp.dropOff)} ({format.percent(tp.dropOffRate)})
                </td>
                <td>
                  {(tp.dropOff ?? 0) > 0 && (
                    <SaveAsAudience
                      definition={touchpointDropOffDefinition(spec, tp.id)}
                      defaultName={t('audiences.defaultTouchpointName', { touchpoint: tp.name })}
                      context={t('audiences.touchpointContext', { touchpoint: tp.name })}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
