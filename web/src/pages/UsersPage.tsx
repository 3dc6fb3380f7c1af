import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminOnly } from '../admin/AdminOnly.tsx';
import { adminApi, type NewUser, type WorkspaceUser } from '../api/admin-api.ts';
import type { Role, User } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Spinner } from '../components/Spinner.tsx';

const ROLES: Role[] = ['viewer', 'editor', 'admin'];
/** The API's minimum (src/server/services/user-input.ts). */
const MIN_PASSWORD = 10;

/** People of the workspace and their roles: admins add people and change roles. */
export function UsersPage({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <div className="admin-page">
      <PageTitle>{t('users.title')}</PageTitle>
      <p className="lead">{t('users.intro')}</p>
      <AdminOnly user={user}>
        <UsersAdmin me={user} />
      </AdminOnly>
    </div>
  );
}

function UsersAdmin({ me }: { me: User }) {
  const { t } = useTranslation();
  const [list, reload] = useResource('users', (signal) => adminApi.listUsers(signal));
  const [changeError, setChangeError] = useState<unknown>(null);
  const [changed, setChanged] = useState<string | null>(null);

  const changeRole = async (person: WorkspaceUser, role: Role) => {
    setChangeError(null);
    setChanged(null);
    try {
      await adminApi.changeRole(person.id, role);
      setChanged(t('users.roleChanged', { name: person.name, role: t(`roles.${role}`) }));
    } catch (error) {
      setChangeError(error);
    }
    reload();
  };

  return (
    <>
      <NewUserForm onCreated={reload} />
      {changed && (
        <p className="notice notice-success" role="status">
          {changed}
        </p>
      )}
      {changeError !== null && <ErrorNotice title={t('users.changeFailed')} error={changeError} />}
      {list.state === 'loading' && <Spinner label={t('users.loading')} />}
      {list.state === 'error' && (
        <ErrorNotice title={t('users.loadFailed')} error={list.error} onRetry={reload} />
      )}
      {list.state === 'ready' && (
        <table className="table users-table">
          <caption>{t('users.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('users.name')}</th>
              <th scope="col">{t('users.email')}</th>
              <th scope="col">{t('users.role')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.users.map((person) => (
              <tr key={person.id} data-user-email={person.email}>
                <th scope="row">
                  {person.name}
                  {person.id === me.id && <span className="field-help"> {t('users.you')}</span>}
                </th>
                <td>{person.email}</td>
                <td>
                  <select
                    aria-label={t('users.roleOf', { name: person.name })}
                    value={person.role}
                    onChange={(e) => void changeRole(person, e.target.value as Role)}
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {t(`roles.${role}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

const EMPTY: NewUser = { email: '', name: '', role: 'viewer', password: '' };

function NewUserForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [form, setForm] = useState<NewUser>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const set = (patch: Partial<NewUser>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: string[] = [];
    if (!/^[^\s@]+@[^\s@]+$/.test(form.email.trim())) found.push(t('users.problems.email'));
    if (form.name.trim() === '') found.push(t('users.problems.name'));
    if (form.password.length < MIN_PASSWORD) found.push(t('users.problems.password', { min: MIN_PASSWORD }));
    setProblems(found);
    setDone(null);
    if (found.length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const { user } = await adminApi.createUser({
        ...form,
        email: form.email.trim(),
        name: form.name.trim(),
      });
      setDone(t('users.created', { email: user.email }));
      setForm(EMPTY);
      onCreated();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('users.create')}</h2>
      <p className="field-help">{t('users.createHelp')}</p>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-email`}>{t('users.email')}</label>
          <input
            id={`${id}-email`}
            type="email"
            autoComplete="off"
            value={form.email}
            onChange={(e) => set({ email: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('users.name')}</label>
          <input id={`${id}-name`} value={form.name} onChange={(e) => set({ name: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>{t('users.role')}</label>
          <select id={`${id}-role`} value={form.role} onChange={(e) => set({ role: e.target.value as Role })}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>{t('users.password')}</label>
          <input
            id={`${id}-password`}
            type="password"
            autoComplete="new-password"
            value={form.password}
            aria-describedby={`${id}-password-help`}
            onChange={(e) => set({ password: e.target.value })}
          />
          <span id={`${id}-password-help`} className="field-help">
            {t('users.passwordHelp', { min: MIN_PASSWORD })}
          </span>
        </div>
      </div>
      {problems.length > 0 && (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{t('users.cannotCreate')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {error !== null && <ErrorNotice title={t('users.createFailed')} error={error} />}
      {done && (
        <p className="notice notice-success" role="status">
          {done}
        </p>
      )}
      <div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('users.creating') : t('users.createButton')}
        </button>
      </div>
    </form>
  );
}
