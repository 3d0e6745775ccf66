/**
 * The fast YAML reader's scalars and keys. Scalars are typed by js-yaml's own CORE schema
 * resolvers (the same functions, in the same order), so `true`, `~`, `0x1F` and `1e3` mean what
 * they mean to js-yaml.
 */
import { CORE_SCHEMA } from 'js-yaml';
import { own } from './text';

export interface ImplicitType {
  resolve(data: string): boolean;
  construct(data: string): unknown;
}

/** js-yaml's implicit resolvers for the CORE schema (null, bool, int, float), as its loader uses them. */
export const IMPLICIT: readonly ImplicitType[] | undefined = (() => {
  const list = (CORE_SCHEMA as unknown as { compiledImplicit?: ImplicitType[] }).compiledImplicit;
  return Array.isArray(list) && list.length > 0 && list.every((t) => typeof t.resolve === 'function' && typeof t.construct === 'function') ? list : undefined;
})();

/** Thrown (and caught in fastYaml) when the text needs js-yaml. */
class GiveUp {}
export const GIVE_UP = new GiveUp();

/** Characters other than printable ASCII and line feeds: those need a closer look. */
export const NOT_SIMPLE = /[^\x20-\x7e\n]/;
/** js-yaml's non-printable characters, plus what this reader leaves to it: tab, CR, BOM, NEL, LS, PS. */
// eslint-disable-next-line no-control-regex
export const REFUSED = /[\x00-\x09\x0B-\x1F\x7F-\x9F\uFEFF\uFFFE\uFFFF\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/** From lastIndex, everything up to the next ":", "#" or line feed (test() then leaves lastIndex there). */
export const PLAIN_STOP = /[^:#\n]*/y;

export const SPACE = 32;
export const LF = 10;
export const HASH = 35;
export const DASH = 45;
export const COLON = 58;
export const DQUOTE = 34;
export const SQUOTE = 39;
export const LBRACKET = 91;
export const LBRACE = 123;

/** A simple key: a word, dashes and underscores inside. */
export function isKeyStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
export function isKeyChar(c: number): boolean {
  return isKeyStart(c) || (c >= 48 && c <= 57) || c === DASH;
}

/** A character that may start a plain scalar here (YAML indicators and quotes may not). */
export function isPlainStart(c: number): boolean {
  // - ? : , [ ] { } # & * ! | > ' " % @ `
  switch (c) {
    case 45:
    case 63:
    case 58:
    case 44:
    case 91:
    case 93:
    case 123:
    case 125:
    case 35:
    case 38:
    case 42:
    case 33:
    case 124:
    case 62:
    case 39:
    case 34:
    case 37:
    case 64:
    case 96:
      return false;
    default:
      return c > SPACE;
  }
}

/** The value of a plain scalar, typed as js-yaml's CORE schema types it. */
export function resolvePlain(s: string, implicit: readonly ImplicitType[]): unknown {
  const c = s.charCodeAt(0);
  // int and float start with a sign, a digit or a dot; null and bool words that start with a
  // letter are null, true, false in three casings: 4 or 5 letters, starting with n, t or f.
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
    const l = c | 32;
    if ((l !== 110 && l !== 116 && l !== 102) || (s.length !== 4 && s.length !== 5)) return s;
  }
  for (const t of implicit) if (t.resolve(s)) return t.construct(s);
  return s;
}

/** A key read before: its text (used as a property name) and its value (as resolvePlain types it). */
interface KnownKey {
  text: string;
  value: unknown;
}
/**
 * Keys read before, by a hash of their length and a few characters: journal front matter uses
 * the same few dozen keys in every entry, and a key found here needs no new string (which V8
 * would hash and look up again to store the property), no resolvePlain and no check.
 */
const KEY_CACHE_SIZE = 512;
const keyCache: (KnownKey | undefined)[] = new Array<KnownKey | undefined>(KEY_CACHE_SIZE).fill(undefined);

/** The simple key text[at, end), as a string, and its value; refused keys give up. */
export function readKey(t: string, at: number, end: number, implicit: readonly ImplicitType[]): KnownKey {
  const n = end - at;
  const h = (n * 31 + t.charCodeAt(at) * 7 + t.charCodeAt(end - 1) * 3 + t.charCodeAt(at + (n >> 1))) & (KEY_CACHE_SIZE - 1);
  const known = keyCache[h];
  if (known !== undefined) {
    const k = known.text;
    if (k.length === n) {
      let i = 0;
      while (i < n && k.charCodeAt(i) === t.charCodeAt(at + i)) i++;
      if (i === n) return known;
    }
  }
  const text = t.slice(at, end);
  if (text === '__proto__') throw GIVE_UP;
  const value = resolvePlain(text, implicit);
  // js-yaml stores the key as the string of its value: the same text, for a key that is a word.
  if (String(value) !== text) throw GIVE_UP;
  // Cached: a copy, not a slice that would keep this whole text alive (V8 slices strings of 13
  // characters or more).
  const key: KnownKey = { text: own(text), value };
  keyCache[h] = key;
  return key;
}
