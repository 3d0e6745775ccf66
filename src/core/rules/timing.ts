/** How often and how soon: follow-ups too early, too many, too frequent, and after being asked not to. */
import { dayOf, formatDay, startOfDayNumber } from '../civil';
import type { Contact, Entry } from '../entry';
import { checkInDate, FOLLOW_UP_KINDS, lastFrom, unansweredFollowUps } from '../schedule';
import type { Settings } from '../settings';
import type { ContactKind, Diagnostic, RuleId, Via } from '../types';
import { diag, type RuleContext, type RuleFamily } from './context';
import { plural } from './duties';

const KIND_WORDS: Partial<Record<ContactKind, string>> = {
  'thank-you': 'thank-you',
  'check-in': 'check-in',
  'update-request': 'update request',
  informational: 'informational',
  debrief: 'debrief',
  reply: 'reply',
};

const VIA_WORDS: Record<Via, string> = {
  email: 'email',
  phone: 'call',
  voicemail: 'voicemail',
  letter: 'letter',
  linkedin: 'LinkedIn message',
  text: 'text message',
  video: 'video call',
  'in-person': 'visit',
};

/** `check-in email to Jason Lee`, `call to Dana Smith`. */
export function describeContact(c: Contact): string {
  const kind = KIND_WORDS[c.kind];
  return `${kind ? `${kind} ` : ''}${VIA_WORDS[c.via]} to ${c.who}`;
}

/** `a check-in email to ...`, `an update request email to ...`. */
export function aContact(c: Contact): string {
  const d = describeContact(c);
  return `${/^[aeiou]/i.test(d) ? 'an' : 'a'} ${d}`;
}

/** The file name of a path (either separator). */
export function fileName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/**
 * The contact is after the interview: on a later day, or on the same day and not before the
 * interview's time when both carry one. False when the interview date is unknown.
 */
export function afterInterview(e: Entry, c: Contact): boolean {
  if (!e.interview) return false;
  const d = dayOf(c.when.t);
  const i = dayOf(e.interview.t);
  if (d !== i) return d > i;
  return !(c.when.timed && e.interview.timed) || c.when.t >= e.interview.t;
}

/**
 * Which `to` contacts of an entry answer a `from` contact: one of theirs on the same day (at or
 * before yours, when both carry a time) or on the previous day. Built once per entry in O(n).
 */
export function answerTest(e: Entry): (c: Contact) => boolean {
  // Per day with a `from` contact: the earliest timed one, and whether a date-only one exists.
  const days = new Map<number, { minTimed: number; dateOnly: boolean }>();
  for (const f of e.contacts) {
    if (f.dir !== 'from') continue;
    const d = dayOf(f.when.t);
    const slot = days.get(d) ?? { minTimed: Infinity, dateOnly: false };
    if (f.when.timed) slot.minTimed = Math.min(slot.minTimed, f.when.t);
    else slot.dateOnly = true;
    days.set(d, slot);
  }
  return (c) => {
    if (c.dir !== 'to') return false;
    const d = dayOf(c.when.t);
    if (days.has(d - 1)) return true;
    const same = days.get(d);
    if (!same) return false;
    return same.dateOnly || !c.when.timed || same.minTimed <= c.when.t;
  };
}

/** Why the check-in date is what it is, for messages. */
function checkInBasis(e: Entry, s: Settings): string {
  if (e.recruiter) return `${plural(s.recruiterSilenceDays, 'day')} after the interview, through the recruiter ${e.recruiter.name}`;
  if (e.decisionBy) return `${plural(s.checkInDaysAfterDecision, 'day')} after their decision date of ${formatDay(e.decisionBy.t)}`;
  return `${plural(s.checkInDaysWithoutDecision, 'day')} after the interview, as no decision date is known`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function followUpTooEarly(e: Entry, ctx: RuleContext, out: Diagnostic[]): void {
  const base = checkInDate(e, ctx.settings);
  if (!base || !e.interview) return;
  const baseDay = dayOf(base.t);
  const promisedDay = e.promised ? dayOf(e.promised.by.t) : undefined;
  let heardBack = false;
  for (const c of e.contacts) {
    if (c.dir === 'from') {
      if (afterInterview(e, c)) heardBack = true;
      continue;
    }
    // A check-in before the interview (asking about the schedule) is not a follow-up to it.
    if (!FOLLOW_UP_KINDS.has(c.kind) || heardBack || !afterInterview(e, c)) continue;
    const day = dayOf(c.when.t);
    if (day >= baseDay) continue;
    if (promisedDay !== undefined && promisedDay <= day) continue;
    out.push(
      diag(
        'follow-up-too-early',
        `${capitalize(describeContact(c))} on ${formatDay(c.when.t)} came too early: the first check-in is due on ${formatDay(base.t)}, ${checkInBasis(e, ctx.settings)}. Give them time to decide: wait for that date before contacting them again.`,
        c.range,
      ),
    );
  }
}

function tooManyFollowUps(e: Entry, ctx: RuleContext, out: Diagnostic[]): void {
  const max = ctx.settings.maxUnansweredFollowUps;
  const pending = unansweredFollowUps(e);
  if (pending.length <= max) return;
  const from = lastFrom(e);
  const since = from ? `their last message on ${formatDay(from.when.t)}` : 'the interview';
  const company = e.company || 'this company';
  for (let i = max; i < pending.length; i++) {
    const c = pending[i];
    out.push(
      diag(
        'too-many-follow-ups',
        `${capitalize(describeContact(c))} on ${formatDay(c.when.t)} is follow-up ${i + 1} without an answer since ${since}; more than ${max} looks desperate. Stop following up with ${company} and move on: the ball is in their court.`,
        c.range,
      ),
    );
  }
}

interface Sent {
  entry: Entry;
  c: Contact;
}

/**
 * The `to` contacts of a company's entries that pass the filter and do not answer one of their
 * messages, in time order (ties: file path, then position in the file).
 */
function companyContacts(entries: readonly Entry[], keep: (c: Contact) => boolean): Sent[] {
  const sent: Sent[] = [];
  for (const entry of entries) {
    const answers = answerTest(entry);
    for (const c of entry.contacts) if (c.dir === 'to' && keep(c) && !answers(c)) sent.push({ entry, c });
  }
  sent.sort(
    (a, b) =>
      a.c.when.t - b.c.when.t ||
      (a.entry.path < b.entry.path ? -1 : a.entry.path > b.entry.path ? 1 : 0) ||
      a.c.index - b.c.index,
  );
  return sent;
}

/** The filters of the two spacing rules (one function each: they key companyContactsOf's cache). */
const NOT_THANK_YOU = (c: Contact): boolean => c.kind !== 'thank-you';
const INFORMATIONAL = (c: Contact): boolean => c.kind === 'informational';

/**
 * companyContacts of a company's entries, per filter, worked out once for all its entries: the
 * Journal gives each entry of a company the same sameCompany array, never changed once given
 * (RuleContext), and entries are not changed once parsed.
 */
const sentOf = new WeakMap<readonly Entry[], Map<(c: Contact) => boolean, Sent[]>>();
function companyContactsOf(entries: readonly Entry[], keep: (c: Contact) => boolean): Sent[] {
  let byFilter = sentOf.get(entries);
  if (!byFilter) sentOf.set(entries, (byFilter = new Map()));
  let sent = byFilter.get(keep);
  if (!sent) byFilter.set(keep, (sent = companyContacts(entries, keep)));
  return sent;
}

/**
 * Warns on each contact of this entry that came less than `minDays` calendar days after the
 * previous one to the same company (any of its files). O(n log n) in the company's contacts,
 * once per company (see companyContactsOf).
 */
function spacing(
  e: Entry,
  ctx: RuleContext,
  out: Diagnostic[],
  rule: RuleId,
  keep: (c: Contact) => boolean,
  minDays: number,
  what: string,
  again: string,
): void {
  const sent = ctx.sameCompany.includes(e) ? companyContactsOf(ctx.sameCompany, keep) : companyContacts([...ctx.sameCompany, e], keep);
  const company = e.company || 'this company';
  for (let i = 1; i < sent.length; i++) {
    const { entry, c } = sent[i];
    if (entry !== e) continue;
    const prev = sent[i - 1];
    const gap = dayOf(c.when.t) - dayOf(prev.c.when.t);
    if (gap >= minDays) continue;
    const where = prev.entry === e ? '' : ` (in ${fileName(prev.entry.path)})`;
    const when = gap === 0 ? 'the same day as' : `${plural(gap, 'day')} after`;
    const nextOk = formatDay(startOfDayNumber(dayOf(c.when.t) + Math.ceil(minDays)));
    out.push(
      diag(
        rule,
        `${capitalize(describeContact(c))} on ${formatDay(c.when.t)} came ${when} your ${describeContact(prev.c)} on ${formatDay(prev.c.when.t)}${where}: leave at least ${plural(minDays, 'day')} between ${what} to ${company}. ${again} ${nextOk}.`,
        c.range,
      ),
    );
  }
}

function askedNotToFollowUp(e: Entry, out: Diagnostic[]): void {
  if (!e.noFollowUp || !e.interview) return;
  const answers = answerTest(e);
  for (const c of e.contacts) {
    if (c.dir !== 'to' || c.kind === 'thank-you' || !afterInterview(e, c) || answers(c)) continue;
    out.push(
      diag(
        'asked-not-to-follow-up',
        `They asked you not to follow up (no_follow_up: true), yet ${aContact(c)} went out on ${formatDay(c.when.t)}. Stop contacting ${e.company || 'them'}: wait for them to reach out, and only answer their messages.`,
        c.range,
      ),
    );
  }
}

export const timing: RuleFamily = {
  name: 'timing',
  ids: ['follow-up-too-early', 'too-many-follow-ups', 'too-frequent', 'informational-too-often', 'asked-not-to-follow-up'],
  check(entry, ctx) {
    const out: Diagnostic[] = [];
    const s = ctx.settings;
    followUpTooEarly(entry, ctx, out);
    tooManyFollowUps(entry, ctx, out);
    spacing(entry, ctx, out, 'too-frequent', NOT_THANK_YOU, s.minDaysBetweenContacts, 'messages', 'Contacting them again is fine from');
    spacing(entry, ctx, out, 'informational-too-often', INFORMATIONAL, s.informationalMinDays, 'informational notes', 'The next informational note is fine from');
    askedNotToFollowUp(entry, out);
    return out;
  },
};
