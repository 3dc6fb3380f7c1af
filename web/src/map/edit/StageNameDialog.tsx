import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NameSchema } from '../../../../src/model/index.ts';
import { Dialog } from './Dialog.tsx';
import { Field } from './Field.tsx';

/** Asks for a stage's or a custom lane's name (a new one, or a rename); `label` names the field. */
export function StageNameDialog({
  title,
  label,
  initial,
  onSave,
  onClose,
}: {
  title: string;
  /** Default: "Stage name". */
  label?: string;
  initial: string;
  onSave: (name: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = NameSchema.safeParse(name.trim());
    if (!parsed.success) return setError(t('edit.nameRequired'));
    onSave(parsed.data);
  };
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit} className="form">
        <Field label={label ?? t('edit.stageName')}>
          {(id) => (
            <input
              id={id}
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-invalid={error !== null}
              autoFocus
            />
          )}
        </Field>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="submit" className="button button-primary">
            {t('edit.save')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('edit.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
