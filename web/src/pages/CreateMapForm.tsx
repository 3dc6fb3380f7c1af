import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LOCALES,
  type Locale,
  type MapKind,
  TEMPLATE_KEYS,
  type TemplateKey,
} from '../../../src/model/index.ts';
import { listTemplates } from '../../../src/model/templates.ts';
import { api } from '../api/client.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { currentLanguage } from '../i18n/i18n.ts';
import { navigate } from '../routing/router.tsx';
import { pathOf } from '../routing/routes.ts';

const KINDS: MapKind[] = ['current_state', 'future_state'];

/**
 * A new map from a template, in either language: the template's stages are previewed in the map
 * language, and the name follows the template's default until the user types their own.
 */
export function CreateMapForm() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [template, setTemplate] = useState<TemplateKey>('five_stage');
  const [locale, setLocale] = useState<Locale>(currentLanguage());
  const [kind, setKind] = useState<MapKind>('current_state');
  const [customName, setCustomName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ kind: 'name' } | { kind: 'failed'; error: unknown } | null>(null);

  // Template names and descriptions in the interface language; stages and default name in the map's.
  const uiTemplates = listTemplates(i18n.language === 'pl' ? 'pl' : 'en');
  const mapTemplate = listTemplates(locale).find((tpl) => tpl.key === template)!;
  const uiTemplate = uiTemplates.find((tpl) => tpl.key === template)!;
  const name = customName ?? mapTemplate.mapName;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setProblem({ kind: 'name' });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const created = await api.createMap({ template, locale, name: name.trim(), kind });
      navigate(pathOf({ name: 'map', mapId: created.id }));
    } catch (error) {
      setProblem({ kind: 'failed', error });
      setBusy(false);
    }
  };

  return (
    <section className="panel create-map" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('create.title')}</h2>
      <p className="hint">{t('create.intro')}</p>
      <form className="form form-grid" onSubmit={submit} noValidate>
        {problem?.kind === 'name' && (
          <div className="notice notice-error form-wide" role="alert">
            <p>{t('create.nameRequired')}</p>
          </div>
        )}
        {problem?.kind === 'failed' && (
          <div className="form-wide">
            <ErrorNotice title={t('create.failed')} error={problem.error} />
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-template`}>{t('create.template')}</label>
          <select
            id={`${id}-template`}
            value={template}
            aria-describedby={`${id}-template-info`}
            onChange={(e) => setTemplate(e.target.value as TemplateKey)}
          >
            {TEMPLATE_KEYS.map((key) => (
              <option key={key} value={key}>
                {uiTemplates.find((tpl) => tpl.key === key)!.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-locale`}>{t('create.mapLanguage')}</label>
          <select id={`${id}-locale`} value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {t(`mapLanguage.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('create.kind')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as MapKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`mapKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field form-wide">
          <label htmlFor={`${id}-name`}>{t('create.name')}</label>
          <input
            id={`${id}-name`}
            type="text"
            value={name}
            maxLength={200}
            lang={locale}
            onChange={(e) => setCustomName(e.target.value)}
          />
        </div>
        <div id={`${id}-template-info`} className="template-info form-wide">
          <p>{uiTemplate.description}</p>
          <p>
            {mapTemplate.stages.length > 0
              ? t('create.stages', { stages: mapTemplate.stages.map((s) => s.name).join(' → ') })
              : t('create.noStages')}
          </p>
        </div>
        <div className="form-wide">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('create.creating') : t('create.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
