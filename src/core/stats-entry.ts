/**
 * One entry's part of the statistics: the few facts the numbers read (worked out once per
 * result, so a model after an edit touches only small records) and its timeline.
 */
import { dayOf, formatDate, formatTime, weekday } from './civil';
import type { Contact, Entry } from './entry';
import type { FileResult } from './journal';
import type { Plan } from './plan';
import type { Stamp, Timeline } from './stats-types';
import { CONTACT_KINDS, RULE_IDS, VIAS, type Diagnostic, type Minutes, type RuleId, type Status, type Urgency, type When } from './types';

/** What one entry adds to the numbers; nothing in it depends on the clock or on other entries. */
export interface EntryFacts {
  /** Whether the file is an entry at all (the others are left out of the model). */
  isEntry: boolean;
  status: Status;
  urgency: Urgency | undefined;
  /** The normalised company, '' for an entry whose front matter names none. */
  key: string;
  company: string;
  laterRound: boolean;
  offer: boolean;
  accepted: boolean;
  /** The interview's moment, if any. */
  interview: Minutes | undefined;
  /** Kept by `since` at or before this moment: the interview, else the latest contact. */
  keepT: number;
  /** Days from the interview to their first answer on or after its day. */
  answerDays: number | undefined;
  /** Unanswered and still open (counts as waiting once the interview is over). */
  waiting: boolean;
  /**
   * In one array (a model reads it for every entry): up to `rulesEnd` each diagnostic as rule
   * index × 3 + severity index; up to `sentEnd` each message sent as (kind index × VIAS + via
   * index) × 2 + answered (0 or 1); then the weeks of the interview and of each message as its
   * Monday's day number × 3 + the WEEK_* of what happened.
   */
  codes: number[];
  rulesEnd: number;
  sentEnd: number;
  timeline: { path: string; group: string; plan: Plan | undefined; timeline: Timeline } | undefined;
}

export const WEEK_INTERVIEW = 0;
export const WEEK_SENT = 1;
export const WEEK_RECEIVED = 2;

export const SEVERITIES = ['error', 'warning', 'information'] as const;

/** A round text that names a first contact rather than a later round. */
const FIRST_ROUND = /screen|^\s*(?:1|1st|first|one|intro\w*|initial|recruiter\w*)\s*(?:round|interview|call)?\s*$/i;

const KIND_INDEX = new Map(CONTACT_KINDS.map((k, i) => [k, i]));
const VIA_INDEX = new Map(VIAS.map((k, i) => [k, i]));
const RULE_INDEX = new Map(RULE_IDS.map((k, i) => [k, i]));
const SEVERITY_INDEX = new Map(SEVERITIES.map((k, i) => [k, i]));

/** Each moment's stamp, made once: a journal names the same few thousand moments over and over. */
const STAMPS = new Map<number, string>();

export function stamp(w: When): Stamp {
  const key = w.timed ? w.t * 2 + 1 : w.t * 2;
  let s = STAMPS.get(key);
  if (s === undefined) {
    s = w.timed ? `${formatDate(w.t)}T${formatTime(w.t)}` : formatDate(w.t);
    if (STAMPS.size >= 50_000) STAMPS.clear();
    STAMPS.set(key, s);
  }
  return s;
}

/** The day number of the Monday of a moment's week. */
export function mondayOf(t: Minutes): number {
  return dayOf(t) - ((weekday(t) + 6) % 7);
}

/** Whether they wrote after this contact of yours (a `from` contact later in time, or the same moment and listed after it). */
function answeredAfter(c: Contact, contacts: readonly Contact[]): boolean {
  for (const o of contacts) {
    if (o.dir !== 'from') continue;
    if (o.when.t > c.when.t || (o.when.t === c.when.t && o.index > c.index)) return true;
    // A date-only answer on the day of a timed message counts (we cannot tell the order).
    if (!o.when.timed && dayOf(o.when.t) === dayOf(c.when.t) && c.when.timed) return true;
  }
  return false;
}

/** Their earliest message on or after the given day. */
function firstAnswer(contacts: readonly Contact[], day: number): Contact | undefined {
  let best: Contact | undefined;
  for (const c of contacts) if (c.dir === 'from' && dayOf(c.when.t) >= day && (!best || c.when.t < best.when.t)) best = c;
  return best;
}

function ruleCodes(ds: readonly Diagnostic[]): number[] {
  const out: number[] = [];
  for (const d of ds) out.push(RULE_INDEX.get(d.rule)! * 3 + SEVERITY_INDEX.get(d.severity)!);
  return out;
}

/** The messages: weeks sent and received, and each sent one's kind, channel and whether answered. */
function messages(e: Entry, f: EntryFacts, p: { weeks: number[]; sent: number[] }): void {
  let latest = -Infinity;
  for (const c of e.contacts) {
    if (c.when.t > latest) latest = c.when.t;
    if (c.dir === 'from') {
      p.weeks.push(mondayOf(c.when.t) * 3 + WEEK_RECEIVED);
      if (c.kind === 'offer') f.offer = true;
      continue;
    }
    p.weeks.push(mondayOf(c.when.t) * 3 + WEEK_SENT);
    const answered = answeredAfter(c, e.contacts) ? 1 : 0;
    p.sent.push((KIND_INDEX.get(c.kind)! * VIAS.length + VIA_INDEX.get(c.via)!) * 2 + answered);
  }
  f.keepT = e.interview ? e.interview.t : latest;
}

export function factsOf(r: FileResult): EntryFacts {
  const e = r.entry;
  const parts = { weeks: [] as number[], sent: [] as number[] };
  const f: EntryFacts = {
    isEntry: e.isEntry,
    status: e.status,
    urgency: r.next?.urgency,
    key: e.companyKey,
    company: e.company,
    laterRound: e.round !== undefined && e.round.trim() !== '' && !FIRST_ROUND.test(e.round),
    offer: e.status === 'offer' || e.status === 'accepted',
    accepted: e.status === 'accepted',
    interview: undefined,
    keepT: -Infinity,
    answerDays: undefined,
    waiting: false,
    codes: ruleCodes(r.diagnostics),
    rulesEnd: 0,
    sentEnd: 0,
    timeline: undefined,
  };
  if (e.interview) {
    f.interview = e.interview.t;
    parts.weeks.push(mondayOf(e.interview.t) * 3 + WEEK_INTERVIEW);
    const day = dayOf(e.interview.t);
    const reply = firstAnswer(e.contacts, day);
    if (reply) f.answerDays = dayOf(reply.when.t) - day;
    else f.waiting = !e.closed;
  }
  messages(e, f, parts);
  f.rulesEnd = f.codes.length;
  for (const c of parts.sent) f.codes.push(c);
  f.sentEnd = f.codes.length;
  for (const c of parts.weeks) f.codes.push(c);
  return f;
}

function rulesOf(ds: readonly Diagnostic[]): RuleId[] {
  const out: RuleId[] = [];
  for (const d of ds) if (!out.includes(d.rule)) out.push(d.rule);
  return out;
}

/** An entry's timeline: its interview, contacts and the plan's windows. */
export function timelineOf(r: FileResult, p: Plan | undefined, path: string, group: string): Timeline {
  const e = r.entry;
  const t: Timeline = {
    path,
    group,
    line: e.keys.get('interview')?.firstLine ?? e.keys.get('company')?.firstLine ?? 0,
    company: e.company,
    role: e.role,
    round: e.round,
    status: e.status,
    urgency: r.next?.urgency,
    next: r.next?.text,
    interview: e.interview && stamp(e.interview),
    contacts: e.contacts.map((c) => ({ at: stamp(c.when), dir: c.dir, who: c.who, via: c.via, kind: c.kind })),
    windows: [],
    problems: rulesOf(r.diagnostics),
  };
  if (p) {
    for (const d of p.duties) {
      if (!d.earliest && !d.due) continue;
      // A closed entry asks nothing more: only what was done is drawn.
      if (e.closed && d.state !== 'done') continue;
      t.windows.push({ kind: d.kind, to: d.to, from: d.earliest && stamp(d.earliest), until: d.due && stamp(d.due), state: d.state });
    }
    if (p.thankYouDue) t.thankYouDue = stamp(p.thankYouDue);
    if (p.checkIn) t.checkIn = stamp(p.checkIn);
    if (p.nextCheckIn) t.nextCheckIn = stamp(p.nextCheckIn);
    if (p.moveOn) t.moveOn = stamp(p.moveOn);
  }
  return t;
}
