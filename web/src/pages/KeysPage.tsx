import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminOnly } from '../admin/AdminOnly.tsx';
import { type ApiKey, adminApi } from '../api/admin-api.ts';
import type { User } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { useFormat } from '../i18n/use-format.ts';

/** API keys of the workspace: write keys for sending events, read tokens for scripts. Admins only. */
export function KeysPage({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <div className="admin-page">
      <PageTitle>{t('keys.title')}</PageTitle>
      <p className="lead">{t('keys.intro')}</p>
      <AdminOnly user={user}>
        <KeysAdmin />
      </AdminOnly>
    </div>
  );
}

function KeysAdmin() {
  const { t } = useTranslation();
  const format = useFormat();
  const [list, reload] = useResource('keys', (signal) => adminApi.listKeys(signal));
  const [created, setCreated] = useState<{ key: ApiKey; secret: string } | null>(null);
  const [revokeError, setRevokeError] = useState<unknown>(null);

  const revoke = async (key: ApiKey) => {
    if (!window.confirm(t('keys.confirmRevoke', { name: key.name }))) return;
    setRevokeError(null);
    try {
      await adminApi.revokeKey(key.id);
      reload();
    } catch (error) {
      setRevokeError(error);
    }
  };

  return (
    <>
      <NewKeyForm
        onCreated={(made) => {
          setCreated(made);
          reload();
        }}
      />
      {created && (
        <div className="notice notice-success" role="status" data-new-secret>
          <p className="notice-title">{t('keys.createdTitle', { name: created.key.name })}</p>
          <p>{t('keys.secretOnce')}</p>
          <p>
            <code className="secret">{created.secret}</code>
          </p>
        </div>
      )}
      {revokeError !== null && <ErrorNotice title={t('keys.revokeFailed')} error={revokeError} />}
      {list.state === 'loading' && <Spinner label={t('keys.loading')} />}
      {list.state === 'error' && (
        <ErrorNotice title={t('keys.loadFailed')} error={list.error} onRetry={reload} />
      )}
      {list.state === 'ready' && list.data.keys.length === 0 && (
        <div className="notice notice-info">
          <p>{t('keys.none')}</p>
        </div>
      )}
      {list.state === 'ready' && list.data.keys.length > 0 && (
        <table className="table keys-table">
          <caption>{t('keys.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('keys.columns.name')}</th>
              <th scope="col">{t('keys.columns.kind')}</th>
              <th scope="col">{t('keys.columns.prefix')}</th>
              <th scope="col">{t('keys.columns.created')}</th>
              <th scope="col">{t('keys.columns.state')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('keys.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.keys.map((key) => (
              <tr key={key.id} data-key-id={key.id} data-revoked={key.revokedAt !== null}>
                <th scope="row">{key.name}</th>
                <td>{t(`keys.kinds.${key.kind}`)}</td>
                <td>
                  <code>{key.prefix}…</code>
                </td>
                <td>{format.dateTime(key.createdAt)}</td>
                <td>
                  {key.revokedAt === null
                    ? t('keys.active')
                    : t('keys.revokedAt', { date: format.dateTime(key.revokedAt) })}
                </td>
                <td>
                  {key.revokedAt === null && key.kind !== 'admin' && (
                    <button
                      type="button"
                      className="button button-small button-danger"
                      aria-label={t('keys.revokeNamed', { name: key.name })}
                      onClick={() => void revoke(key)}
                    >
                      {t('keys.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function NewKeyForm({ onCreated }: { onCreated: (made: { key: ApiKey; secret: string }) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<'write' | 'read'>('write');
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
      onCreated(await adminApi.createKey(kind, name.trim()));
      setName('');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="panel form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('keys.create')}</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('keys.kind')}</label>
          <select
            id={`${id}-kind`}
            value={kind}
            aria-describedby={`${id}-kind-help`}
            onChange={(e) => setKind(e.target.value as 'write' | 'read')}
          >
            <option value="write">{t('keys.kinds.write')}</option>
            <option value="read">{t('keys.kinds.read')}</option>
          </select>
          <span id={`${id}-kind-help`} className="field-help">
            {t(`keys.kindHelp.${kind}`)}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('keys.name')}</label>
          <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} required />
        </div>
      </div>
      {missing && (
        <p className="notice notice-error" role="alert">
          {t('keys.nameMissing')}
        </p>
      )}
      {error !== null && <ErrorNotice title={t('keys.createFailed')} error={error} />}
      <div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('keys.creating') : t('keys.createButton')}
        </button>
      </div>
    </form>
  );
}
