import { isUtf8 } from 'node:buffer';
import { CHANNELS, type Channel } from '../../model/channel-list.ts';
import { inferChannel } from '../channel-inference.ts';
import {
  MAX_EVENT_NAME_LENGTH,
  MAX_ID_LENGTH,
  MESSAGE_TYPES,
  parseIsoTimestamp,
  SYSTEM_EVENT,
} from '../message-values.ts';
import { writeInt } from './decimal-bytes.ts';
import type { MessageIdHashes } from './message-id-repeats.ts';
import { type ChunkIdentityCollector, NO_ID } from './scan-identity.ts';
import { contentMessageId } from './stable-message-id.ts';

/**
 * A single-pass byte scanner for NDJSON Segment messages: it checks each line as JSON.parse and
 * the Segment schema (zod) would, normalises the lines it can vouch for exactly as
 * `normalizeMessage` does, and writes them as staged rows (STAGED_COLUMNS) that a store loads in
 * bulk. Like `readCommonMessage`, it only needs to be sound, not complete: a line in any form it
 * does not handle itself (an escaped id, a JSON null where zod would decide, a BOM, a key it does
 * not know) is written as uncertain, and the importer validates it in JavaScript, row by row, with
 * the usual messages. test/bulk-import.test.ts holds it to the row-by-row path's answers.
 *
 * Why by hand: the engine's own JSON functions parse each line several times over (members,
 * member count, channel inputs), and its parser accepts what JSON.parse rejects (trailing commas,
 * NaN). One pass over the bytes does it all, validating the whole line, and copies the members'
 * text through untouched.
 */

/** Columns of a staged row, in file order; fields are separated by FIELD, rows end with ROW. */
export const STAGED_COLUMNS = [
  'line_no',
  'ok',
  'message_id',
  'type',
  'event',
  'name',
  'user_id',
  'anonymous_id',
  'previous_id',
  'group_id',
  'ts_ms',
  'sent_ms',
  'channel',
  'properties',
  'context',
  'traits',
] as const;

/** Field separator, NULL marker and row end of staged rows: JSON text never holds the first two raw. */
export const FIELD = 0x01;
export const NULL = 0x02;
const ROW = 0x0a;

/** Lines beyond this size are left to JavaScript, which applies the exact 500 KB event limit. */
export const FAST_PATH_MAX_LINE_BYTES = 400 * 1024;

// Top-level members (segment-message.ts), by index.
const MEMBERS = [
  'type',
  'event',
  'name',
  'category',
  'messageId',
  'userId',
  'anonymousId',
  'previousId',
  'groupId',
  'timestamp',
  'originalTimestamp',
  'sentAt',
  'receivedAt',
  'context',
  'integrations',
  'properties',
  'traits',
  '_metadata',
  'channel',
  'version',
  'writeKey',
  'rudderId',
  'request_ip',
  'options',
] as const;
// Indexes into MEMBERS of the members the scan reads.
const M_TYPE = 0;
const M_EVENT = 1;
const M_NAME = 2;
const M_CATEGORY = 3;
const M_MESSAGE_ID = 4;
const M_USER_ID = 5;
const M_ANONYMOUS_ID = 6;
const M_PREVIOUS_ID = 7;
const M_GROUP_ID = 8;
const M_TIMESTAMP = 9;
const M_ORIGINAL_TIMESTAMP = 10;
const M_SENT_AT = 11;
const M_RECEIVED_AT = 12;
const M_CONTEXT = 13;
const M_INTEGRATIONS = 14;
const M_PROPERTIES = 15;
const M_TRAITS = 16;

// Nested values inferChannel and the traits read, by slot.
const S_CTX_CHANNEL = 0;
const S_CTX_TRAITS = 1;
const S_PAGE_URL = 2;
const S_PAGE_REFERRER = 3;
const S_CAMPAIGN_MEDIUM = 4;
const S_CAMPAIGN_SOURCE = 5;
const S_LIBRARY_NAME = 6;
const S_PROP_CHANNEL = 7;
const S_PROP_URL = 8;
const S_PROP_REFERRER = 9;
const SLOTS = 10;
/** Which of context's page, campaign, app and library are objects (bit per member). */
const PAGE_OBJ = 1;
const CAMPAIGN_OBJ = 2;
const APP_OBJ = 4;
const LIBRARY_OBJ = 8;

/**
 * Finds which of a few keys the bytes [s, e) of the line are: a bucket by length, first and last
 * byte (which tell apart the keys of each table; checked when it is built), then a comparison.
 */
class KeyTable {
  /**
   * The keys' bytes end to end in one typed array; key i is [starts[i], starts[i + 1]). With a
   * Buffer per key, comparing the line's keys took a fifth of the JSON walk; this way the whole
   * scan is 4–6% faster (in-process A/B, 38 alternating rounds, three times).
   */
  private readonly bytes: Uint8Array;
  private readonly starts: Int32Array;
  private readonly byHash = new Int8Array(1024).fill(-1);
  constructor(names: readonly string[]) {
    const keys = names.map((n) => Buffer.from(n));
    this.bytes = new Uint8Array(Buffer.concat(keys));
    this.starts = new Int32Array(keys.length + 1);
    keys.forEach((k, i) => {
      this.starts[i + 1] = this.starts[i]! + k.length;
      const h = keyHash(k.length, k[0]!, k[k.length - 1]!);
      if (this.byHash[h] !== -1)
        throw new Error(`keys ${names[i]} and ${names[this.byHash[h]!]} share a bucket`);
      this.byHash[h] = i;
    });
  }
  find(s: number, e: number): number {
    if (e <= s) return -1;
    const i = this.byHash[keyHash(e - s, b[s]!, b[e - 1]!)]!;
    if (i < 0) return -1;
    const at = this.starts[i]!;
    if (this.starts[i + 1]! - at !== e - s) return -1;
    const key = this.bytes;
    const buf = b;
    for (let j = s, k = at; j < e; j++, k++) if (buf[j] !== key[k]) return -1;
    return i;
  }
}

function keyHash(len: number, first: number, last: number): number {
  return (len * 961 + first * 31 + last) & 1023;
}

/** Keys of an object whose members we record: key → slot, or a nested object's kind. */
interface Interest {
  keys: KeyTable;
  /** For each key: a slot (≥ 0) to record the value in, or a nested interest to descend into. */
  targets: (number | { obj: number; interest: Interest; slots: number[] })[];
}
const interest = (entries: [string, number | { obj: number; interest: Interest; slots: number[] }][]) => ({
  keys: new KeyTable(entries.map(([k]) => k)),
  targets: entries.map(([, t]) => t),
});
const PAGE = interest([
  ['url', S_PAGE_URL],
  ['referrer', S_PAGE_REFERRER],
]);
const CAMPAIGN = interest([
  ['medium', S_CAMPAIGN_MEDIUM],
  ['source', S_CAMPAIGN_SOURCE],
]);
const LIBRARY = interest([['name', S_LIBRARY_NAME]]);
const NOTHING = interest([]);
const CONTEXT = interest([
  ['channel', S_CTX_CHANNEL],
  ['traits', S_CTX_TRAITS],
  ['page', { obj: PAGE_OBJ, interest: PAGE, slots: [S_PAGE_URL, S_PAGE_REFERRER] }],
  ['campaign', { obj: CAMPAIGN_OBJ, interest: CAMPAIGN, slots: [S_CAMPAIGN_MEDIUM, S_CAMPAIGN_SOURCE] }],
  ['app', { obj: APP_OBJ, interest: NOTHING, slots: [] }],
  ['library', { obj: LIBRARY_OBJ, interest: LIBRARY, slots: [S_LIBRARY_NAME] }],
]);
const PROPERTIES = interest([
  ['channel', S_PROP_CHANNEL],
  ['url', S_PROP_URL],
  ['referrer', S_PROP_REFERRER],
]);
const PROTO = Buffer.from('__proto__');

const TYPE_KEYS = new KeyTable(MESSAGE_TYPES);
const T_TRACK = MESSAGE_TYPES.indexOf('track');
const T_PAGE = MESSAGE_TYPES.indexOf('page');
const T_SCREEN = MESSAGE_TYPES.indexOf('screen');
const T_IDENTIFY = MESSAGE_TYPES.indexOf('identify');
const T_ALIAS = MESSAGE_TYPES.indexOf('alias');
const T_GROUP = MESSAGE_TYPES.indexOf('group');
/** By type index: the stored event name of each type but track. */
const SYSTEM_EVENTS = MESSAGE_TYPES.map((t) => Buffer.from(t === 'track' ? '' : SYSTEM_EVENT[t]));

/** A line the scanner refuses to vouch for: thrown inside a line's scan, caught per line. */
class Uncertain extends Error {}
const UNCERTAIN = new Uncertain();

// Scanner state for the line being scanned. Module-level: a scan is synchronous and one per thread.
// It is `var`, not `let`, here and below: each read of a module-level `let` from a function checks
// that it is initialised (its temporal dead zone); a `var` has no such check, and the scan ran
// 4–7% faster (in-process A/B, 38 alternating rounds, three times). The tables stay `const`,
// which the optimising compiler folds: as `var`, the scan was 12% slower.
var b: Buffer = Buffer.alloc(0);
var pos = 0;
/** The line holds bytes ≥ 0x80 (checked for valid UTF-8 once, at the end). */
var nonAscii = false;
var lineStart = 0;
const memberStart = new Int32Array(MEMBERS.length);
const memberEnd = new Int32Array(MEMBERS.length);
/** Per member: a string's flags (ESCAPED, NON_ASCII), or, for traits and integrations, 1 when non-empty. */
const memberFlag = new Uint8Array(MEMBERS.length);
const slotStart = new Int32Array(SLOTS);
const slotEnd = new Int32Array(SLOTS);
var objects = 0;
/** Bits of the members present (by index in MEMBERS), of the slots recorded, of decoded values. */
var present = 0;
var slots = 0;
var decodedMask = 0;
var ctxTraitsNonEmpty = false;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Skips spaces and tabs. A raw CR inside a line would end a staged row: left to JavaScript. */
function ws(): void {
  const buf = b;
  let p = pos;
  let c = buf[p]!;
  while (c === 0x20 || c === 0x09) c = buf[++p]!;
  if (c === 0x0d) throw UNCERTAIN;
  pos = p;
}

/**
 * What a byte inside a JSON string is: 0 plain, 1 the closing quote, 2 a backslash, 3 a control
 * character (never raw in a string; the sentinel after a line is one), 4 a byte of a non-ASCII
 * character.
 */
const STRING_BYTE = new Uint8Array(256);
for (let c = 0; c < 0x20; c++) STRING_BYTE[c] = 3;
STRING_BYTE[0x22] = 1;
STRING_BYTE[0x5c] = 2;
for (let c = 0x80; c < 0x100; c++) STRING_BYTE[c] = 4;
/** The characters a backslash may escape besides `u`: " \ / b f n r t. */
const SIMPLE_ESCAPE = new Uint8Array(256);
for (const c of '"\\/bfnrt') SIMPLE_ESCAPE[c.charCodeAt(0)] = 1;
const HEX = new Uint8Array(256);
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;

/** A string's flags (str): it holds an escape, it holds non-ASCII bytes. */
const ESCAPED = 1;
const NON_ASCII = 2;

/** Skips a string starting at its opening quote; returns its flags (ESCAPED, NON_ASCII). */
function str(): number {
  const buf = b;
  let p = pos + 1;
  let flags = 0;
  for (;;) {
    const kind = STRING_BYTE[buf[p]!]!;
    if (kind === 0) {
      p++;
      continue;
    }
    if (kind === 1) {
      pos = p + 1;
      return flags;
    }
    if (kind === 2) {
      flags |= ESCAPED;
      const e = buf[p + 1]!;
      if (e === 0x75) {
        if (!(HEX[buf[p + 2]!] && HEX[buf[p + 3]!] && HEX[buf[p + 4]!] && HEX[buf[p + 5]!])) throw UNCERTAIN;
        p += 6;
      } else if (SIMPLE_ESCAPE[e] === 1) p += 2;
      else throw UNCERTAIN;
      continue;
    }
    if (kind === 3) throw UNCERTAIN;
    nonAscii = true;
    flags |= NON_ASCII;
    p++;
  }
}

function num(): void {
  const buf = b;
  let p = pos;
  let c = buf[p]!;
  if (c === 0x2d) c = buf[++p]!;
  if (c === 0x30) c = buf[++p]!;
  else if (c >= 0x31 && c <= 0x39) {
    do c = buf[++p]!;
    while (c >= 0x30 && c <= 0x39);
  } else throw UNCERTAIN;
  if (c === 0x2e) {
    c = buf[++p]!;
    if (!(c >= 0x30 && c <= 0x39)) throw UNCERTAIN;
    do c = buf[++p]!;
    while (c >= 0x30 && c <= 0x39);
  }
  if (c === 0x65 || c === 0x45) {
    c = buf[++p]!;
    if (c === 0x2b || c === 0x2d) c = buf[++p]!;
    if (!(c >= 0x30 && c <= 0x39)) throw UNCERTAIN;
    do c = buf[++p]!;
    while (c >= 0x30 && c <= 0x39);
  }
  pos = p;
}

/** After a member or element: true at a comma (another follows), false at `close`. */
function more(close: number): boolean {
  ws();
  const c = b[pos];
  if (c === 0x2c) {
    pos++;
    ws();
    return true;
  }
  if (c === close) {
    pos++;
    return false;
  }
  throw UNCERTAIN;
}

const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');
const NULL_WORD = Buffer.from('null');
function word(w: Buffer): void {
  for (let k = 0; k < w.length; k++) if (b[pos + k] !== w[k]) throw UNCERTAIN;
  pos += w.length;
}

function value(depth: number): void {
  const c = b[pos];
  if (c === 0x22) str();
  else if (c === 0x7b) obj(depth + 1, null);
  else if (c === 0x5b) arr(depth + 1);
  else if (c === 0x74) word(TRUE);
  else if (c === 0x66) word(FALSE);
  else if (c === 0x6e) word(NULL_WORD);
  else num();
}

/**
 * Bytes [s, e) equal `key`. For one key (`__proto__`) rather than a KeyTable: the length, checked
 * first, turns nearly every key away, and a one-key table made the scan 3–5% slower.
 */
function keyIs(s: number, e: number, key: Buffer): boolean {
  if (e - s !== key.length) return false;
  for (let j = 0; j < key.length; j++) if (b[s + j] !== key[j]) return false;
  return true;
}

/**
 * Scans an object at `{`; returns whether it has members. With `of`, records the values of the
 * keys it names (slots) and descends into the nested objects it names; a repeated key's last
 * value wins, as in JSON.parse.
 */
function obj(depth: number, of: Interest | null, firstLevel = false): boolean {
  if (depth > 64) throw UNCERTAIN;
  pos++;
  ws();
  if (b[pos] === 0x7d) {
    pos++;
    return false;
  }
  for (;;) {
    if (b[pos] !== 0x22) throw UNCERTAIN;
    const ks = pos + 1;
    // zod copies records key by key and drops `__proto__`, and an escaped key might spell it or
    // a key we look for.
    if ((str() & ESCAPED) !== 0 && (firstLevel || of !== null)) throw UNCERTAIN;
    const ke = pos - 1;
    if (firstLevel && keyIs(ks, ke, PROTO)) throw UNCERTAIN;
    ws();
    if (b[pos] !== 0x3a) throw UNCERTAIN;
    pos++;
    ws();
    let target: Interest['targets'][number] | undefined;
    if (of !== null) {
      const k = of.keys.find(ks, ke);
      if (k >= 0) target = of.targets[k];
    }
    if (target === undefined) value(depth);
    else if (typeof target === 'number') {
      slotStart[target] = pos;
      if (target === S_CTX_TRAITS && b[pos] === 0x7b) ctxTraitsNonEmpty = obj(depth + 1, null, true);
      else {
        // Not an object: a repeated context.traits replaces an earlier object.
        if (target === S_CTX_TRAITS) ctxTraitsNonEmpty = false;
        value(depth);
      }
      slotEnd[target] = pos;
      slots |= 1 << target;
    } else {
      // A repeated key replaces what the earlier one recorded.
      objects &= ~target.obj;
      for (const s of target.slots) slots &= ~(1 << s);
      if (b[pos] === 0x7b) {
        obj(depth + 1, target.interest);
        objects |= target.obj;
      } else value(depth);
    }
    if (!more(0x7d)) return true;
  }
}

function arr(depth: number): void {
  if (depth > 64) throw UNCERTAIN;
  pos++;
  ws();
  if (b[pos] === 0x5d) {
    pos++;
    return;
  }
  for (;;) {
    value(depth);
    if (!more(0x5d)) return;
  }
}

const MEMBER_KEYS = new KeyTable(MEMBERS);

/** Scans the line's top-level object into memberStart/End (−1 when absent) and the slots. */
function scanMessage(end: number): void {
  present = 0;
  slots = 0;
  objects = 0;
  ctxTraitsNonEmpty = false;
  nonAscii = false;
  ws();
  if (b[pos] !== 0x7b) throw UNCERTAIN;
  pos++;
  ws();
  if (b[pos] === 0x7d) throw UNCERTAIN; // no type: zod's message
  for (;;) {
    if (b[pos] !== 0x22) throw UNCERTAIN;
    const ks = pos + 1;
    if (str()) throw UNCERTAIN;
    const k = MEMBER_KEYS.find(ks, pos - 1);
    if (k < 0 || (present & (1 << k)) !== 0) throw UNCERTAIN; // unknown or repeated
    present |= 1 << k;
    ws();
    if (b[pos] !== 0x3a) throw UNCERTAIN;
    pos++;
    ws();
    memberStart[k] = pos;
    const c = b[pos];
    if (k === M_CONTEXT) {
      if (c !== 0x7b) throw UNCERTAIN;
      obj(1, CONTEXT, true);
    } else if (k === M_PROPERTIES) {
      if (c !== 0x7b) throw UNCERTAIN;
      obj(1, PROPERTIES, true);
    } else if (k === M_TRAITS || k === M_INTEGRATIONS) {
      if (c !== 0x7b) throw UNCERTAIN;
      memberFlag[k] = obj(1, null, true) ? 1 : 0;
    } else if (c === 0x22) memberFlag[k] = str();
    else value(0);
    memberEnd[k] = pos;
    if (!more(0x7d)) break;
  }
  ws();
  if (pos !== end) throw UNCERTAIN;
  if (nonAscii && !isUtf8(b.subarray(lineStart, end))) throw UNCERTAIN;
}

const has = (k: number) => (present & (1 << k)) !== 0;
const hasSlot = (slot: number) => (slots & (1 << slot)) !== 0;
const isStringMember = (k: number) => b[memberStart[k]!] === 0x22;

/** A string member's value as text: decoded only when it holds escapes or non-ASCII bytes. */
function stringValue(k: number): string {
  const s = memberStart[k]!;
  const e = memberEnd[k]!;
  return (memberFlag[k]! & ESCAPED) !== 0
    ? (JSON.parse(b.toString('utf8', s, e)) as string)
    : b.toString('utf8', s + 1, e - 1);
}

/** Control characters: they include the field and row separators of staged rows. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x20) return true;
  return false;
}

/**
 * Per member, the text a staged row takes from it: bytes [valueStart, valueEnd) of the line, or,
 * where its bit in `decodedMask` is set, `decoded` (a string with escapes or non-ASCII
 * characters, decoded to check its length in UTF-16 units as zod does).
 */
const valueStart = new Int32Array(MEMBERS.length);
const valueEnd = new Int32Array(MEMBERS.length);
const decoded: string[] = new Array(MEMBERS.length).fill('');

/** Takes a string member's value, raw when it is ASCII without escapes; false if `ok` refuses it. */
function takeString(k: number, maxUnits: number, trimmed: boolean): boolean {
  const s = memberStart[k]! + 1;
  const e = memberEnd[k]! - 1;
  if (memberFlag[k] === 0) {
    // ASCII without escapes: a space is the only character trim() removes that can be raw.
    if (e - s < 1 || e - s > maxUnits || (trimmed && (b[s] === 0x20 || b[e - 1] === 0x20))) return false;
    valueStart[k] = s;
    valueEnd[k] = e;
    return true;
  }
  const v = stringValue(k);
  if (v.length < 1 || v.length > maxUnits || (trimmed && v.trim() !== v) || hasControl(v)) return false;
  decoded[k] = v;
  decodedMask |= 1 << k;
  return true;
}

/**
 * Takes an id zod's `Id` accepts unchanged: a string of 1–512 UTF-16 units, or a plain integer
 * that `String(n)` writes back as written. False when zod should decide.
 */
function takeId(k: number): boolean {
  const s = memberStart[k]!;
  const e = memberEnd[k]!;
  if (b[s] === 0x22) return takeString(k, MAX_ID_LENGTH, false);
  // -?[1-9][0-9]{0,14} or 0: integers a double holds exactly, written as String(n) writes them.
  valueStart[k] = s;
  valueEnd[k] = e;
  let i = s;
  if (b[i] === 0x2d) i++;
  if (b[i] === 0x30) return i === s && e - s === 1;
  if (!(b[i]! >= 0x31 && b[i]! <= 0x39)) return false;
  for (let j = i + 1; j < e; j++) if (!isDigit(b[j]!)) return false;
  return e - i <= 15;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function digits(s: number, n: number): number {
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = b[s + i]! - 0x30;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** The last hour timeMember worked out (as yyyymmddhh) and its instant. */
var cachedHour = -1;
var cachedHourMs = 0;

/**
 * A timestamp member's instant in epoch ms, as zod's Timestamp reads it: NaN when absent;
 * throws UNCERTAIN when zod would refuse it. `"2026-08-01T10:00:00.123Z"`, nearly every event,
 * is read from its digits; other forms through parseIsoTimestamp, the function zod uses.
 */
function timeMember(k: number): number {
  if (!has(k)) return Number.NaN;
  if (!isStringMember(k)) throw UNCERTAIN;
  const s = memberStart[k]! + 1;
  const e = memberEnd[k]! - 1;
  const len = e - s;
  if (
    memberFlag[k] === 0 &&
    (len === 20 || len === 22 || len === 23 || len === 24) &&
    b[e - 1] === 0x5a &&
    b[s + 4] === 0x2d &&
    b[s + 7] === 0x2d &&
    b[s + 10] === 0x54 &&
    b[s + 13] === 0x3a &&
    b[s + 16] === 0x3a &&
    (len === 20 || b[s + 19] === 0x2e)
  ) {
    // parseUtcTimestamp (segment-message.ts) on bytes.
    const y = digits(s, 4);
    const mo = digits(s + 5, 2);
    const d = digits(s + 8, 2);
    const h = digits(s + 11, 2);
    const mi = digits(s + 14, 2);
    const sec = digits(s + 17, 2);
    const frac = len === 20 ? 0 : digits(s + 20, len - 21);
    if (
      y >= 1000 &&
      mo >= 1 &&
      mo <= 12 &&
      h >= 0 &&
      h <= 23 &&
      mi >= 0 &&
      mi <= 59 &&
      sec >= 0 &&
      sec <= 59
    ) {
      if (d < 0 || frac < 0) throw UNCERTAIN;
      // Events of a file come hour after hour: the hour's instant is worked out once.
      const hour = ((y * 100 + mo) * 100 + d) * 100 + h;
      if (hour !== cachedHour) {
        const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
        if (d < 1 || d > (mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1]!)) throw UNCERTAIN;
        cachedHourMs = Date.UTC(y, mo - 1, d, h);
        cachedHour = hour;
      }
      const ms = len === 20 ? 0 : len === 22 ? frac * 100 : len === 23 ? frac * 10 : frac;
      return cachedHourMs + mi * 60_000 + sec * 1000 + ms;
    }
  }
  const ms = parseIsoTimestamp(stringValue(k));
  if (Number.isNaN(ms)) throw UNCERTAIN;
  return ms;
}

// What `judge` decided for the row, beside valueStart/End and decoded.
var rowType = 0;
var tsMs = 0;
var sentMs = Number.NaN;
var traitsStart = -1;
var traitsEnd = -1;

/** Judges the scanned message as zod would; throws UNCERTAIN where zod should decide. */
function judge(receivedAtMs: number): void {
  decodedMask = 0;
  if (!has(M_TYPE) || !isStringMember(M_TYPE) || memberFlag[M_TYPE] !== 0) throw UNCERTAIN;
  const type = TYPE_KEYS.find(memberStart[M_TYPE]! + 1, memberEnd[M_TYPE]! - 1);
  if (type < 0) throw UNCERTAIN;
  if (type === T_TRACK) {
    if (!has(M_EVENT) || !isStringMember(M_EVENT) || has(M_NAME) || has(M_CATEGORY)) throw UNCERTAIN;
    if (!takeString(M_EVENT, MAX_EVENT_NAME_LENGTH, true)) throw UNCERTAIN;
  } else if (type === T_PAGE || type === T_SCREEN) {
    if (has(M_EVENT)) throw UNCERTAIN;
    if (has(M_CATEGORY) && !isStringMember(M_CATEGORY)) throw UNCERTAIN;
    if (has(M_NAME)) {
      if (!isStringMember(M_NAME)) throw UNCERTAIN;
      // Any string, the empty one too.
      if ((memberFlag[M_NAME]! & ESCAPED) === 0) {
        valueStart[M_NAME] = memberStart[M_NAME]! + 1;
        valueEnd[M_NAME] = memberEnd[M_NAME]! - 1;
      } else {
        const v = stringValue(M_NAME);
        if (hasControl(v)) throw UNCERTAIN;
        decoded[M_NAME] = v;
        decodedMask |= 1 << M_NAME;
      }
    }
  } else if (has(M_EVENT) || has(M_NAME) || has(M_CATEGORY)) throw UNCERTAIN;
  if ((type === T_ALIAS) !== has(M_PREVIOUS_ID)) throw UNCERTAIN;
  if ((type === T_GROUP) !== has(M_GROUP_ID)) throw UNCERTAIN;
  for (const k of ID_MEMBERS) if (has(k) && !takeId(k)) throw UNCERTAIN;
  if (!has(M_USER_ID) && (!has(M_ANONYMOUS_ID) || type === T_ALIAS)) throw UNCERTAIN;
  const ts = timeMember(M_TIMESTAMP);
  const ots = timeMember(M_ORIGINAL_TIMESTAMP);
  const sat = timeMember(M_SENT_AT);
  timeMember(M_RECEIVED_AT);
  // resolveEventTime's rules (event-time.ts), on epoch milliseconds.
  tsMs = !Number.isNaN(ts)
    ? ts
    : Number.isNaN(ots)
      ? receivedAtMs
      : Number.isNaN(sat)
        ? ots
        : receivedAtMs - (sat - ots);
  sentMs = sat;
  // Stored traits: identify's and group's own, else context.traits; non-empty objects only.
  traitsStart = traitsEnd = -1;
  if ((type === T_IDENTIFY || type === T_GROUP) && has(M_TRAITS)) {
    if (memberFlag[M_TRAITS] === 1) {
      traitsStart = memberStart[M_TRAITS]!;
      traitsEnd = memberEnd[M_TRAITS]!;
    }
  } else if (hasSlot(S_CTX_TRAITS) && ctxTraitsNonEmpty) {
    traitsStart = slotStart[S_CTX_TRAITS]!;
    traitsEnd = slotEnd[S_CTX_TRAITS]!;
  }
  rowType = type;
}
const ID_MEMBERS = [M_MESSAGE_ID, M_USER_ID, M_ANONYMOUS_ID, M_PREVIOUS_ID, M_GROUP_ID];
/** The members a staged row takes as they are, between its event and its time (STAGED_COLUMNS). */
const TEXT_MEMBERS = [M_NAME, M_USER_ID, M_ANONYMOUS_ID, M_PREVIOUS_ID, M_GROUP_ID];

const CHANNEL_BYTES = new Map(Object.keys(CHANNELS).map((c) => [c, Buffer.from(c)]));

/** Channels by the hash of their key (see channelOf), with each key's bytes to tell them apart. */
const channels = new Map<number, { key: Buffer; channel: Channel }[]>();
var channelKeys = 0;
const keyBuffer = Buffer.alloc(64 * 1024);

/**
 * The channel inferChannel gives the message, from the nested values it reads. Memoised by the
 * raw text of those values: the URLs only matter for their utm_* parameters or, beside a
 * referrer, for their host, so they are part of the key only then (URLs would multiply keys).
 */
function channelOf(type: number): Channel {
  const keepUrl =
    hasSlot(S_PAGE_REFERRER) || hasSlot(S_PROP_REFERRER) || urlMatters(S_PAGE_URL) || urlMatters(S_PROP_URL);
  const key = keyBuffer;
  const buf = b;
  let n = 0;
  // The key's bytes, hashed (FNV-1a) as they are written.
  let hash = Math.imul(Math.imul(0x811c9dc5 ^ (0x30 + type), 0x01000193) ^ (0x30 + objects), 0x01000193);
  key[n++] = 0x30 + type;
  key[n++] = 0x30 + objects;
  for (let slot = 0; slot < SLOTS; slot++) {
    if (slot === S_CTX_TRAITS) continue;
    key[n++] = FIELD;
    hash = Math.imul(hash ^ FIELD, 0x01000193);
    if (!hasSlot(slot) || (!keepUrl && (slot === S_PAGE_URL || slot === S_PROP_URL))) continue;
    const s = slotStart[slot]!;
    const e = slotEnd[slot]!;
    if (n + (e - s) + SLOTS > key.length) return inferFromSlots(type);
    for (let i = s; i < e; i++) {
      const c = buf[i]!;
      key[n++] = c;
      hash = Math.imul(hash ^ c, 0x01000193);
    }
  }
  const bucket = channels.get(hash);
  if (bucket !== undefined) {
    for (const entry of bucket) if (sameBytes(entry.key, key, n)) return entry.channel;
  }
  const channel = inferFromSlots(type);
  if (channelKeys < 100_000) {
    channelKeys++;
    const entry = { key: Buffer.from(key.subarray(0, n)), channel };
    if (bucket === undefined) channels.set(hash, [entry]);
    else bucket.push(entry);
  }
  return channel;
}

function sameBytes(a: Buffer, key: Buffer, n: number): boolean {
  if (a.length !== n) return false;
  for (let i = 0; i < n; i++) if (a[i] !== key[i]) return false;
  return true;
}

/** A URL's text names utm_ or holds an escape (which might spell it). */
function urlMatters(slot: number): boolean {
  if (!hasSlot(slot)) return false;
  const buf = b;
  const e = slotEnd[slot]!;
  for (let i = slotStart[slot]!; i < e; i++) {
    const c = buf[i]!;
    if (c === 0x5c) return true;
    if (c === 0x75 && buf[i + 1] === 0x74 && buf[i + 2] === 0x6d && buf[i + 3] === 0x5f) return true;
  }
  return false;
}

function inferFromSlots(type: number): Channel {
  const v = (slot: number): unknown =>
    hasSlot(slot) ? JSON.parse(b.toString('utf8', slotStart[slot]!, slotEnd[slot]!)) : undefined;
  const context: Record<string, unknown> = { channel: v(S_CTX_CHANNEL) };
  if (objects & PAGE_OBJ) context.page = { url: v(S_PAGE_URL), referrer: v(S_PAGE_REFERRER) };
  if (objects & CAMPAIGN_OBJ)
    context.campaign = { medium: v(S_CAMPAIGN_MEDIUM), source: v(S_CAMPAIGN_SOURCE) };
  if (objects & APP_OBJ) context.app = {};
  if (objects & LIBRARY_OBJ) context.library = { name: v(S_LIBRARY_NAME) };
  const properties = { channel: v(S_PROP_CHANNEL), url: v(S_PROP_URL), referrer: v(S_PROP_REFERRER) };
  return inferChannel(MESSAGE_TYPES[type]!, context, properties);
}

/** Where a scan writes staged rows; `flush` hands over full buffers. */
export class StagedRowsOutput {
  buffer: Buffer;
  length = 0;
  /**
   * `buffer` may be given: one that shares its memory with the input's lets members be copied
   * with copyWithin, which costs no allocation per copy (a Buffer view per `set` does).
   */
  constructor(
    private readonly flushTo: (bytes: Buffer) => void,
    buffer: Buffer = Buffer.allocUnsafe(8 << 20),
  ) {
    this.buffer = buffer;
  }
  /** Makes room for `n` more bytes. */
  reserve(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    this.flush();
    if (n > this.buffer.length) this.buffer = Buffer.allocUnsafe(n * 2);
  }
  /** `flushTo` must be done with the bytes when it returns: the buffer is reused. */
  flush(): void {
    if (this.length > 0) this.flushTo(this.buffer.subarray(0, this.length));
    this.length = 0;
  }
}

export interface ScanCounts {
  /** Lines in the range (ending with a newline, plus a last one without). */
  lines: number;
  /** Non-blank lines: staged rows. */
  rows: number;
  /** Line numbers (from the range's first line, 1) of rows left to JavaScript. */
  uncertain: number[];
}

/** Where scanLines notes the identity rows of what it stages, if anywhere. */
var identity: ChunkIdentityCollector | undefined;
/** Where the scan notes each row's messageId, if anywhere. */
var messageIds: MessageIdHashes | undefined;

/**
 * Scans the lines of `input[start, end)` into staged rows, noting their ids in `opts.identity`
 * and their messageIds' hashes in `opts.messageIds`.
 * Line numbers count from `firstLine`; `fileStart` says whether the range starts the file (a
 * byte-order mark is only possible there).
 */
export function scanLines(
  input: Buffer,
  start: number,
  end: number,
  out: StagedRowsOutput,
  opts: {
    receivedAtMs: number;
    firstLine: number;
    fileStart: boolean;
    identity?: ChunkIdentityCollector;
    messageIds?: MessageIdHashes;
  },
  counts: ScanCounts,
): void {
  b = input;
  sharedFor = undefined;
  identity = opts.identity;
  messageIds = opts.messageIds;
  let line = opts.firstLine;
  let s = start;
  while (s < end) {
    let nl = input.indexOf(ROW, s);
    if (nl < 0 || nl >= end) nl = end;
    let e = nl;
    if (e > s && input[e - 1] === 0x0d) e--;
    counts.lines++;
    if (!blank(s, e)) {
      counts.rows++;
      if (!scanRow(s, e, line, out, opts.receivedAtMs, opts.fileStart && line === opts.firstLine)) {
        counts.uncertain.push(line);
      }
    }
    line++;
    s = nl + 1;
  }
}

function blank(s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = b[i];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/** Writes one line's staged row; false when it is left to JavaScript. */
function scanRow(
  s: number,
  e: number,
  line: number,
  out: StagedRowsOutput,
  receivedAtMs: number,
  first: boolean,
) {
  let channel: Channel | undefined;
  if (
    e - s <= FAST_PATH_MAX_LINE_BYTES &&
    !(first && b[s] === 0xef && b[s + 1] === 0xbb && b[s + 2] === 0xbf)
  ) {
    if (e >= b.length) {
      // No byte after the line to hold the sentinel: scan a copy that has one.
      const input = b;
      const copy = Buffer.alloc(e - s + 1);
      input.copy(copy, 0, s, e);
      b = copy;
      sharedFor = undefined;
      try {
        return scanRow(0, e - s, line, out, receivedAtMs, first);
      } finally {
        b = input;
        sharedFor = undefined;
      }
    }
    // A newline after the line stops every loop of the scan there: one that reads past the end
    // of a broken line finds a control character, which no JSON token may hold.
    const after = b[e]!;
    b[e] = ROW;
    try {
      pos = lineStart = s;
      scanMessage(e);
      judge(receivedAtMs);
      channel = channelOf(rowType);
    } catch (err) {
      if (err !== UNCERTAIN && !(err instanceof SyntaxError)) throw err;
      channel = undefined;
    } finally {
      b[e] = after;
    }
  }
  if (channel === undefined) {
    uncertainRow(out, line);
    return false;
  }
  // A row holds at most the line twice over (context.traits is also part of context).
  out.reserve(2 * (e - s) + 1024);
  const o = out.buffer;
  if (o !== sharedFor) shareMemory(o);
  let n = writeInt(o, out.length, line);
  o[n++] = FIELD;
  o[n++] = 0x31;
  o[n++] = FIELD;
  const messageIdStart = n;
  if (has(M_MESSAGE_ID)) n = putMember(o, n, M_MESSAGE_ID);
  else n += o.write(contentMessageId(b.subarray(s, e)), n, 'latin1');
  messageIds?.add(o, messageIdStart, n);
  o[n++] = FIELD;
  n = copy(o, n, memberStart[M_TYPE]! + 1, memberEnd[M_TYPE]! - 1);
  o[n++] = FIELD;
  if (rowType === T_TRACK) n = putMember(o, n, M_EVENT);
  else {
    const name = SYSTEM_EVENTS[rowType]!;
    for (let i = 0; i < name.length; i++) o[n++] = name[i]!;
  }
  for (const k of TEXT_MEMBERS) {
    o[n++] = FIELD;
    n = putMember(o, n, k);
  }
  o[n++] = FIELD;
  n = writeInt(o, n, tsMs);
  o[n++] = FIELD;
  if (Number.isNaN(sentMs)) o[n++] = NULL;
  else n = writeInt(o, n, sentMs);
  o[n++] = FIELD;
  const channelName = CHANNEL_BYTES.get(channel)!;
  for (let i = 0; i < channelName.length; i++) o[n++] = channelName[i]!;
  o[n++] = FIELD;
  n = has(M_PROPERTIES) ? copy(o, n, memberStart[M_PROPERTIES]!, memberEnd[M_PROPERTIES]!) : writeEmpty(o, n);
  o[n++] = FIELD;
  n = has(M_CONTEXT) ? copy(o, n, memberStart[M_CONTEXT]!, memberEnd[M_CONTEXT]!) : writeEmpty(o, n);
  o[n++] = FIELD;
  if (traitsStart < 0) o[n++] = NULL;
  else n = copy(o, n, traitsStart, traitsEnd);
  o[n++] = ROW;
  out.length = n;
  if (identity !== undefined) {
    const c = identity;
    c.row(
      line,
      rowType === T_ALIAS,
      idCode(c, M_USER_ID),
      idCode(c, M_ANONYMOUS_ID),
      idCode(c, M_PREVIOUS_ID),
      tsMs,
      b,
      traitsStart,
      traitsEnd,
    );
  }
  return true;
}

/** The chunk's code of an id member, by the text its staged row holds (putMember). */
function idCode(c: ChunkIdentityCollector, k: number): number {
  if (!has(k)) return NO_ID;
  if ((decodedMask & (1 << k)) !== 0) return c.ids.idOfText(decoded[k]!);
  return c.ids.idOf(b, valueStart[k]!, valueEnd[k]!);
}

/** Writes the row of a line left to JavaScript: its number, not ok, and nothing else. */
export function uncertainRow(out: StagedRowsOutput, line: number): void {
  out.reserve(64 + 2 * STAGED_COLUMNS.length);
  const o = out.buffer;
  let n = writeInt(o, out.length, line);
  o[n++] = FIELD;
  o[n++] = 0x30;
  for (let c = 2; c < STAGED_COLUMNS.length; c++) {
    o[n++] = FIELD;
    o[n++] = NULL;
  }
  o[n++] = ROW;
  out.length = n;
}

function writeEmpty(o: Buffer, n: number): number {
  o[n] = 0x7b;
  o[n + 1] = 0x7d;
  return n + 2;
}

/** A member's text as `judge` took it (valueStart/End or decoded), or NULL when absent. */
function putMember(o: Buffer, n: number, k: number): number {
  if (!has(k)) {
    o[n] = NULL;
    return n + 1;
  }
  if ((decodedMask & (1 << k)) !== 0) return n + o.write(decoded[k]!, n, 'utf8');
  return copy(o, n, valueStart[k]!, valueEnd[k]!);
}

/** The memory input and output share, if they do, and where each starts in it. */
var whole: Uint8Array | undefined;
var inOffset = -1;
var outOffset = 0;
/** The output buffer these were worked out for (`.buffer` is too slow a getter to ask per row). */
var sharedFor: Buffer | undefined;

function shareMemory(o: Buffer): void {
  sharedFor = o;
  if (o.buffer === b.buffer) {
    if (whole?.buffer !== b.buffer) whole = new Uint8Array(b.buffer);
    inOffset = b.byteOffset;
    outOffset = o.byteOffset;
  } else inOffset = -1;
}

function copy(o: Buffer, n: number, s: number, e: number): number {
  if (e - s <= 16) {
    for (let i = s; i < e; i++) o[n++] = b[i]!;
    return n;
  }
  if (inOffset >= 0) whole!.copyWithin(outOffset + n, inOffset + s, inOffset + e);
  else o.set(b.subarray(s, e), n);
  return n + e - s;
}
