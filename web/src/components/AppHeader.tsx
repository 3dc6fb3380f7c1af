import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/types.ts';
import { Link } from '../routing/router.tsx';
import { pathOf } from '../routing/routes.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { WorkspaceSwitcher } from './WorkspaceSwitcher.tsx';

/** The bar at the top of every page: name, navigation, language, and who is signed in. */
export function AppHeader({
  user,
  onSignOut,
  showSignIn,
}: {
  user: User | null;
  onSignOut: () => Promise<void>;
  showSignIn: boolean;
}) {
  const { t } = useTranslation();
  const [signingOut, setSigningOut] = useState(false);
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Link to={pathOf({ name: user ? 'maps' : 'signIn' })} className="brand">
        <span className="brand-mark" aria-hidden="true" />
        {t('app.name')}
      </Link>
      {user && (
        <nav aria-label={t('app.mainNav')}>
          <Link to={pathOf({ name: 'maps' })}>{t('nav.maps')}</Link>
          <Link to={pathOf({ name: 'funnel' })}>{t('nav.analytics')}</Link>
          <Link to={pathOf({ name: 'dashboards' })}>{t('nav.dashboards')}</Link>
          <Link to={pathOf({ name: 'audiences' })}>{t('nav.audiences')}</Link>
          {user.role === 'admin' && (
            <>
              <Link to={pathOf({ name: 'users' })}>{t('nav.users')}</Link>
              <Link to={pathOf({ name: 'keys' })}>{t('nav.keys')}</Link>
            </>
          )}
        </nav>
      )}
      <div className="header-tools">
        <LanguageSwitch />
        {user ? (
          <>
            <WorkspaceSwitcher user={user} />
            <span className="signed-in-as">
              {t('nav.signedInAs', { name: user.name || user.email, role: t(`roles.${user.role}`) })}
            </span>
            <button
              type="button"
              className="button button-secondary"
              disabled={signingOut}
              onClick={() => {
                setSigningOut(true);
                void onSignOut().finally(() => setSigningOut(false));
              }}
            >
              {signingOut ? t('nav.signingOut') : t('nav.signOut')}
            </button>
          </>
        ) : (
          showSignIn && <Link to={pathOf({ name: 'signIn' })}>{t('nav.signIn')}</Link>
        )}
      </div>
    </header>
  );
}
