import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BasketResult } from '../../../src/analytics/basket/basket-result.ts';
import { useFormat } from '../i18n/use-format.ts';
import {
  formatConviction,
  formatFixed,
  type ItemsetSort,
  type RuleSort,
  sortItemsets,
  sortRules,
} from './basket-table.ts';
import { ScrollRegion } from './ScrollRegion.tsx';
import './attribution-voc-basket.css';

/**
 * A basket answer: how many baskets and items, the association rules (antecedent ⇒ consequent
 * with support, confidence, lift, leverage and conviction; ∞ where the rule never fails) and the
 * frequent itemsets, each table sortable by its measures.
 */
export function BasketResultView({ result }: { result: BasketResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [ruleSort, setRuleSort] = useState<RuleSort>('lift');
  const [itemsetSort, setItemsetSort] = useState<ItemsetSort>('support');
  const rules = useMemo(() => sortRules(result.rules, ruleSort), [result, ruleSort]);
  const itemsets = useMemo(() => sortItemsets(result.itemsets, itemsetSort), [result, itemsetSort]);
  const fixed = (n: number, digits: number) => formatFixed(n, format.language, digits);

  if (result.transactions === 0) {
    return (
      <div className="notice notice-info" data-testid="baskets-empty">
        <p>{t('baskets.empty')}</p>
      </div>
    );
  }

  const ruleHeader = (by: RuleSort) => (
    <SortHeader key={by} current={ruleSort === by} onSort={() => setRuleSort(by)}>
      {t(`baskets.measures.${by}`)}
    </SortHeader>
  );
  return (
    <div className="basket-result">
      <p className="lead" data-testid="baskets-summary">
        {t('baskets.summary', {
          transactions: format.count(result.transactions),
          items: format.count(result.items),
          itemsets: format.count(result.itemsetCount),
          rules: format.count(result.ruleCount),
        })}
      </p>
      <p className="field-help">{t('baskets.measuresHelp')}</p>

      {rules.length === 0 ? (
        <div className="notice notice-info">
          <p>{t('baskets.noRules')}</p>
        </div>
      ) : (
        <ScrollRegion label={t('baskets.rulesTitle')}>
          <table className="table insights-table" data-testid="rules-table">
            <caption>
              {t('baskets.rulesCaption', {
                shown: format.count(rules.length),
                total: format.count(result.ruleCount),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('baskets.rule')}</th>
                {(['support', 'confidence', 'lift', 'leverage', 'conviction', 'count'] as const).map(
                  ruleHeader,
                )}
              </tr>
            </thead>
            <tbody>
              {rules.map((r) => (
                <tr key={`${r.antecedent.join('\u0000')}⇒${r.consequent.join('\u0000')}`}>
                  <th scope="row" className="rule-cell">
                    <Items items={r.antecedent} /> <span aria-hidden="true">⇒</span>
                    <span className="visually-hidden">{t('baskets.then')}</span>{' '}
                    <Items items={r.consequent} />
                  </th>
                  <td className="numeric">{format.percent(r.support)}</td>
                  <td className="numeric">{format.percent(r.confidence)}</td>
                  <td className="numeric" data-lift={r.lift}>
                    {fixed(r.lift, 2)}
                  </td>
                  <td className="numeric">{fixed(r.leverage, 4)}</td>
                  <td className="numeric">
                    {r.conviction === null ? (
                      <abbr title={t('baskets.infinite')}>{formatConviction(null, String)}</abbr>
                    ) : (
                      fixed(r.conviction, 2)
                    )}
                  </td>
                  <td className="numeric">{format.count(r.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}

      <ScrollRegion label={t('baskets.itemsetsTitle')}>
        <table className="table insights-table" data-testid="itemsets-table">
          <caption>
            {t('baskets.itemsetsCaption', {
              shown: format.count(itemsets.length),
              total: format.count(result.itemsetCount),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('baskets.items')}</th>
              <SortHeader current={itemsetSort === 'size'} onSort={() => setItemsetSort('size')}>
                {t('baskets.size')}
              </SortHeader>
              <SortHeader current={itemsetSort === 'support'} onSort={() => setItemsetSort('support')}>
                {t('baskets.measures.support')}
              </SortHeader>
              <th scope="col" className="numeric">
                {t('baskets.measures.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {itemsets.map((s) => (
              <tr key={s.items.join('\u0000')}>
                <th scope="row">
                  <Items items={s.items} />
                </th>
                <td className="numeric">{format.count(s.items.length)}</td>
                <td className="numeric">{format.percent(s.support)}</td>
                <td className="numeric">{format.count(s.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}

/** A column header that sorts its table (largest first) when activated; marked while it does. */
function SortHeader({
  current,
  onSort,
  children,
}: {
  current: boolean;
  onSort: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <th scope="col" className="numeric" aria-sort={current ? 'descending' : undefined}>
      <button type="button" className="sort-button" onClick={onSort}>
        {children}
        <span aria-hidden="true">{current ? ' ▼' : ''}</span>
        <span className="visually-hidden">{current ? t('baskets.sortedBy') : t('baskets.sortBy')}</span>
      </button>
    </th>
  );
}

function Items({ items }: { items: string[] }) {
  return <span className="item-set">{`{${items.join(', ')}}`}</span>;
}
