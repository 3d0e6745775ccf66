/** What the reader knows of keys and values: the key tables, the constants, how a value is quoted in a message. */
import { CONTACT_KINDS, STATUSES, VIAS } from './types';
import type { YamlNode } from './yaml';

export const TOP_KEYS = [
  'company',
  'role',
  'interview',
  'round',
  'status',
  'interviewers',
  'recruiter',
  'decision_by',
  'no_follow_up',
  'promised',
  'offer_deadline',
  'contacts',
  'ignore',
  'tags',
] as const;
export const INTERVIEWER_KEYS = ['name', 'title', 'email', 'phone_ok', 'linkedin_ok'];
export const RECRUITER_KEYS = ['name', 'agency', 'email', 'phone'];
export const CONTACT_KEYS = ['date', 'to', 'from', 'via', 'kind', 'note'];
export const PROMISED_KEYS = ['by', 'via'];

/** Each top-level key, to its constant: the keys of `Entry.keys` are never slices of the loader's input (see own). */
export const TOP_KEY_NAMES = new Map<string, string>(TOP_KEYS.map((k) => [k, k]));

/** Keys only a journal entry has: a front matter with three of them and a misspelled company is an entry with a problem, not a note. */
export const ENTRY_KEYS = ['role', 'interview', 'interviewers', 'contacts', 'decision_by', 'recruiter', 'promised', 'no_follow_up', 'offer_deadline'];
export function mostlyJournalKeys(data: Record<string, unknown>): boolean {
  let n = 0;
  for (const k of ENTRY_KEYS) if (Object.prototype.hasOwnProperty.call(data, k) && ++n >= 3) return true;
  return false;
}

/** The key names of a mapping's kids ([key0, value0, key1, value1, ...]). */
export function keyNames(kids: YamlNode[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < kids.length; i += 2) out.add(keyName(kids[i]));
  return out;
}

/** The constants of a list of names, by name (exactly as written: trimmed and lower-case). */
export function constants<T extends string>(xs: readonly T[]): Map<string, T> {
  return new Map(xs.map((x) => [x, x]));
}
export const VIA_NAMES = constants(VIAS);
export const KIND_NAMES = constants(CONTACT_KINDS);
export const STATUS_NAMES = constants(STATUSES);

/** The list's constant for a value, trimmed and lower-cased; undefined when it names none. */
export function constantOf<T extends string>(names: Map<string, T>, v: unknown): T | undefined {
  if (typeof v !== 'string') return undefined;
  // Most values are written exactly as the constant: no new trimmed and lower-cased string.
  return names.get(v) ?? names.get(v.trim().toLowerCase());
}

export type Pair = { key: YamlNode; value: YamlNode };

/** A mapping key as text (a key `1` or `true` is read as "1" or "true"). */
export function keyName(k: YamlNode): string {
  const v = k.value;
  return typeof v === 'string' ? v : String(v);
}

export function pathSegments(path: string): string[] {
  return path.split(/[\\/]+/);
}

/** A file lies under a folder named `interviews`. */
export function underInterviewsFolder(path: string): boolean {
  const segs = pathSegments(path);
  return segs.slice(0, -1).some((s) => s === 'interviews');
}

// `company =` too: TOML front matter names the key that way.
export const LOOKS_LIKE_ENTRY = /(?:^|[\s{,"'])company["']?\s*[:=]/m;

/** The node a contact's field range covers: its value, or its key when the value is empty. */
export function at(pair: Pair): YamlNode {
  return pair.value.end > pair.value.start ? pair.value : pair.key;
}


/** A value as quoted in a message: scalars as written, a list or map only named (an alias bomb must not be printed). */
export function shown(v: unknown): string {
  return typeof v === 'object' && v !== null ? describe(v) : typeof v === 'string' ? JSON.stringify(clip(v)) : JSON.stringify(v);
}

/** Text quoted in a message, cut short: a 1 MB value must not become a 1 MB message. */
export function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

export function describe(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  if (typeof v === 'boolean') return `${v}`;
  if (typeof v === 'number') return `the number ${v}`;
  return JSON.stringify(typeof v === 'string' ? clip(v) : v);
}
