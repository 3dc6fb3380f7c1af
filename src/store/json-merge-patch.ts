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

/** The most keys textFoldsToItself takes: it looks for a repeat key by key. */
const MOST_KEYS = 31;

/**
 * Whether a patch's JSON text is what folding it alone gives back, character for character:
 * `JSON.stringify(mergePatch({}, JSON.parse(text))) === text`. Judged on the text, without
 * parsing it, for the forms SDKs send traits in and stricter: one flat object of at most 31 keys
 * (MOST_KEYS), no whitespace, keys without escapes that are not array indexes (JSON.parse puts
 * those first) nor `__proto__` and not repeated, values that are strings without escapes,
 * booleans or integers of up to 15 digits written as JSON.stringify writes them. Anything else is
 * false, and is folded instead.
 * A bulk load's new persons mostly have one such patch, and storing its text spares a parse and
 * a stringify each (100,000 persons: a fifth of a second).
 */
export function textFoldsToItself(text: string): boolean {
  const n = text.length;
  if (n < 2 || text.charCodeAt(0) !== 0x7b) return false;
  if (n === 2) return text.charCodeAt(1) === 0x7d;
  const keys: string[] = [];
  let i = 1;
  for (;;) {
    const keyEnd = plainStringEnd(text, i);
    if (keyEnd < 0 || text.charCodeAt(keyEnd + 1) !== 0x3a) return false;
    const key = text.slice(i + 1, keyEnd);
    // Repeats are looked for key by key: past a few dozen keys, folding is the cheaper check.
    if (keys.length === MOST_KEYS || key === '__proto__' || isAllDigits(key) || keys.includes(key))
      return false;
    keys.push(key);
    i = keyEnd + 2;
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const end = plainStringEnd(text, i);
      if (end < 0) return false;
      i = end + 1;
    } else if (text.startsWith('true', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else {
      const end = canonicalIntegerEnd(text, i);
      if (end < 0) return false;
      i = end;
    }
    const next = text.charCodeAt(i);
    if (next === 0x7d) return i === n - 1;
    if (next !== 0x2c) return false;
    i++;
  }
}

/** The index of the closing quote of the string at `start`, or −1 unless it needs no escaping. */
function plainStringEnd(text: string, start: number): number {
  if (text.charCodeAt(start) !== 0x22) return -1;
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i;
    if (c === 0x5c || c < 0x20) return -1;
    // JSON.stringify escapes a lone surrogate; a pair is a character it writes as it is.
    if (c >= 0xd800 && c <= 0xdfff) {
      const low = text.charCodeAt(i + 1);
      if (c > 0xdbff || !(low >= 0xdc00 && low <= 0xdfff)) return -1;
      i++;
    }
  }
  return -1;
}

/** The end of an integer at `start` as JSON.stringify writes one (not −0, at most 15 digits), or −1. */
function canonicalIntegerEnd(text: string, start: number): number {
  let i = start;
  if (text.charCodeAt(i) === 0x2d) i++;
  const first = i;
  while (i < text.length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
  const digits = i - first;
  if (digits === 0 || digits > 15) return -1;
  if (text.charCodeAt(first) === 0x30 && (digits > 1 || first > start)) return -1;
  return i;
}

function isAllDigits(key: string): boolean {
  if (key.length === 0) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
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
