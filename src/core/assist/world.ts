/**
 * What the assistance reads besides the text under the cursor: the journal's clock, this file's
 * analysis and plan, and the other files of the same company. The same analysis every other
 * surface reads; nothing here parses a file.
 */
import { dayOf, formatDate, formatDay, formatTime, parseWhen } from '../civil';
import type { Entry } from '../entry';
import type { FileResult, Journal } from '../journal';
import type { Plan } from '../plan';
import { normalizeName } from '../text';
import type { Minutes, When } from '../types';
import { pathKey, shape, type LineInfo, type Seg } from './outline';

export interface World {
  path: string;
  /** The journal's clock (the `interviewJournal.today`/`now` settings, or the real one). */
  now: Minutes;
  /** This file's analysis, when the journal has it (it may lag the text by a keystroke). */
  result?: FileResult;
  plan(): Plan | undefined;
  /** The entries of a company by normalised name, this file's included. */
  entriesOf(companyKey: string): readonly Entry[];
  companies(): readonly string[];
}

export function worldOf(journal: Journal, path: string): World {
  let plan: Plan | undefined | null = null;
  return {
    path,
    now: journal.now(),
    result: journal.result(path),
    plan: () => (plan === null ? (plan = journal.plan(path)) : plan),
    entriesOf: (k) => journal.entriesOf(k),
    companies: () => journal.companies(),
  };
}

/** A person named in the front matter, read from the text (works on broken YAML). */
export interface Mention {
  name: string;
  key: string;
  role: 'interviewer' | 'recruiter' | 'contact';
  seg: Seg;
}

/** Every person named in a front matter: interviewers, the recruiter, and contacts' to/from. */
export function mentions(infos: readonly LineInfo[]): Mention[] {
  const out: Mention[] = [];
  for (const li of infos) {
    for (const s of li.segs) {
      if (s.flow || !s.value) continue;
      const sh = shape(s.path);
      let role: Mention['role'] | undefined;
      if (sh === 'interviewers/#' && (s.item || s.key === 'name')) role = 'interviewer';
      else if (sh === 'recruiter' && s.key === 'name') role = 'recruiter';
      else if (sh === 'contacts/#' && (s.key === 'to' || s.key === 'from')) role = 'contact';
      if (role) out.push({ name: s.value, key: normalizeName(s.value), role, seg: s });
    }
  }
  return out;
}

/** The value of a top-level key, read from the text. */
export function topValue(infos: readonly LineInfo[], key: string): Seg | undefined {
  for (const li of infos) for (const s of li.segs) if (s.key === key && s.path.length === 0) return s;
  return undefined;
}

export function whenOf(s: Seg | undefined): When | undefined {
  if (!s || !s.value) return undefined;
  const p = parseWhen(s.value);
  return p.ok ? p.when : undefined;
}

/** The segments of the item `path` (a contact, an interviewer map). */
export function itemSegs(infos: readonly LineInfo[], path: readonly string[]): Seg[] {
  const k = pathKey(path);
  const out: Seg[] = [];
  for (const li of infos) for (const s of li.segs) if (pathKey(s.path) === k) out.push(s);
  return out;
}

const WEEKDAY = /^(\w{3}) (\d+) (\w{3}) (\d{4})$/;

/** `Sat 21 Nov 15:30`, with the year when it is not the clock's. */
export function shortWhen(w: When, now: Minutes): string {
  const m = WEEKDAY.exec(formatDay(w.t));
  const sameYear = formatDate(w.t).slice(0, 4) === formatDate(now).slice(0, 4);
  const day = m ? `${m[1]} ${m[2]} ${m[3]}${sameYear ? '' : ` ${m[4]}`}` : formatDay(w.t);
  return w.timed ? `${day} ${formatTime(w.t)}` : day;
}

/** "today", "in 3 days", "2 days ago", "tomorrow", "yesterday". */
export function distance(t: Minutes, now: Minutes): string {
  const d = dayOf(t) - dayOf(now);
  if (d === 0) return 'today';
  if (d === 1) return 'tomorrow';
  if (d === -1) return 'yesterday';
  return d > 0 ? `in ${d} days` : `${-d} days ago`;
}
