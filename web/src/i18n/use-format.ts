import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatCount,
  formatDateTime,
  formatDuration,
  formatNps,
  formatNumber,
  formatPercent,
  formatScore,
} from '../format/format.ts';

/** The formatters of format.ts bound to the interface language; re-created when it changes. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      language,
      count: (value: number | null) => formatCount(value, language),
      number: (value: number | null) => formatNumber(value, language),
      percent: (value: number | null) => formatPercent(value, language),
      duration: (value: number | null) => formatDuration(value, language),
      nps: (value: number | null) => formatNps(value, language),
      score: (value: number) => formatScore(value, language),
      dateTime: (iso: string) => formatDateTime(iso, language),
    }),
    [language],
  );
}
