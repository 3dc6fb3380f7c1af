/**
 * `ranked`: the distinct `bd` values of `units` (a CTE with one row per unit the breakdown
 * splits: a person, a cohort entry, a session…), numbered from the most common; ties by value,
 * unset (NULL) last among equals.
 */
export function breakdownRankCte(units: string): string {
  return `ranked AS (
  SELECT bd, row_number() OVER (ORDER BY count(*) DESC, bd ASC NULLS LAST) AS rk FROM ${units} GROUP BY bd
)`;
}

/**
 * `target`: the rows of `source` with their group. The `limit` (a placeholder) most common values
 * keep their own group (`bucket` = the value); the rest share the "other" group (`other` true,
 * `bucket` NULL), so the groups always add up to the total. `rk` orders the groups.
 */
export function breakdownGroupCte(source: string, target: string, limit: string): string {
  return `${target} AS (
  SELECT s.*, CASE WHEN r.rk <= ${limit} THEN s.bd END AS bucket, r.rk > ${limit} AS other, r.rk
  FROM ${source} s JOIN ranked r ON r.bd IS NOT DISTINCT FROM s.bd
)`;
}
