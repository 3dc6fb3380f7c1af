import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Audience, type AudienceDefinitionInput, audienceApi } from '../api/audience-api.ts';
import { canEdit } from '../api/types.ts';
import { SaveFormFooter, useSaveForm } from '../components/SaveForm.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { Dialog } from '../map/edit/Dialog.tsx';
import { Field } from '../map/edit/Field.tsx';
import { Link } from '../routing/router.tsx';
import { pathOf } from '../routing/routes.ts';
import { useUser } from '../session/user-context.ts';

/**
 * "Save as audience" beside a drop-off: names the audience and saves the persons who dropped off
 * now (a snapshot), then says how many it holds with a link to the audiences. Editors only
 * (the API refuses viewers too). `context` completes the button's name for screen readers
 * ("… of step 2"), since a page may hold several such buttons.
 */
export function SaveAsAudience({
  definition,
  defaultName,
  context,
}: {
  definition: AudienceDefinitionInput;
  defaultName: string;
  context: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const user = useUser();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<Audience | null>(null);
  if (!user || !canEdit(user.role)) return null;
  return (
    <div className="save-audience">
      <button type="button" className="button button-secondary button-small" onClick={() => setOpen(true)}>
        {t('audiences.save')}
        <span className="visually-hidden"> {context}</span>
      </button>
      {saved && (
        <p role="status" className="field-help" data-testid="audience-saved">
          {t('audiences.saved', { name: saved.name, number: format.count(saved.memberCount) })}{' '}
          <Link to={pathOf({ name: 'audiences' })}>{t('audiences.open')}</Link>
        </p>
      )}
      {open && (
        <SaveAudienceDialog
          definition={definition}
          defaultName={defaultName}
          onClose={() => setOpen(false)}
          onSaved={(audience) => {
            setSaved(audience);
            setOpen(false);
          }}
        />
      )}
    </div>
  );
}

function SaveAudienceDialog({
  definition,
  defaultName,
  onClose,
  onSaved,
}: {
  definition: AudienceDefinitionInput;
  defaultName: string;
  onClose: () => void;
  onSaved: (audience: Audience) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(defaultName);
  const form = useSaveForm(
    () => (name.trim() === '' ? t('audiences.nameMissing') : null),
    async () => onSaved((await audienceApi.create(name.trim(), definition)).audience),
  );

  return (
    <Dialog title={t('audiences.saveTitle')} onClose={onClose}>
      <form className="form" onSubmit={(e) => void form.submit(e)} noValidate>
        <p className="field-help">{t('audiences.snapshotHelp')}</p>
        <Field label={t('audiences.name')}>
          {(id) => (
            <input id={id} value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
          )}
        </Field>
        <SaveFormFooter
          state={form}
          failedTitle={t('audiences.saveFailed')}
          saveLabel={t('audiences.saveButton')}
          savingLabel={t('audiences.saving')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
