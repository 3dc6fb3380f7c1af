import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../../src/model/index.ts';
import { api } from '../../api/client.ts';
import type { MapVersionSummary } from '../../api/types.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { VersionDiffView } from './VersionDiffView.tsx';
import { diffMaps, type MapDiff } from './version-diff.ts';

/** `now` is the map as last saved; a number is a saved version. */
type Pick = 'now' | number;

type Result =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'error'; error: unknown }
  | { state: 'ready'; diff: MapDiff; from: string; to: string };

/** Pick two versions (or a version and the map now) and see what changed between them. */
export function VersionCompare({ mapId, versions }: { mapId: string; versions: MapVersionSummary[] }) {
  const { t } = useTranslation();
  const id = useId();
  const newestFirst = [...versions].sort((a, b) => b.number - a.number);
  const [from, setFrom] = useState<Pick>(newestFirst[0]?.number ?? 'now');
  const [to, setTo] = useState<Pick>('now');
  const [result, setResult] = useState<Result>({ state: 'idle' });

  const label = (pick: Pick) => {
    if (pick === 'now') return t('diff.now');
    const version = versions.find((v) => v.number === pick);
    return t('diff.versionLabel', {
      number: pick,
      name: version?.message || t('versions.untitled', { number: pick }),
    });
  };
  const load = async (pick: Pick): Promise<JourneyMap> =>
    pick === 'now' ? (await api.getMap(mapId)).doc : (await api.getVersion(mapId, pick)).doc;

  const compare = async (event: FormEvent) => {
    event.preventDefault();
    setResult({ state: 'loading' });
    try {
      const [before, after] = await Promise.all([load(from), load(to)]);
      setResult({ state: 'ready', diff: diffMaps(before, after), from: label(from), to: label(to) });
    } catch (error) {
      setResult({ state: 'error', error });
    }
  };

  const options = (
    <>
      {newestFirst.map((v) => (
        <option key={v.number} value={v.number}>
          {label(v.number)}
        </option>
      ))}
      <option value="now">{t('diff.now')}</option>
    </>
  );
  const parse = (value: string): Pick => (value === 'now' ? 'now' : Number(value));

  return (
    <section className="version-compare" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('diff.title')}</h3>
      <form className="inline-form" onSubmit={compare}>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('diff.from')}</label>
          <select id={`${id}-from`} value={String(from)} onChange={(e) => setFrom(parse(e.target.value))}>
            {options}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('diff.to')}</label>
          <select id={`${id}-to`} value={String(to)} onChange={(e) => setTo(parse(e.target.value))}>
            {options}
          </select>
        </div>
        <button type="submit" className="button button-secondary" disabled={result.state === 'loading'}>
          {t('diff.show')}
        </button>
      </form>
      {from === to && <p className="card-note">{t('diff.sameVersion')}</p>}
      {result.state === 'loading' && <Spinner compact label={t('diff.loading')} />}
      {result.state === 'error' && <ErrorNotice title={t('diff.failed')} error={result.error} />}
      {result.state === 'ready' && <VersionDiffView diff={result.diff} from={result.from} to={result.to} />}
    </section>
  );
}
