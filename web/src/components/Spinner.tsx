/**
 * A spinner with its meaning in words: `label` is read by screen readers (and shown beside the
 * spinner unless `compact`). `announce` makes it a live status region; use it once per page,
 * not on each of a hundred cards.
 */
export function Spinner({
  label,
  compact = false,
  announce = true,
}: {
  label: string;
  compact?: boolean;
  announce?: boolean;
}) {
  return (
    <span
      className={compact ? 'spinner spinner-compact' : 'spinner'}
      {...(announce ? { role: 'status' } : {})}
    >
      <span className="spinner-wheel" aria-hidden="true" />
      <span className={compact ? 'visually-hidden' : 'spinner-label'}>{label}</span>
    </span>
  );
}
