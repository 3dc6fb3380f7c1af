import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  channelCounts,
  formatDay,
  formatTime,
  personTimeline,
  traitText,
} from '../analytics/person-timeline.ts';
import { ApiError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { useResource } from '../api/use-resource.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { Link } from '../routing/router.tsx';
import { pathOf } from '../routing/routes.ts';

/** Most events the timeline loads; a person with more sees the newest this many. */
const EVENT_LIMIT = 500;

/** One person: their ids, traits, channels, and their stitched timeline of events across channels. */
export function PersonPage({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [data, reload] = useResource(`person:${personId}`, (signal) =>
    Promise.all([api.person(personId, signal), api.personEvents(personId, EVENT_LIMIT, signal)]),
  );
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const days = useMemo(
    () => (data.state === 'ready' ? personTimeline(data.data[1].events, timeZone) : []),
    [data, timeZone],
  );

  const back = (
    <p className="breadcrumb">
      <Link to={pathOf({ name: 'funnel' })}>{t('person.back')}</Link>
    </p>
  );
  if (data.state === 'loading') {
    return (
      <>
        {back}
        <PageTitle>{t('person.titleLoading')}</PageTitle>
        <Spinner label={t('person.loading')} />
      </>
    );
  }
  if (data.state === 'error') {
    const notFound = data.error instanceof ApiError && data.error.status === 404;
    return (
      <>
        {back}
        <PageTitle>{t('person.titleLoading')}</PageTitle>
        {notFound ? (
          <div className="notice notice-info" role="alert">
            <p className="notice-title">{t('person.notFound', { id: personId })}</p>
            <p>{t('person.notFoundHelp')}</p>
          </div>
        ) : (
          <ErrorNotice title={t('person.failed')} error={data.error} onRetry={reload} />
        )}
      </>
    );
  }

  const [person, { events }] = data.data;
  const name =
    typeof person.traits.name === 'string' && person.traits.name !== '' ? person.traits.name : personId;
  const traits = Object.entries(person.traits);
  const channels = channelCounts(events);
  return (
    <div className="person-page">
      {back}
      <PageTitle>{t('person.title', { name })}</PageTitle>
      <div className="person-facts">
        <section className="panel" aria-labelledby="person-ids">
          <h2 id="person-ids">{t('person.ids')}</h2>
          <p className="field-help">{t('person.idsHelp')}</p>
          <ul data-testid="person-ids">
            {person.ids.map((id) => (
              <li key={id}>
                <code>{id}</code>
              </li>
            ))}
          </ul>
          <p className="field-help">{t('person.internalId', { id: person.id })}</p>
        </section>
        <section className="panel" aria-labelledby="person-traits">
          <h2 id="person-traits">{t('person.traits')}</h2>
          {traits.length === 0 ? (
            <p>{t('person.noTraits')}</p>
          ) : (
            <dl className="trait-list">
              {traits.map(([key, value]) => (
                <div key={key}>
                  <dt>{key}</dt>
                  <dd className="trait-value">{traitText(value)}</dd>
                </div>
              ))}
            </dl>
          )}
        </section>
        <section className="panel" aria-labelledby="person-channels">
          <h2 id="person-channels">{t('person.channels')}</h2>
          <p data-testid="person-event-count">
            {t('person.eventCount', { number: format.count(person.eventCount) })}
          </p>
          <ul>
            {channels.map((c) => (
              <li key={c.channel}>
                {t('person.channelCount', {
                  channel: t(`channels.${c.channel}`, { defaultValue: c.channel }),
                  number: format.count(c.count),
                })}
              </li>
            ))}
          </ul>
        </section>
      </div>

      <section aria-labelledby="person-timeline">
        <h2 id="person-timeline" className="section-title">
          {t('person.timeline')}
        </h2>
        {events.length === 0 && <p>{t('person.noEvents')}</p>}
        {events.length > 0 && events.length < person.eventCount && (
          <p className="field-help">
            {t('person.newestOnly', {
              shown: format.count(events.length),
              total: format.count(person.eventCount),
            })}
          </p>
        )}
        {days.map((day) => (
          <div key={day.day} className="timeline-day">
            <h3>{formatDay(day.day, format.language)}</h3>
            <ol className="timeline">
              {day.items.map((item) => (
                <li key={item.messageId} className="timeline-item" data-channel={item.channel}>
                  <time dateTime={item.timestamp}>
                    {formatTime(item.timestamp, format.language, timeZone)}
                  </time>
                  <span className="timeline-title">{item.title}</span>
                  <span className="badge badge-neutral">
                    {t(`channels.${item.channel}`, { defaultValue: item.channel })}
                  </span>
                  {item.sentAs && (
                    <span className="timeline-id">{t('person.sentAs', { id: item.sentAs })}</span>
                  )}
                </li>
              ))}
            </ol>
          </div>
        ))}
      </section>
    </div>
  );
}
