/** Compact storage of entries: strings and moments shared between entries, contacts and key spans kept as offsets. */
import { civil, daysInMonth } from './civil';
import type { LineIndex } from './text';
import { own } from './text';
import type { ContactKind, Range, Via, When } from './types';
import type { YamlNode } from './yaml';
import type { Contact, Entry, KeySpan } from './entry';

/**
 * One string per value kept from the front matter, shared by every entry (no entry changes a
 * string): a journal's entries name the same companies, roles, rounds, people and tags over and
 * over. Each is an owned copy (see own). Cleared when it grows large, as WHENS.
 */
export const STRINGS = new Map<string, string>();
export function shared(s: string): string;
export function shared(s: string | undefined): string | undefined;
export function shared(s: string | undefined): string | undefined {
  if (s === undefined) return s;
  const known = STRINGS.get(s);
  if (known !== undefined) return known;
  if (STRINGS.size >= 100_000) STRINGS.clear();
  const o = own(s);
  STRINGS.set(o, o);
  return o;
}

/**
 * Every string the entry keeps from the front matter, as shared owned copies (see shared).
 * `lean`: not the contacts' notes, which releaseEntryText drops.
 */
export function detachStrings(e: Entry, lean: boolean): void {
  e.company = shared(e.company);
  e.companyKey = shared(e.companyKey);
  e.role = shared(e.role);
  e.round = shared(e.round);
  for (const p of e.interviewers) {
    p.name = shared(p.name);
    p.key = shared(p.key);
    p.title = shared(p.title);
    p.email = shared(p.email);
  }
  const r = e.recruiter;
  if (r) {
    r.name = shared(r.name);
    r.key = shared(r.key);
    r.agency = shared(r.agency);
    r.email = shared(r.email);
    r.phone = shared(r.phone);
  }
  for (const c of e.contacts) {
    c.who = shared(c.who);
    c.whoKey = shared(c.whoKey);
    if (!lean) c.note = own(c.note);
  }
  for (let i = 0; i < e.tags.length; i++) e.tags[i] = shared(e.tags[i]);
  if (e.ignore.size > 0) e.ignore = new Set([...e.ignore].map((x) => shared(x)));
  for (const d of e.problems) {
    d.message = own(d.message);
    const f = d.fix;
    if (f?.kind === 'log-contact') f.to = own(f.to);
    else if (f?.kind === 'insert-key') {
      f.key = own(f.key);
      f.placeholder = own(f.placeholder);
    } else if (f?.kind === 'rename-key') {
      f.from = own(f.from);
      f.to = own(f.to);
    }
  }
  // The keys of e.keys are owned already (see Validator.run).
}

/**
 * One When object per moment, shared by every entry (nothing changes a When once made): the
 * contacts of a journal fall on a few hundred days, 60,000 objects become a few hundred. Cleared
 * when it grows large, so a long session does not keep every moment it ever read.
 */
export const WHENS = new Map<number, When>();
export function sharedWhen(w: When): When {
  const key = w.t * 2 + (w.timed ? 1 : 0);
  const known = WHENS.get(key);
  if (known && known.t === w.t && known.timed === w.timed) return known;
  if (WHENS.size >= 100_000) WHENS.clear();
  WHENS.set(key, w);
  return w;
}

/**
 * The When read from each date text seen (a journal's dates fall on a few hundred days): each
 * text is parsed once. Only texts that are dates; the keys are owned copies (see own). Cleared
 * when it grows large, as WHENS.
 */
export const WHEN_OF_TEXT = new Map<string, When>();

/** The moments of `YYYY-MM-DD` and `YYYY-MM-DD HH:mm` texts, by a number made of their digits. */
const WHEN_OF_DIGITS = new Map<number, When>();

/** The digit at `i` (0-9), or -1. */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * The When of a date text in its usual forms, `YYYY-MM-DD` or `YYYY-MM-DD HH:mm` (or `T`), read
 * from its digits: no string hashed, no regular expression. Undefined for anything else
 * (another form, or a day or time that does not exist): parseWhen reads it then, and reports.
 * The same When as parseWhen's (test/unit/dates.test.ts).
 */
export function usualWhen(s: string): When | undefined {
  const n = s.length;
  if ((n !== 10 && n !== 16) || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const mo = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  if (Math.min(digit(s, 0), digit(s, 1), digit(s, 2), digit(s, 3), digit(s, 5), digit(s, 6), digit(s, 8), digit(s, 9)) < 0) return undefined;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  let minute = -1;
  if (n === 16) {
    const sep = s.charCodeAt(10);
    if ((sep !== 32 && sep !== 84 && sep !== 116) || s.charCodeAt(13) !== 58) return undefined;
    const h = digit(s, 11) * 10 + digit(s, 12);
    const mi = digit(s, 14) * 10 + digit(s, 15);
    if (Math.min(digit(s, 11), digit(s, 12), digit(s, 14), digit(s, 15)) < 0 || h > 23 || mi > 59) return undefined;
    minute = h * 60 + mi;
  }
  const key = ((y * 13 + mo) * 32 + d) * 1441 + minute + 1;
  let when = WHEN_OF_DIGITS.get(key);
  if (when === undefined) {
    when = sharedWhen(minute < 0 ? { t: civil(y, mo, d), timed: false } : { t: civil(y, mo, d, Math.floor(minute / 60), minute % 60), timed: true });
    if (WHEN_OF_DIGITS.size >= 100_000) WHEN_OF_DIGITS.clear();
    WHEN_OF_DIGITS.set(key, when);
  }
  return when;
}

/**
 * A contact whose five ranges are kept as offsets and made when read (most never are): much
 * smaller than five lazy ranges. Same values as a plain Contact; the ranges are new objects on
 * each read.
 */
export class ContactItem implements Contact {
  private readonly s0: number;
  private readonly e0: number;
  private readonly s1: number;
  private readonly e1: number;
  private readonly s2: number;
  private readonly e2: number;
  private readonly s3: number;
  private readonly e3: number;
  private readonly s4: number;
  private readonly e4: number;

  constructor(
    public index: number,
    public when: When,
    public dir: 'to' | 'from',
    public who: string,
    public whoKey: string,
    public via: Via,
    public kind: ContactKind,
    public note: string | undefined,
    private readonly lines: LineIndex,
    base: number,
    itemNode: YamlNode,
    dateNode: YamlNode,
    whoNode: YamlNode,
    viaNode: YamlNode,
    kindNode: YamlNode,
  ) {
    this.s0 = base + itemNode.start;
    this.e0 = base + itemNode.end;
    this.s1 = base + dateNode.start;
    this.e1 = base + dateNode.end;
    this.s2 = base + whoNode.start;
    this.e2 = base + whoNode.end;
    this.s3 = base + viaNode.start;
    this.e3 = base + viaNode.end;
    this.s4 = base + kindNode.start;
    this.e4 = base + kindNode.end;
  }

  get range(): Range {
    return this.lines.lazyRange(this.s0, this.e0);
  }
  get dateRange(): Range {
    return this.lines.lazyRange(this.s1, this.e1);
  }
  get whoRange(): Range {
    return this.lines.lazyRange(this.s2, this.e2);
  }
  get viaRange(): Range {
    return this.lines.lazyRange(this.s3, this.e3);
  }
  get kindRange(): Range {
    return this.lines.lazyRange(this.s4, this.e4);
  }
}

/** A KeySpan whose two ranges are kept as offsets and made when read (as ContactItem). */
export class KeySpanItem implements KeySpan {
  constructor(
    private readonly lines: LineIndex,
    private readonly ks: number,
    private readonly ke: number,
    private readonly vs: number,
    private readonly ve: number,
    public firstLine: number,
    public lastLine: number,
  ) {}

  get key(): Range {
    return this.lines.lazyRange(this.ks, this.ke);
  }
  get value(): Range {
    return this.lines.lazyRange(this.vs, this.ve);
  }
}
