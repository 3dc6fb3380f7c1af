import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dashboardApi } from '../api/dashboard-api.ts';
import { canEdit, type User } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { SavedViewCard } from '../dashboards/SavedViewCard.tsx';
import { Link, navigate } from '../routing/router.tsx';
import { pathOf } from '../routing/routes.ts';

/** One dashboard: every saved view run again and shown; editors remove views or the dashboard. */
export function DashboardPage({ dashboardId, user }: { dashboardId: string; user: User }) {
  const { t } = useTranslation();
  const [loaded, reload] = useResource(`dashboard:${dashboardId}`, (signal) =>
    dashboardApi.get(dashboardId, signal),
  );
  const [changeError, setChangeError] = useState<unknown>(null);
  const editor = canEdit(user.role);

  const removeView = async (viewId: string) => {
    if (loaded.state !== 'ready') return;
    setChangeError(null);
    try {
      const views = loaded.data.dashboard.views.filter((v) => v.id !== viewId);
      await dashboardApi.setViews(dashboardId, views);
      reload();
    } catch (error) {
      setChangeError(error);
    }
  };

  const removeDashboard = async (name: string) => {
    if (!window.confirm(t('dashboards.confirmDelete', { name }))) return;
    setChangeError(null);
    try {
      await dashboardApi.remove(dashboardId);
      navigate(pathOf({ name: 'dashboards' }));
    } catch (error) {
      setChangeError(error);
    }
  };

  return (
    <div className="dashboard-page">
      <p className="breadcrumb">
        <Link to={pathOf({ name: 'dashboards' })}>← {t('dashboards.back')}</Link>
      </p>
      {loaded.state === 'loading' && (
        <>
          <PageTitle>{t('dashboards.loadingOne')}</PageTitle>
          <Spinner label={t('dashboards.loadingOne')} />
        </>
      )}
      {loaded.state === 'error' && (
        <>
          <PageTitle>{t('dashboards.loadOneFailed')}</PageTitle>
          <ErrorNotice title={t('dashboards.loadOneFailed')} error={loaded.error} onRetry={reload} />
        </>
      )}
      {loaded.state === 'ready' && (
        <>
          <PageTitle>{loaded.data.dashboard.name}</PageTitle>
          <p className="lead">{t('dashboards.pageIntro')}</p>
          {changeError !== null && <ErrorNotice title={t('dashboards.changeFailed')} error={changeError} />}
          {loaded.data.dashboard.views.length === 0 && (
            <div className="notice notice-info">
              <p>{t('dashboards.noViews')}</p>
            </div>
          )}
          <div className="dashboard-views">
            {loaded.data.dashboard.views.map((view) => (
              <SavedViewCard
                key={view.id}
                view={view}
                onRemove={editor ? () => void removeView(view.id) : undefined}
              />
            ))}
          </div>
          {editor && (
            <p>
              <button
                type="button"
                className="button button-danger"
                onClick={() => void removeDashboard(loaded.data.dashboard.name)}
              >
                {t('dashboards.delete')}
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}
