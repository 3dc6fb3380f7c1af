/**
 * An amount of money as the language writes it, always with two decimals (no currency: orders
 * carry theirs, and a workspace may sell in several). `null` is "not measured".
 * Example: `formatAmount(16234.4, 'en')` → `'16,234.40'`; `formatAmount(16234.4, 'pl')` → `'16 234,40'`.
 */
export function formatAmount(value: number | null, language: string): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    value,
  );
}
