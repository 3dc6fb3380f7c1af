import { useTranslation } from 'react-i18next';
import type { ScopeProblem } from './insight-scope.ts';

/** What stops the form from running, in words, announced when it appears. */
export function ScopeProblems({ problems }: { problems: readonly ScopeProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <div className="notice notice-error" role="alert">
      <ul>
        {problems.map((p) => (
          <li key={p}>{t(`insights.problems.${p}`)}</li>
        ))}
      </ul>
    </div>
  );
}
