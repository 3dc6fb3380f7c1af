/**
 * Whether any part of a spec reads person traits — a trait or persona condition anywhere, or a
 * breakdown on a trait — so compilers join the persons table only when it is needed.
 * Walks the validated spec generically, so new spec types need no list of their own.
 * Example: `readsTraits({ where: [{ on: 'trait', name: 'plan', op: 'is_set' }] })` → `true`.
 */
export function readsTraits(spec: unknown): boolean {
  if (Array.isArray(spec)) return spec.some(readsTraits);
  if (spec === null || typeof spec !== 'object') return false;
  const o = spec as Record<string, unknown>;
  if (o.on === 'trait' || o.on === 'persona') return true;
  return Object.values(o).some(readsTraits);
}
