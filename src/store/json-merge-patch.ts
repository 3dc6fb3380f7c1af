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

/**
 * Whether `mergePatch({}, patch)` is `patch` itself, as JSON: no object in it holds a `null` (a
 * removal) or a `__proto__` key (which an object copied key by key loses). Lets a writer skip the
 * copy for a new person's one patch, the common case of a bulk load.
 */
export function foldsToItself(patch: Json): boolean {
  if (!isObject(patch)) return true;
  for (const key in patch) {
    if (!Object.hasOwn(patch, key)) continue;
    if (key === '__proto__') return false;
    const value = patch[key];
    if (value === null || !foldsToItself(value)) return false;
  }
  return true;
}

/**
 * A merge patch that takes `from` to `to`: `mergePatch(from, diffPatch(from, to))` equals `to`
 * for any `to` without nulls inside (stored traits never hold any: merging drops them). Lets a
 * writer record a new whole value as one more patch instead of rewriting the stored one.
 * Example: `diffPatch({ a: 1, b: { c: 2 } }, { b: { c: 2, d: 3 } })` → `{ a: null, b: { d: 3 } }`.
 */
export function diffPatch(from: Json, to: Json): Json {
  if (!isObject(from) || !isObject(to)) return to;
  const patch: Record<string, Json> = {};
  for (const key of Object.keys(from)) if (!Object.hasOwn(to, key)) patch[key] = null;
  for (const [key, value] of Object.entries(to)) {
    const before = from[key];
    if (isObject(before) && isObject(value)) {
      const inner = diffPatch(before, value) as Record<string, Json>;
      if (Object.keys(inner).length > 0) patch[key] = inner;
    } else if (!Object.hasOwn(from, key) || !sameJson(before, value)) {
      patch[key] = value;
    }
  }
  return patch;
}

function sameJson(a: Json, b: Json): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
