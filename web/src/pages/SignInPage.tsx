import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { User } from '../api/types.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { PageTitle } from '../components/PageTitle.tsx';

/** E-mail and password; a wrong pair, an unreachable server and a server error each say so. */
export function SignInPage({ onSignedIn }: { onSignedIn: (user: User) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ kind: 'missing' } | { kind: 'failed'; error: unknown } | null>(
    null,
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (email.trim() === '' || password === '') {
      setProblem({ kind: 'missing' });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const { user } = await api.signIn(email.trim(), password);
      onSignedIn(user);
    } catch (error) {
      setProblem({ kind: 'failed', error });
      setBusy(false);
    }
  };

  return (
    <div className="sign-in">
      <PageTitle>{t('signIn.title')}</PageTitle>
      <p className="lead">{t('signIn.intro')}</p>
      <form className="form sign-in-form" onSubmit={submit} noValidate aria-describedby={`${id}-hint`}>
        {problem?.kind === 'missing' && (
          <div className="notice notice-error" role="alert">
            <p>{t('signIn.missing')}</p>
          </div>
        )}
        {problem?.kind === 'failed' && <ErrorNotice title={t('signIn.failed')} error={problem.error} />}
        <div className="field">
          <label htmlFor={`${id}-email`}>{t('signIn.email')}</label>
          <input
            id={`${id}-email`}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>{t('signIn.password')}</label>
          <input
            id={`${id}-password`}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('signIn.submitting') : t('signIn.submit')}
        </button>
        <p id={`${id}-hint`} className="hint">
          {t('signIn.demoHint')}
        </p>
      </form>
    </div>
  );
}
