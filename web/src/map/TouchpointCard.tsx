import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { isOnline, type Touchpoint } from '../../../src/model/index.ts';
import type { JourneyTouchpointResult } from '../api/types.ts';
import { Spinner } from '../components/Spinner.tsx';
import { ChannelIcon } from './ChannelIcon.tsx';
import { FigureList } from './FigureList.tsx';
import { isLastStage, touchpointFigures } from './figures.ts';
import type { Live } from './live.ts';

/**
 * A touchpoint: its channel (icon, name, online or offline), owner, the event that measures it,
 * and its live numbers — or, in words, why there are none.
 */
export const TouchpointCard = memo(function TouchpointCard({
  touchpoint,
  live,
  result,
}: {
  touchpoint: Touchpoint;
  live: Live;
  result: JourneyTouchpointResult | undefined;
}) {
  const { t } = useTranslation();
  const online = isOnline(touchpoint.channel);
  const binding = touchpoint.event;
  const figures = result ? touchpointFigures(result) : [];

  return (
    <article
      className="card touchpoint-card"
      data-touchpoint-id={touchpoint.id}
      aria-busy={live.state === 'loading' && binding !== undefined}
    >
      <p className="channel">
        <ChannelIcon channel={touchpoint.channel} />
        <span>{t(`channels.${touchpoint.channel}`)}</span>
        <span className={online ? 'badge badge-online' : 'badge badge-offline'}>
          {online ? t('touchpoint.online') : t('touchpoint.offline')}
        </span>
      </p>
      <h4 className="card-title">{touchpoint.name}</h4>
      {touchpoint.owner && <p className="card-meta">{t('touchpoint.owner', { owner: touchpoint.owner })}</p>}
      {binding && (
        <p className="card-meta binding">
          {binding.channel
            ? t('touchpoint.eventOnChannel', {
                event: binding.event,
                channel: t(`channels.${binding.channel}`),
              })
            : t('touchpoint.event', { event: binding.event })}
          {binding.where.length > 0 && ` (${t('touchpoint.filters', { count: binding.where.length })})`}
        </p>
      )}
      {live.state === 'loading' && binding && <Spinner compact announce={false} label={t('live.loading')} />}
      {live.state === 'ready' && figures.length > 0 && <FigureList figures={figures} context="touchpoint" />}
      {live.state === 'ready' && !binding && figures.length === 0 && (
        <p className="card-note">{t('live.unbound')}</p>
      )}
      {live.state === 'ready' && binding && result?.reach === 0 && (
        <p className="card-note">{t('live.noReach')}</p>
      )}
      {live.state === 'ready' && result && isLastStage(result) && result.reach !== 0 && (
        <p className="card-note">{t('live.lastStage')}</p>
      )}
      {live.state === 'off' && !binding && <p className="card-note">{t('live.unbound')}</p>}
    </article>
  );
});
