import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CHANNEL_NAMES,
  type Channel,
  CONDITION_OPS,
  type ConditionOp,
  type Persona,
} from '../../../../src/model/index.ts';
import { Dialog, DialogFormFooter, type FieldIssue } from '../edit/Dialog.tsx';
import { Field } from '../edit/Field.tsx';
import { type ConditionForm, type PersonaForm, personaOf } from './persona-form.ts';

const NO_VALUE = new Set<ConditionOp>(['is_set', 'is_not_set']);

/**
 * Adds or edits a persona: who they are (photo or emoji, quote, demographics), what they want and
 * what bothers them, the channels they prefer, and the segment rule over person traits that lets
 * the map's live numbers be filtered to them. Checked against the model's schema before saving.
 */
export function PersonaDialog({
  initial,
  onSave,
  onDelete,
  onClose,
}: {
  initial: PersonaForm;
  onSave: (persona: Persona) => void;
  onDelete?: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState(initial);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const set = (patch: Partial<PersonaForm>) => setForm((f) => ({ ...f, ...patch }));
  const isNew = initial.original === undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = personaOf(form);
    if (result.ok) onSave(result.persona);
    else setIssues(result.issues);
  };

  const setCondition = (i: number, patch: Partial<ConditionForm>) =>
    set({ conditions: form.conditions.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  const toggleChannel = (channel: Channel, on: boolean) =>
    set({
      channels: on
        ? CHANNEL_NAMES.filter((c) => c === channel || form.channels.includes(c))
        : form.channels.filter((c) => c !== channel),
    });

  return (
    <Dialog
      title={isNew ? t('personas.addTitle') : t('personas.editTitle', { name: initial.name })}
      onClose={onClose}
    >
      <form onSubmit={submit} className="form persona-form" noValidate>
        <Field label={t('personas.name')}>
          {(id) => (
            <input id={id} value={form.name} onChange={(e) => set({ name: e.target.value })} required />
          )}
        </Field>
        <fieldset className="fieldset">
          <legend>{t('personas.avatar')}</legend>
          <div className="choice-row">
            {(['emoji', 'photo'] as const).map((kind) => (
              <label key={kind} className="choice">
                <input
                  type="radio"
                  name="persona-avatar"
                  value={kind}
                  checked={form.avatar === kind}
                  onChange={() => set({ avatar: kind })}
                />
                {t(`personas.avatars.${kind}`)}
              </label>
            ))}
          </div>
          {form.avatar === 'emoji' ? (
            <Field label={t('personas.emoji')}>
              {(id) => (
                <input
                  id={id}
                  className="input-emoji"
                  value={form.emoji}
                  maxLength={16}
                  onChange={(e) => set({ emoji: e.target.value })}
                />
              )}
            </Field>
          ) : (
            <Field label={t('personas.photoUrl')}>
              {(id) => (
                <input
                  id={id}
                  type="url"
                  inputMode="url"
                  placeholder="https://"
                  value={form.photoUrl}
                  onChange={(e) => set({ photoUrl: e.target.value })}
                />
              )}
            </Field>
          )}
        </fieldset>
        <Field label={t('personas.quote')}>
          {(id) => (
            <textarea id={id} rows={2} value={form.quote} onChange={(e) => set({ quote: e.target.value })} />
          )}
        </Field>
        <fieldset className="fieldset">
          <legend>{t('personas.demographics')}</legend>
          <div className="field-row">
            <Field label={t('personas.ageMin')}>
              {(id) => (
                <input
                  id={id}
                  inputMode="numeric"
                  value={form.ageMin}
                  onChange={(e) => set({ ageMin: e.target.value })}
                />
              )}
            </Field>
            <Field label={t('personas.ageMax')}>
              {(id) => (
                <input
                  id={id}
                  inputMode="numeric"
                  value={form.ageMax}
                  onChange={(e) => set({ ageMax: e.target.value })}
                />
              )}
            </Field>
          </div>
          <Field label={t('personas.occupation')}>
            {(id) => (
              <input id={id} value={form.occupation} onChange={(e) => set({ occupation: e.target.value })} />
            )}
          </Field>
          <Field label={t('personas.location')}>
            {(id) => (
              <input id={id} value={form.location} onChange={(e) => set({ location: e.target.value })} />
            )}
          </Field>
          <Field label={t('personas.income')}>
            {(id) => <input id={id} value={form.income} onChange={(e) => set({ income: e.target.value })} />}
          </Field>
        </fieldset>
        <Field label={t('personas.goals')}>
          {(id) => (
            <textarea id={id} rows={3} value={form.goals} onChange={(e) => set({ goals: e.target.value })} />
          )}
        </Field>
        <Field label={t('personas.frustrations')}>
          {(id) => (
            <textarea
              id={id}
              rows={3}
              value={form.frustrations}
              onChange={(e) => set({ frustrations: e.target.value })}
            />
          )}
        </Field>
        <fieldset className="fieldset">
          <legend>{t('personas.channels')}</legend>
          <div className="choice-grid">
            {CHANNEL_NAMES.map((channel) => (
              <label key={channel} className="choice">
                <input
                  type="checkbox"
                  checked={form.channels.includes(channel)}
                  onChange={(e) => toggleChannel(channel, e.target.checked)}
                />
                {t(`channels.${channel}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('personas.segment')}</legend>
          <p className="field-help">{t('personas.segmentHelp')}</p>
          {form.conditions.length > 1 && (
            <Field label={t('personas.match')}>
              {(id) => (
                <select
                  id={id}
                  value={form.match}
                  onChange={(e) => set({ match: e.target.value as 'all' | 'any' })}
                >
                  <option value="all">{t('personas.matchAll')}</option>
                  <option value="any">{t('personas.matchAny')}</option>
                </select>
              )}
            </Field>
          )}
          {form.conditions.map((condition, i) => {
            const n = i + 1;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: conditions have no id; their place is their identity
              <div className="filter-row" key={i}>
                <Field label={t('personas.trait', { n })}>
                  {(id) => (
                    <input
                      id={id}
                      value={condition.trait}
                      onChange={(e) => setCondition(i, { trait: e.target.value })}
                    />
                  )}
                </Field>
                <Field label={t('personas.op', { n })}>
                  {(id) => (
                    <select
                      id={id}
                      value={condition.op}
                      onChange={(e) => setCondition(i, { op: e.target.value as ConditionOp })}
                    >
                      {CONDITION_OPS.map((op) => (
                        <option key={op} value={op}>
                          {t(`ops.${op}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                {!NO_VALUE.has(condition.op) && (
                  <Field label={t('personas.value', { n })}>
                    {(id) => (
                      <input
                        id={id}
                        value={condition.value}
                        onChange={(e) => setCondition(i, { value: e.target.value })}
                      />
                    )}
                  </Field>
                )}
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => set({ conditions: form.conditions.filter((_, j) => j !== i) })}
                >
                  {t('personas.removeCondition', { n })}
                </button>
              </div>
            );
          })}
          <button
            type="button"
            className="button button-secondary"
            onClick={() => set({ conditions: [...form.conditions, { trait: '', op: 'eq', value: '' }] })}
          >
            {t('personas.addCondition')}
          </button>
        </fieldset>
        <DialogFormFooter
          issues={issues}
          invalidTitle={t('personas.invalid')}
          saveLabel={t('edit.save')}
          cancelLabel={t('edit.cancel')}
          onCancel={onClose}
          deleteLabel={t('personas.delete')}
          onDelete={onDelete}
        />
      </form>
    </Dialog>
  );
}
