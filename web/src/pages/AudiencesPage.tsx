import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Audience, type AudienceMember, audienceApi } from '../api/audience-api.ts';
import { api } from '../api/client.ts';
import { canEdit, type User } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { definitionWords, type MapNames, referencedMaps } from '../audiences/audience-words.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { Dialog } from '../map/edit/Dialog.tsx';
import { Link } from '../routing/router.tsx';
import { pathOf } from '../routing/routes.ts';
import '../journey-insights.css';

/** Members shown in an audience's preview; the CSV has them all. */
const PREVIEW = 20;

/**
 * The saved audiences (persons of a drop-off, a snapshot taken when saved): size, when, what in
 * words, a preview of the members and the CSV export; editors may delete them.
 */
export function AudiencesPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const [list, reload] = useResource('audiences', (signal) => audienceApi.list(signal));
  const audiences = list.state === 'ready' ? list.data.audiences : [];
  const mapIds = referencedMaps(audiences.map((a) => a.definition));
  const [maps] = useResource(`audience-maps:${mapIds.join(',')}`, async (signal) => {
    const loaded = await Promise.all(mapIds.map((id) => api.getMap(id, signal).catch(() => null)));
    return new Map(
      loaded.flatMap((m): [string, MapNames][] =>
        m === null
          ? []
          : [
              [
                m.id,
                {
                  map: m.doc.name,
                  touchpoints: new Map(m.doc.touchpoints.map((tp) => [tp.id, tp.name])),
                  personas: new Map(m.doc.personas.map((p) => [p.id, p.name])),
                },
              ],
            ],
      ),
    );
  });
  const names = maps.state === 'ready' ? maps.data : new Map<string, MapNames>();

  return (
    <div className="audiences-page">
      <PageTitle>{t('audiences.title')}</PageTitle>
      <p className="lead">{t('audiences.intro')}</p>
      {list.state === 'loading' && <Spinner label={t('audiences.loading')} />}
      {list.state === 'error' && (
        <ErrorNotice title={t('audiences.loadFailed')} error={list.error} onRetry={reload} />
      )}
      {list.state === 'ready' && audiences.length === 0 && (
        <div className="notice notice-info">
          <p>{t('audiences.none')}</p>
          <p>
            <Link to={pathOf({ name: 'funnel' })}>{t('audiences.toFunnel')}</Link> ·{' '}
            <Link to={pathOf({ name: 'stageFlow' })}>{t('audiences.toStageFlow')}</Link>
          </p>
        </div>
      )}
      {audiences.map((audience) => (
        <AudienceCard
          key={audience.id}
          audience={audience}
          names={names}
          editable={canEdit(user.role)}
          onDeleted={reload}
        />
      ))}
    </div>
  );
}

function AudienceCard({
  audience,
  names,
  editable,
  onDeleted,
}: {
  audience: Audience;
  names: ReadonlyMap<string, MapNames>;
  editable: boolean;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [showMembers, setShowMembers] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const words = useMemo(() => definitionWords(audience.definition, names), [audience, names]);
  const headingId = `audience-${audience.id}`;
  return (
    <section className="panel audience-card" aria-labelledby={headingId} data-audience-id={audience.id}>
      <h2 id={headingId}>{audience.name}</h2>
      <dl className="audience-facts">
        <div>
          <dt>{t('audiences.size')}</dt>
          <dd data-figure="memberCount" data-value={audience.memberCount}>
            {t('audiences.people', { number: format.count(audience.memberCount) })}
          </dd>
        </div>
        <div>
          <dt>{t('audiences.createdAt')}</dt>
          <dd>
            {t('audiences.createdBy', { when: format.dateTime(audience.createdAt), who: audience.createdBy })}
          </dd>
        </div>
        <div>
          <dt>{t('audiences.definitionTitle')}</dt>
          <dd>
            {words.key === 'funnel'
              ? t('audiences.definition.funnel', { n: words.n, step: words.step, steps: words.steps })
              : t('audiences.definition.touchpoint', { touchpoint: words.touchpoint, map: words.map })}
            {words.key === 'touchpoint' &&
              words.persona !== null &&
              ` ${t('audiences.definition.persona', { persona: words.persona })}`}
          </dd>
        </div>
      </dl>
      <p className="field-help">{t('audiences.snapshot')}</p>
      {audience.truncated && <p className="notice notice-warning">{t('audiences.truncated')}</p>}
      <div className="audience-actions">
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={showMembers}
          onClick={() => setShowMembers(!showMembers)}
        >
          {showMembers ? t('audiences.hideMembers') : t('audiences.showMembers')}
          <span className="visually-hidden"> {audience.name}</span>
        </button>
        <a className="button button-secondary" href={audienceApi.csvPath(audience.id)} download>
          {t('audiences.download')}
          <span className="visually-hidden"> {audience.name}</span>
        </a>
        {editable && (
          <button type="button" className="button button-danger" onClick={() => setDeleting(true)}>
            {t('audiences.delete')}
            <span className="visually-hidden"> {audience.name}</span>
          </button>
        )}
      </div>
      {showMembers && <MembersPreview audience={audience} />}
      {deleting && (
        <DeleteDialog
          audience={audience}
          onClose={() => setDeleting(false)}
          onDeleted={() => {
            setDeleting(false);
            onDeleted();
          }}
        />
      )}
    </section>
  );
}

const traitText = (traits: Record<string, unknown>, key: string) => {
  const v = traits[key];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
};

function MembersPreview({ audience }: { audience: Audience }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [members, reload] = useResource(`audience-members:${audience.id}`, (signal) =>
    audienceApi.members(audience.id, PREVIEW, signal),
  );
  if (members.state === 'loading') return <Spinner label={t('audiences.loadingMembers')} />;
  if (members.state === 'error') {
    return <ErrorNotice title={t('audiences.membersFailed')} error={members.error} onRetry={reload} />;
  }
  const persons: AudienceMember[] = members.data.persons;
  if (persons.length === 0) return <p>{t('audiences.noMembers')}</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption>
          {t('audiences.membersCaption', {
            shown: format.count(persons.length),
            total: format.count(members.data.total),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('audiences.columns.person')}</th>
            <th scope="col">{t('audiences.columns.email')}</th>
            <th scope="col">{t('audiences.columns.name')}</th>
            <th scope="col">{t('audiences.columns.ids')}</th>
          </tr>
        </thead>
        <tbody>
          {persons.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <Link to={pathOf({ name: 'person', personId: p.ids[0] ?? p.id })}>{p.id}</Link>
              </th>
              <td>{traitText(p.traits, 'email')}</td>
              <td>{traitText(p.traits, 'name')}</td>
              <td>{p.ids.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DeleteDialog({
  audience,
  onClose,
  onDeleted,
}: {
  audience: Audience;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await audienceApi.remove(audience.id);
      onDeleted();
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('audiences.deleteTitle', { name: audience.name })} onClose={onClose}>
      <p>{t('audiences.deleteWarning')}</p>
      {error !== null && <ErrorNotice title={t('audiences.deleteFailed')} error={error} />}
      <div className="dialog-buttons">
        <button type="button" className="button button-danger" disabled={busy} onClick={() => void remove()}>
          {busy ? t('audiences.deleting') : t('audiences.delete')}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('edit.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
