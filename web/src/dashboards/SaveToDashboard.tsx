import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuerySpecInput } from '../../../src/analytics/spec/query-spec.ts';
import { type DashboardSummary, dashboardApi } from '../api/dashboard-api.ts';
import { canEdit } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { SaveFormFooter, useSaveForm } from '../components/SaveForm.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { Dialog } from '../map/edit/Dialog.tsx';
import { Field } from '../map/edit/Field.tsx';
import { Link } from '../routing/router.tsx';
import { pathOf } from '../routing/routes.ts';
import { useUser } from '../session/user-context.ts';

const NEW = '';

/**
 * "Save to dashboard" under an analysis' answer: saves the question (the spec), not the numbers,
 * so the dashboard shows fresh numbers each time it opens. Editors only (viewers cannot write
 * dashboards, and the API refuses them too).
 */
export function SaveToDashboard({ spec, defaultTitle }: { spec: QuerySpecInput; defaultTitle: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<{ id: string; name: string } | null>(null);
  if (!user || !canEdit(user.role)) return null;
  return (
    <div className="save-to-dashboard">
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {t('dashboards.saveView')}
      </button>
      {saved && (
        <p role="status" className="field-help">
          {t('dashboards.savedTo', { name: saved.name })}{' '}
          <Link to={pathOf({ name: 'dashboard', dashboardId: saved.id })}>{t('dashboards.open')}</Link>
        </p>
      )}
      {open && (
        <SaveDialog
          spec={spec}
          defaultTitle={defaultTitle}
          onClose={() => setOpen(false)}
          onSaved={(d) => {
            setSaved(d);
            setOpen(false);
          }}
        />
      )}
    </div>
  );
}

function SaveDialog({
  spec,
  defaultTitle,
  onClose,
  onSaved,
}: {
  spec: QuerySpecInput;
  defaultTitle: string;
  onClose: () => void;
  onSaved: (d: { id: string; name: string }) => void;
}) {
  const { t } = useTranslation();
  const [list, reload] = useResource('dashboards', (signal) => dashboardApi.list(signal));
  const [title, setTitle] = useState(defaultTitle);
  const [target, setTarget] = useState<string | null>(null);
  const [newName, setNewName] = useState('');

  const dashboards: DashboardSummary[] = list.state === 'ready' ? list.data.dashboards : [];
  const chosen = target ?? dashboards[0]?.id ?? NEW;

  const form = useSaveForm(
    () => {
      if (title.trim() === '') return t('dashboards.titleMissing');
      if (chosen === NEW && newName.trim() === '') return t('dashboards.nameMissing');
      return null;
    },
    async () => {
      const view = { title: title.trim(), spec };
      const { dashboard } =
        chosen === NEW
          ? await dashboardApi.create(newName.trim(), [view])
          : await dashboardApi.addView(chosen, view);
      onSaved({ id: dashboard.id, name: dashboard.name });
    },
  );

  return (
    <Dialog title={t('dashboards.saveTitle')} onClose={onClose}>
      {list.state === 'loading' && <Spinner label={t('dashboards.loading')} />}
      {list.state === 'error' && (
        <ErrorNotice title={t('dashboards.loadFailed')} error={list.error} onRetry={reload} />
      )}
      {list.state === 'ready' && (
        <form className="form" onSubmit={(e) => void form.submit(e)} noValidate>
          <Field label={t('dashboards.viewTitle')}>
            {(id) => <input id={id} value={title} onChange={(e) => setTitle(e.target.value)} required />}
          </Field>
          <Field label={t('dashboards.dashboard')}>
            {(id) => (
              <select id={id} value={chosen} onChange={(e) => setTarget(e.target.value)}>
                {dashboards.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
                <option value={NEW}>{t('dashboards.newOption')}</option>
              </select>
            )}
          </Field>
          {chosen === NEW && (
            <Field label={t('dashboards.newName')}>
              {(id) => (
                <input id={id} value={newName} onChange={(e) => setNewName(e.target.value)} required />
              )}
            </Field>
          )}
          <SaveFormFooter
            state={form}
            failedTitle={t('dashboards.saveFailed')}
            saveLabel={t('edit.save')}
            savingLabel={t('dashboards.saving')}
            onCancel={onClose}
          />
        </form>
      )}
    </Dialog>
  );
}
