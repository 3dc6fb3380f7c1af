import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LaneItem, Touchpoint } from '../../../../src/model/index.ts';
import { CHANNEL_NAMES, type Channel, type Severity, type Stage } from '../../../../src/model/index.ts';
import { BindingFields } from './BindingFields.tsx';
import { type CardForm, cardOf } from './card-form.ts';
import { Dialog, DialogFormFooter, type FieldIssue } from './Dialog.tsx';
import { Field } from './Field.tsx';

const SCORES = ['-2', '-1', '0', '1', '2'] as const;
const SEVERITIES: Severity[] = ['low', 'medium', 'high'];

/**
 * Adds or edits one card: the fields of its lane, its stage (to move it), and Delete for an
 * existing card. The card is checked against the model's schema before it reaches the map.
 */
export function CardDialog({
  initial,
  laneName,
  stages,
  onSave,
  onDelete,
  onClose,
}: {
  initial: CardForm;
  /** The name of the card's lane as shown on the map (a custom lane's is the researcher's). */
  laneName: string;
  stages: readonly Stage[];
  onSave: (card: Touchpoint | LaneItem) => void;
  onDelete?: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState(initial);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const set = (patch: Partial<CardForm>) => setForm((f) => ({ ...f, ...patch }));
  const kind = form.kind;
  const isNew = initial.original === undefined;
  const title = t(isNew ? 'edit.addTitle' : 'edit.editTitle', { lane: laneName });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = cardOf(form);
    if (result.ok) onSave(result.card);
    else setIssues(result.issues);
  };

  const hasName = kind === 'touchpoint' || kind === 'kpi';
  const hasText = kind !== 'touchpoint' && kind !== 'kpi';
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit} className="form card-form" noValidate>
        {hasName && (
          <Field label={t('edit.name')}>
            {(id) => (
              <input id={id} value={form.name} onChange={(e) => set({ name: e.target.value })} required />
            )}
          </Field>
        )}
        {hasText && (
          <Field label={kind === 'emotion' ? t('edit.why') : t('edit.text')}>
            {(id) => (
              <textarea id={id} value={form.text} rows={3} onChange={(e) => set({ text: e.target.value })} />
            )}
          </Field>
        )}
        {kind === 'touchpoint' && (
          <>
            <Field label={t('edit.channel')}>
              {(id) => (
                <select
                  id={id}
                  value={form.channel}
                  onChange={(e) => set({ channel: e.target.value as Channel })}
                >
                  {CHANNEL_NAMES.map((c) => (
                    <option key={c} value={c}>
                      {t(`channels.${c}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('edit.owner')}>
              {(id) => <input id={id} value={form.owner} onChange={(e) => set({ owner: e.target.value })} />}
            </Field>
          </>
        )}
        {kind === 'emotion' && (
          <Field label={t('edit.score')}>
            {(id) => (
              <select id={id} value={form.score} onChange={(e) => set({ score: e.target.value })}>
                {SCORES.map((s) => (
                  <option key={s} value={s}>
                    {`${Number(s) > 0 ? '+' : ''}${s}`}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {kind === 'pain_point' && (
          <Field label={t('edit.severity')}>
            {(id) => (
              <select
                id={id}
                value={form.severity}
                onChange={(e) => set({ severity: e.target.value as Severity })}
              >
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {t(`severity.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {kind === 'kpi' && (
          <>
            <Field label={t('edit.definition')}>
              {(id) => (
                <textarea
                  id={id}
                  value={form.definition}
                  rows={2}
                  onChange={(e) => set({ definition: e.target.value })}
                />
              )}
            </Field>
            <Field label={t('edit.target')}>
              {(id) => (
                <input id={id} value={form.target} onChange={(e) => set({ target: e.target.value })} />
              )}
            </Field>
            <Field label={t('edit.unit')}>
              {(id) => <input id={id} value={form.unit} onChange={(e) => set({ unit: e.target.value })} />}
            </Field>
          </>
        )}
        {(kind === 'touchpoint' || kind === 'desired_action' || kind === 'completed_action') && (
          <BindingFields binding={form.binding} onChange={(binding) => set({ binding })} />
        )}
        <Field label={t('edit.stage')}>
          {(id) => (
            <select id={id} value={form.stageId} onChange={(e) => set({ stageId: e.target.value })}>
              {stages.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <DialogFormFooter
          issues={issues}
          invalidTitle={t('edit.invalid')}
          saveLabel={t('edit.save')}
          cancelLabel={t('edit.cancel')}
          onCancel={onClose}
          deleteLabel={t('edit.deleteCard')}
          onDelete={onDelete}
        />
      </form>
    </Dialog>
  );
}
