import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/PageTitle.tsx';
import { Link } from '../routing/router.tsx';
import { pathOf } from '../routing/routes.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={pathOf({ name: 'maps' })}>{t('notFound.back')}</Link>
      </p>
    </div>
  );
}
