import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useFormat } from '../../i18n/use-format.ts';
import { navigate } from '../../routing/router.tsx';
import { pathOf } from '../../routing/routes.ts';
import {
  checkImportFile,
  type ImportProblem,
  MAX_IMPORT_BYTES,
  SUPPORTED_SCHEMA_VERSION,
} from './check-import.ts';

type Problem =
  | { kind: 'noFile' }
  | { kind: 'file'; problem: ImportProblem }
  | { kind: 'failed'; error: unknown };

/**
 * Imports a map from a JSON file (as exported by Journeylens) as a new map of the workspace. The
 * file is checked here first, so a wrong file says what is wrong without anything being sent;
 * the API checks it again and stores nothing when it refuses.
 */
export function ImportMapForm() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setProblem({ kind: 'noFile' });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const text = file.size > MAX_IMPORT_BYTES ? null : await file.text();
      const checked = checkImportFile(text, file.size);
      if (!checked.ok) {
        setProblem({ kind: 'file', problem: checked.problem });
        return;
      }
      const created = await api.importMap(checked.map);
      navigate(pathOf({ name: 'map', mapId: created.id }));
    } catch (error) {
      setProblem({ kind: 'failed', error });
    } finally {
      setBusy(false);
    }
  };

  const fileMessage = (p: ImportProblem) =>
    t(`import.errors.${p.code}`, {
      path: p.path ?? '',
      count: p.count ?? 1,
      limit: format.number(MAX_IMPORT_BYTES / 1024 / 1024),
      supported: SUPPORTED_SCHEMA_VERSION,
    });

  return (
    <section className="panel import-map" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('import.title')}</h2>
      <p className="hint">{t('import.intro')}</p>
      <form className="inline-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('import.file')}</label>
          <input
            id={`${id}-file`}
            ref={input}
            type="file"
            accept="application/json,.json"
            onChange={() => setProblem(null)}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('import.importing') : t('import.submit')}
        </button>
      </form>
      {problem?.kind === 'noFile' && (
        <div className="notice notice-error" role="alert">
          <p>{t('import.noFile')}</p>
        </div>
      )}
      {problem?.kind === 'file' && (
        <div className="notice notice-error" role="alert" data-import-error={problem.problem.code}>
          <p className="notice-title">{t('import.refused')}</p>
          <p>{fileMessage(problem.problem)}</p>
          <p className="notice-detail">{t('import.detail', { message: problem.problem.detail })}</p>
        </div>
      )}
      {problem?.kind === 'failed' && <ErrorNotice title={t('import.failed')} error={problem.error} />}
    </section>
  );
}
