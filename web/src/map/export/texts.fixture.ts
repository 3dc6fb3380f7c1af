import i18next from 'i18next';
import {
  formatCount,
  formatDuration,
  formatNps,
  formatNumber,
  formatPercent,
  formatScore,
} from '../../format/format.ts';
import en from '../../locales/en.json' with { type: 'json' };
import pl from '../../locales/pl.json' with { type: 'json' };
import { translateWith } from '../figure-text.ts';
import type { CardContext } from './map-svg-cards.ts';

/** The app's real texts and number formats in `language`, as pure code is given them. */
export function textsFor(language: 'en' | 'pl'): { t: CardContext['t']; format: CardContext['format'] } {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { en: { translation: en }, pl: { translation: pl } },
    lng: language,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return {
    t: translateWith(i18n.t),
    format: {
      count: (v) => formatCount(v, language),
      number: (v) => formatNumber(v, language),
      percent: (v) => formatPercent(v, language),
      duration: (v) => formatDuration(v, language),
      nps: (v) => formatNps(v, language),
      score: (v) => formatScore(v, language),
    },
  };
}
