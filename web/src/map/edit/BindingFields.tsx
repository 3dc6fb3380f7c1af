import { useTranslation } from 'react-i18next';
import { CHANNEL_NAMES, type Channel, CONDITION_OPS, type ConditionOp } from '../../../../src/model/index.ts';
import { api } from '../../api/client.ts';
import { useResource } from '../../api/use-resource.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { useFormat } from '../../i18n/use-format.ts';
import type { BindingForm } from './card-form.ts';
import { Field } from './Field.tsx';

const NO_VALUE: ReadonlySet<ConditionOp> = new Set(['is_set', 'is_not_set']);

/**
 * The event a card is measured by: a picker over the workspace's recorded event names (with how
 * often each was recorded: the preview count), its property keys for filters, and a channel.
 */
export function BindingFields({
  binding,
  onChange,
}: {
  binding: BindingForm | null;
  onChange: (binding: BindingForm | null) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [names, reload] = useResource('event-names', (signal) => api.eventNames(signal));
  if (names.state === 'loading') return <Spinner compact label={t('binding.loading')} />;
  if (names.state === 'error')
    return <ErrorNotice title={t('binding.loadFailed')} error={names.error} onRetry={reload} />;

  const events = names.data.events;
  const chosen = binding ? events.find((e) => e.event === binding.event) : undefined;
  const properties = chosen?.properties ?? [];
  const set = (patch: Partial<BindingForm>) => binding && onChange({ ...binding, ...patch });

  return (
    <fieldset className="binding">
      <legend>{t('binding.legend')}</legend>
      <Field label={t('binding.event')}>
        {(id) => (
          <select
            id={id}
            value={binding?.event ?? ''}
            onChange={(e) =>
              onChange(
                e.target.value === ''
                  ? null
                  : { event: e.target.value, channel: binding?.channel ?? '', where: binding?.where ?? [] },
              )
            }
          >
            <option value="">{t('binding.none')}</option>
            {binding && !chosen && <option value={binding.event}>{binding.event}</option>}
            {events.map((e) => (
              <option key={e.event} value={e.event}>
                {e.event}
              </option>
            ))}
          </select>
        )}
      </Field>
      {binding && (
        <p className="binding-preview" role="status" data-preview-count={chosen?.count ?? 0}>
          {chosen ? t('binding.preview', { number: format.number(chosen.count) }) : t('binding.notRecorded')}
        </p>
      )}
      {binding && (
        <>
          <Field label={t('binding.channel')}>
            {(id) => (
              <select
                id={id}
                value={binding.channel}
                onChange={(e) => set({ channel: e.target.value as Channel | '' })}
              >
                <option value="">{t('binding.anyChannel')}</option>
                {CHANNEL_NAMES.map((c) => (
                  <option key={c} value={c}>
                    {t(`channels.${c}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {binding.where.map((filter, i) => {
            const change = (patch: Partial<typeof filter>) =>
              set({ where: binding.where.map((f, j) => (j === i ? { ...f, ...patch } : f)) });
            const n = i + 1;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: filters have no id; their place is their identity
              <div className="filter-row" key={i}>
                <Field label={t('binding.property', { n })}>
                  {(id) => (
                    <input
                      id={id}
                      list="binding-properties"
                      value={filter.property}
                      onChange={(e) => change({ property: e.target.value })}
                    />
                  )}
                </Field>
                <Field label={t('binding.op', { n })}>
                  {(id) => (
                    <select
                      id={id}
                      value={filter.op}
                      onChange={(e) => change({ op: e.target.value as ConditionOp })}
                    >
                      {CONDITION_OPS.map((op) => (
                        <option key={op} value={op}>
                          {t(`ops.${op}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                {!NO_VALUE.has(filter.op) && (
                  <Field label={t('binding.value', { n })}>
                    {(id) => (
                      <input
                        id={id}
                        value={filter.value}
                        onChange={(e) => change({ value: e.target.value })}
                      />
                    )}
                  </Field>
                )}
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => set({ where: binding.where.filter((_, j) => j !== i) })}
                >
                  {t('binding.removeFilter', { n })}
                </button>
              </div>
            );
          })}
          <datalist id="binding-properties">
            {properties.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
          <button
            type="button"
            className="button button-secondary"
            onClick={() =>
              set({ where: [...binding.where, { property: properties[0] ?? '', op: 'eq', value: '' }] })
            }
          >
            {t('binding.addFilter')}
          </button>
          {properties.length > 0 && (
            <p className="card-meta">{t('binding.properties', { list: properties.join(', ') })}</p>
          )}
        </>
      )}
    </fieldset>
  );
}
