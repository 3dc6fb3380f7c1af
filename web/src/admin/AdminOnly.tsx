import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/types.ts';

/** Whether the role may manage users and API keys (the API enforces it; the UI only avoids offering it). */
export const canManage = (user: User): boolean => user.role === 'admin';

/** The page for admins, or a word on why it is not shown to anyone else. */
export function AdminOnly({ user, children }: { user: User; children: ReactNode }) {
  const { t } = useTranslation();
  if (canManage(user)) return children;
  return (
    <div className="notice notice-info" data-admin-only>
      <p>{t('admin.adminOnly', { role: t(`roles.${user.role}`) })}</p>
    </div>
  );
}
