type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * RFC 7396 JSON Merge Patch (https://www.rfc-editor.org/rfc/rfc7396), as DuckDB's
 * `json_merge_patch` applies it to traits: objects merge key by key (recursively), a `null` in the
 * patch removes the key, anything else replaces. Both stores' identity writers fold traits with it;
 * json-merge-patch.test.ts holds it equal to DuckDB's.
 * Example: `mergePatch({ a: 1, b: { c: 2 } }, { b: { d: 3 }, a: null })` → `{ b: { c: 2, d: 3 } }`.
 */
export function mergePatch(target: Json, patch: Json): Json {
  if (!isObject(patch)) return patch;
  const out: Record<string, Json> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}
