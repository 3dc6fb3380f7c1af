import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from './ErrorNotice.tsx';

/**
 * The state of a form that saves one thing: `submit` runs the form's own check (a message to show
 * instead of saving, or null) and then `save`, keeping the button disabled meanwhile and the
 * failure to show.
 */
export function useSaveForm(check: () => string | null, save: () => Promise<void>) {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check();
    setProblem(found);
    if (found !== null) return;
    setSaving(true);
    setError(null);
    try {
      await save();
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };
  return { saving, error, problem, submit };
}

/** The end of such a form: the problem, the failure, then Save and Cancel. */
export function SaveFormFooter({
  state,
  failedTitle,
  saveLabel,
  savingLabel,
  onCancel,
}: {
  state: Pick<ReturnType<typeof useSaveForm>, 'saving' | 'error' | 'problem'>;
  failedTitle: string;
  saveLabel: string;
  savingLabel: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {state.problem && (
        <p className="notice notice-error" role="alert">
          {state.problem}
        </p>
      )}
      {state.error !== null && <ErrorNotice title={failedTitle} error={state.error} />}
      <div className="dialog-buttons">
        <button type="submit" className="button button-primary" disabled={state.saving}>
          {state.saving ? savingLabel : saveLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('edit.cancel')}
        </button>
      </div>
    </>
  );
}
