import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionResult } from '../api/types.ts';
import { useFormat } from '../i18n/use-format.ts';
import type { RetentionForm } from './retention-form.ts';
import { retentionRows } from './retention-table.ts';

/**
 * A retention answer as a heatmap table: a row per cohort (start and size), a column per period,
 * each cell the share of the cohort that came back, written out and shaded by it; the count is in
 * the cell's title and read to screen readers, so colour is never the only carrier.
 */
export function RetentionResultView({ result, form }: { result: RetentionResult; form: RetentionForm }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = useMemo(
    () => retentionRows(result.cohorts, form.periods, form.period, format.language, form.timezone),
    [result, form, format],
  );

  if (rows.length === 0) {
    return (
      <div className="notice notice-info">
        <p>{t('retention.empty', { event: form.start })}</p>
      </div>
    );
  }

  const periodName = (k: number) => t(`retention.periodLabel.${form.period}`, { n: k });
  const returnEvent = form.returnEvent || form.start;
  const people = rows.reduce((sum, r) => sum + r.size, 0);
  return (
    <div className="retention-result">
      <p className="lead" data-testid="retention-summary">
        {t('retention.summary', {
          cohorts: format.count(rows.length),
          people: format.count(people),
          start: form.start,
          returnEvent,
        })}
      </p>
      <div className="table-scroll">
        <table className="table retention-table">
          <caption>{t('retention.tableCaption', { returnEvent })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('retention.columns.cohort')}</th>
              <th scope="col" className="numeric">
                {t('retention.columns.size')}
              </th>
              {Array.from({ length: form.periods }, (_, k) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: one column per period, in order
                <th key={k} scope="col" className="numeric">
                  {periodName(k)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-cohort={row.key}>
                <th scope="row">{row.start}</th>
                <td className="numeric" data-figure="size">
                  {row.sizeText}
                </td>
                {row.cells.map((cell, k) =>
                  cell === null ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: one cell per period, in order
                    <td key={k} className="retention-pending" title={t('retention.notYet')}>
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">{t('retention.notYet')}</span>
                    </td>
                  ) : (
                    <td
                      // biome-ignore lint/suspicious/noArrayIndexKey: one cell per period, in order
                      key={k}
                      className="retention-cell"
                      data-period={k}
                      style={{ background: cell.shade.background, color: cell.shade.color }}
                      title={t('retention.cellTitle', {
                        period: periodName(k),
                        count: cell.countText,
                        size: row.sizeText,
                        rate: cell.rate,
                      })}
                    >
                      <span data-figure="rate">{cell.rate}</span>
                      <span className="visually-hidden">
                        {' '}
                        {t('retention.cellCount', { count: cell.countText, size: row.sizeText })}
                      </span>
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="field-help">{t('retention.hint')}</p>
    </div>
  );
}
