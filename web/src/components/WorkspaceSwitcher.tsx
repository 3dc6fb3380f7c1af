import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adminApi, type WorkspaceChoice } from '../api/admin-api.ts';
import type { User } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { Dialog } from '../map/edit/Dialog.tsx';
import { Field } from '../map/edit/Field.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';

/**
 * The workspace signed in to, and a switch to the others where the same address has an account.
 * Each workspace has its own account and password, so switching is signing in there; the page
 * then starts afresh in the other workspace.
 */
export function WorkspaceSwitcher({ user }: { user: User }) {
  const { t } = useTranslation();
  const id = useId();
  const [list] = useResource(`workspaces:${user.id}`, (signal) => adminApi.listWorkspaces(signal));
  const [target, setTarget] = useState<WorkspaceChoice | null>(null);
  if (list.state !== 'ready') return null;
  const workspaces = list.data.workspaces;
  const current = workspaces.find((w) => w.current);
  if (workspaces.length <= 1) {
    return current ? (
      <span className="workspace-name" data-workspace={current.slug}>
        {t('workspaces.current', { name: current.name })}
      </span>
    ) : null;
  }
  return (
    <span className="workspace-switcher">
      <label htmlFor={id}>{t('workspaces.label')}</label>
      <select
        id={id}
        value={current?.id ?? ''}
        onChange={(e) => setTarget(workspaces.find((w) => w.id === e.target.value) ?? null)}
      >
        {workspaces.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name}
          </option>
        ))}
      </select>
      {target && !target.current && (
        <SwitchDialog email={user.email} workspace={target} onClose={() => setTarget(null)} />
      )}
    </span>
  );
}

function SwitchDialog({
  email,
  workspace,
  onClose,
}: {
  email: string;
  workspace: WorkspaceChoice;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await adminApi.switchWorkspace(email, password, workspace.slug);
      // A fresh start: every page's data belongs to the workspace signed in to.
      window.location.assign('/maps');
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('workspaces.switchTitle', { name: workspace.name })} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <p>{t('workspaces.switchHelp', { email })}</p>
        <Field label={t('signIn.password')}>
          {(id) => (
            <input
              id={id}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        {error !== null && <ErrorNotice title={t('workspaces.switchFailed')} error={error} />}
        <div className="dialog-buttons">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('workspaces.switching') : t('workspaces.switch')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('edit.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
