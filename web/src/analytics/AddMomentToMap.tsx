import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/index.ts';
import { ApiError } from '../api/api-error.ts';
import { insightsApi, type MomentOfTruth } from '../api/insights-api.ts';
import { canEdit } from '../api/types.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { Link } from '../routing/router.tsx';
import { pathOf } from '../routing/routes.ts';
import { useUser } from '../session/user-context.ts';
import { laneTextValues } from './moments-table.ts';

type AddState =
  | { state: 'idle' }
  | { state: 'adding' }
  | { state: 'added' }
  | { state: 'duplicate' }
  | { state: 'conflict' }
  | { state: 'error'; error: unknown };

/**
 * "Add to the map's moments-of-truth lane" for one moment of truth: the API's card, with its
 * sentence written in the map's language (the card belongs to the map, read by everyone who opens
 * it). Editors only. Adding it twice is refused by the API and said as "already on the map".
 */
export function AddMomentToMap({
  moment,
  mapId,
  doc,
  outcome,
}: {
  moment: MomentOfTruth;
  mapId: string;
  doc: JourneyMap | null;
  outcome: 'conversion' | 'repeat_purchase' | 'retention';
}) {
  const { t } = useTranslation();
  const user = useUser();
  const [add, setAdd] = useState<AddState>({ state: 'idle' });
  if (!user || !canEdit(user.role) || moment.laneItem === null) return null;
  const lng = doc?.locale ?? 'en';
  const stageName = doc?.stages.find((s) => s.id === moment.stageId)?.name ?? moment.stageId;
  const values = laneTextValues(moment, stageName, lng);

  const submit = async () => {
    if (!moment.laneItem || !values) return;
    const text = t('momentsOfTruth.laneText', {
      ...values,
      outcome: t(`momentsOfTruth.outcomeWords.${outcome}`, { lng }),
      lng,
    });
    setAdd({ state: 'adding' });
    try {
      await insightsApi.addLaneItem(mapId, { ...moment.laneItem, text });
      setAdd({ state: 'added' });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setAdd({ state: error.code === 'duplicate_id' ? 'duplicate' : 'conflict' });
      } else setAdd({ state: 'error', error });
    }
  };

  return (
    <div className="add-to-map">
      {add.state !== 'added' && add.state !== 'duplicate' && (
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={add.state === 'adding' || doc === null}
          onClick={() => void submit()}
        >
          {add.state === 'adding' ? t('momentsOfTruth.adding') : t('momentsOfTruth.add')}
          <span className="visually-hidden"> {t('momentsOfTruth.addContext', { name: moment.name })}</span>
        </button>
      )}
      {(add.state === 'added' || add.state === 'duplicate') && (
        <p role="status" className="field-help" data-testid="moment-added">
          {add.state === 'added' ? t('momentsOfTruth.added') : t('momentsOfTruth.duplicate')}{' '}
          <Link to={pathOf({ name: 'map', mapId })}>{t('momentsOfTruth.openMap')}</Link>
        </p>
      )}
      {add.state === 'conflict' && (
        <p role="alert" className="notice notice-error">
          {t('momentsOfTruth.conflict')}
        </p>
      )}
      {add.state === 'error' && <ErrorNotice title={t('momentsOfTruth.addFailed')} error={add.error} />}
    </div>
  );
}
