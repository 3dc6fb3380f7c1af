import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dashboardApi } from '../api/dashboard-api.ts';
import { canEdit, type User } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { Link, navigate } from '../routing/router.tsx';
import { pathOf } from '../routing/routes.ts';

/** The workspace's dashboards; editors make new ones (views are added from the analytics views). */
export function DashboardsPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [list, reload] = useResource('dashboards', (signal) => dashboardApi.list(signal));
  return (
    <div className="dashboards-page">
      <PageTitle>{t('dashboards.title')}</PageTitle>
      <p className="lead">{t('dashboards.intro')}</p>
      {list.state === 'loading' && <Spinner label={t('dashboards.loading')} />}
      {list.state === 'error' && (
        <ErrorNotice title={t('dashboards.loadFailed')} error={list.error} onRetry={reload} />
      )}
      {list.state === 'ready' && list.data.dashboards.length === 0 && (
        <div className="notice notice-info">
          <p>{t('dashboards.none')}</p>
        </div>
      )}
      {list.state === 'ready' && list.data.dashboards.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">{t('dashboards.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboards.columns.name')}</th>
              <th scope="col" className="numeric">
                {t('dashboards.columns.views')}
              </th>
              <th scope="col">{t('dashboards.columns.createdBy')}</th>
              <th scope="col">{t('dashboards.columns.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.dashboards.map((d) => (
              <tr key={d.id} data-dashboard-id={d.id}>
                <th scope="row">
                  <Link to={pathOf({ name: 'dashboard', dashboardId: d.id })}>{d.name}</Link>
                </th>
                <td className="numeric">{format.count(d.viewCount)}</td>
                <td>{d.createdBy}</td>
                <td>{format.dateTime(d.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit(user.role) && <NewDashboardForm />}
    </div>
  );
}

function NewDashboardForm() {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setMissing(true);
    setMissing(false);
    setBusy(true);
    setError(null);
    try {
      const { dashboard } = await dashboardApi.create(name.trim());
      navigate(pathOf({ name: 'dashboard', dashboardId: dashboard.id }));
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };
  return (
    <form className="panel form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('dashboards.create')}</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('dashboards.newName')}</label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} required />
      </div>
      <p className="field-help">{t('dashboards.createHelp')}</p>
      {missing && (
        <p className="notice notice-error" role="alert">
          {t('dashboards.nameMissing')}
        </p>
      )}
      {error !== null && <ErrorNotice title={t('dashboards.createFailed')} error={error} />}
      <div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('dashboards.saving') : t('dashboards.createButton')}
        </button>
      </div>
    </form>
  );
}
