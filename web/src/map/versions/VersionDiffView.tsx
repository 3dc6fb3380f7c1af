import { useTranslation } from 'react-i18next';
import { translateWith } from '../figure-text.ts';
import { laneName } from '../lane-name.ts';
import { describeFieldChange, describeMove } from './diff-text.ts';
import type { DiffSubject, ItemDiff, MapDiff } from './version-diff.ts';

const SUBJECTS: DiffSubject[] = ['map', 'lane', 'stage', 'touchpoint', 'card', 'persona'];

function ItemLine({ item }: { item: ItemDiff }) {
  const { t: i18nT } = useTranslation();
  const t = translateWith(i18nT);
  const badge = item.change === 'changed' && item.fields.length === 0 && item.moved ? 'moved' : item.change;
  // A lane is named as on the map (built-in lanes in the interface language); a card says where it is.
  const label = item.subject === 'lane' && item.lane !== undefined ? laneName(item.lane, t) : item.label;
  const where =
    item.subject === 'lane'
      ? null
      : item.lane !== undefined
        ? t('diff.where', { lane: laneName(item.lane, t), stage: item.stage ?? '' })
        : item.stage !== undefined
          ? t('diff.inStage', { stage: item.stage })
          : null;
  return (
    <li className={`diff-item diff-${badge}`} data-change={badge} data-subject={item.subject}>
      <span className={`badge diff-badge diff-badge-${badge}`}>{t(`diff.change.${badge}`)}</span>{' '}
      <strong className="diff-label">{label}</strong>
      {where && <span className="card-meta"> · {where}</span>}
      {(item.fields.length > 0 || item.moved) && (
        <ul className="diff-fields">
          {item.moved && <li>{describeMove(item.moved, t)}</li>}
          {item.fields.map((change) => (
            <li key={change.field}>{describeFieldChange(change, t)}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** What changed between two versions, grouped by what it is about, in words. */
export function VersionDiffView({ diff, from, to }: { diff: MapDiff; from: string; to: string }) {
  const { t } = useTranslation();
  return (
    <div className="version-diff" data-testid="version-diff">
      <h4>{t('diff.heading', { from, to })}</h4>
      {diff.items.length === 0 ? (
        <p className="notice notice-info">{t('diff.noChanges')}</p>
      ) : (
        <>
          <p className="diff-summary" role="status">
            {t('diff.summary', diff.counts)}
          </p>
          {SUBJECTS.map((subject) => {
            const items = diff.items.filter((item) => item.subject === subject);
            if (items.length === 0) return null;
            return (
              <section key={subject} className="diff-group" aria-label={t(`diff.subjects.${subject}`)}>
                <h5>{t(`diff.subjects.${subject}`)}</h5>
                <ul className="diff-list">
                  {items.map((item) => (
                    <ItemLine key={`${item.subject}:${item.id}`} item={item} />
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
