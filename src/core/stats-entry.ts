/**
 * One entry's part of the statistics: the few facts the numbers read and its timeline. What the
 * entry's file alone decides is worked out once per parse (StatsCache keeps it while the parse
 * is the same: a minute passing makes a new result for every entry, not a new parse); what the
 * analysis adds (the next step's urgency, the problems) once per result. A model then touches
 * small records, not the entries.
 */
import { dayOf, formatDate, formatTime, weekday } from './civil';
import type { Entry } from './entry';
import type { FileResult } from './journal';
import type { Plan } from './plan';
import type { Stamp, Timeline, TimelineContact } from './stats-types';
import { kindIndexOf, OFFER_KIND, PACKED_FROM, PACKED_TIMED, packProblems, viaIndexOf } from './packed';
import { RULE_IDS, VIAS, type Minutes, type RuleId, type Status, type Urgency, type When } from './types';

/** What one entry's file adds to the numbers; nothing in it depends on the clock, the settings or other entries. */
export interface EntryFacts {
  /** Whether the file is an entry at all (the others are left out of the model). */
  isEntry: boolean;
  status: Status;
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
   * In one array (a model reads it for every entry): up to `sentEnd` each message sent as (kind
   * index × VIAS + via index) × 2 + answered (0 or 1); then the weeks of the interview and of
   * each message as its Monday's day number × 3 + the WEEK_* of what happened.
   */
  codes: number[];
  sentEnd: number;
  /** The timeline's contacts, made with the first timeline that asks for them. */
  contacts: TimelineContact[] | undefined;
}

/** What one result adds: its entry's facts, and what the analysis says of it now. */
export interface ResultFacts {
  result: FileResult;
  entry: EntryFacts;
  urgency: Urgency | undefined;
  /** Each diagnostic as rule index × 3 + severity index (FileResult.problemCodes). */
  rules: readonly number[];
  timeline: { path: string; group: string; plan: Plan | undefined; timeline: Timeline } | undefined;
}

export const WEEK_INTERVIEW = 0;
export const WEEK_SENT = 1;
export const WEEK_RECEIVED = 2;

export { SEVERITIES } from './packed';

/** A round text that names a first contact rather than a later round. */
const FIRST_ROUND = /screen|^\s*(?:1|1st|first|one|intro\w*|initial|recruiter\w*)\s*(?:round|interview|call)?\s*$/i;

/** Each moment's stamp, made once: a journal names the same few thousand moments over and over. */
const STAMPS = new Map<number, string>();

/** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm` for a moment with a time. */
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

/**
 * What their messages tell of one entry: whether a message of yours is answered (they wrote
 * later: a `from` contact later in time, or at the same moment and listed after it; or on its
 * day without a time when it has one, as we cannot tell the order), so their latest message (the
 * last listed at its moment) and the days of their date-only ones are enough; their first answer
 * on or after the interview's day; and your latest contact of any kind. One record, reused: it is
 * read before the next entry's. The contacts are read packed (Entry.contactCodes: sorted by
 * moment, then as listed), so a position orders two contacts at the same moment.
 */
const theirs = { latest: -Infinity, fromT: -Infinity, fromAt: -1, replyT: Infinity, from: 0, untimedDays: undefined as number[] | undefined, offer: false };

function readTheirs(packed: readonly number[], day: number | undefined): typeof theirs {
  // Locals in the loop, the record written once: faster than its properties in the loop.
  let latest = -Infinity;
  let fromT = -Infinity;
  let fromAt = -1;
  let replyT = Infinity;
  let from = 0;
  let untimedDays: number[] | undefined;
  let offer = false;
  for (let i = 0; i < packed.length; i += 2) {
    const t = packed[i];
    const flags = packed[i + 1];
    if (t > latest) latest = t;
    if (!(flags & PACKED_FROM)) continue;
    from++;
    if (t >= fromT) {
      fromT = t;
      fromAt = i;
    }
    if (!(flags & PACKED_TIMED)) (untimedDays ??= []).push(dayOf(t));
    if (kindIndexOf(flags) === OFFER_KIND) offer = true;
    if (day !== undefined && t < replyT && dayOf(t) >= day) replyT = t;
  }
  const o = theirs;
  o.latest = latest;
  o.fromT = fromT;
  o.fromAt = fromAt;
  o.replyT = replyT;
  o.from = from;
  o.untimedDays = untimedDays;
  o.offer = offer;
  return o;
}

/**
 * The codes of EntryFacts: each message sent, then the week of the interview and of each message
 * (from `sentEnd` on), in one pass over the contacts.
 */
function codesOf(e: Entry, o: typeof theirs, sentEnd: number): number[] {
  const packed = e.contactCodes;
  const codes = new Array<number>(sentEnd + (e.interview ? 1 : 0) + packed.length / 2);
  let sent = 0;
  let week = sentEnd;
  if (e.interview) codes[week++] = mondayOf(e.interview.t) * 3 + WEEK_INTERVIEW;
  for (let i = 0; i < packed.length; i += 2) {
    const t = packed[i];
    const flags = packed[i + 1];
    if (flags & PACKED_FROM) {
      codes[week++] = mondayOf(t) * 3 + WEEK_RECEIVED;
      continue;
    }
    codes[week++] = mondayOf(t) * 3 + WEEK_SENT;
    const answered = o.fromT > t || (o.fromT === t && o.fromAt > i) || ((flags & PACKED_TIMED) !== 0 && o.untimedDays !== undefined && o.untimedDays.includes(dayOf(t)));
    codes[sent++] = (kindIndexOf(flags) * VIAS.length + viaIndexOf(flags)) * 2 + (answered ? 1 : 0);
  }
  return codes;
}

/** One entry's facts, in two passes over its contacts. */
export function entryFactsOf(e: Entry): EntryFacts {
  const interview = e.interview;
  const day = interview ? dayOf(interview.t) : undefined;
  const o = readTheirs(e.contactCodes, day);
  const sentEnd = e.contactCodes.length / 2 - o.from;
  const answerDays = day !== undefined && o.replyT !== Infinity ? dayOf(o.replyT) - day : undefined;
  return {
    isEntry: e.isEntry,
    status: e.status,
    key: e.companyKey,
    company: e.company,
    laterRound: e.round !== undefined && e.round.trim() !== '' && !FIRST_ROUND.test(e.round),
    offer: o.offer || e.status === 'offer' || e.status === 'accepted',
    accepted: e.status === 'accepted',
    interview: interview?.t,
    keepT: interview ? interview.t : o.latest,
    answerDays,
    waiting: interview !== undefined && answerDays === undefined && !e.closed,
    codes: codesOf(e, o, sentEnd),
    sentEnd,
    contacts: undefined,
  };
}

/** One result's facts, with its entry's (from `entryFactsOf`, kept by the caller). */
export function factsOf(r: FileResult, entry: EntryFacts = entryFactsOf(r.entry)): ResultFacts {
  return { result: r, entry, urgency: r.next?.urgency, rules: r.problemCodes ?? packProblems(r.diagnostics), timeline: undefined };
}

/** The rules of the problems, once each, in the order of the problems. */
function rulesOf(f: ResultFacts): RuleId[] {
  const out: RuleId[] = [];
  for (const code of f.rules) {
    const rule = RULE_IDS[Math.floor(code / 3)];
    if (!out.includes(rule)) out.push(rule);
  }
  return out;
}

/** The timeline's contacts of an entry: made once per parse. */
function contactsOf(e: Entry, f: EntryFacts): TimelineContact[] {
  return (f.contacts ??= e.contacts.map((c) => ({ at: stamp(c.when), dir: c.dir, who: c.who, via: c.via, kind: c.kind })));
}

/** An entry's timeline: its interview, contacts and the plan's windows. */
export function timelineOf(r: FileResult, f: ResultFacts, p: Plan | undefined, path: string, group: string): Timeline {
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
    contacts: contactsOf(e, f.entry),
    windows: [],
    problems: rulesOf(f),
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
