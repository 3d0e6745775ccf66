/**
 * The plan of one entry: its duties (thank-yous, debrief, promise, check-ins, moving on, the
 * offer), each with its addressee, channel, window and the contact that did it. Rules judge
 * logged contacts against this plan and the next step is its first open duty; every other
 * surface (hovers, inlay hints, the dashboard's timeline) reads its dates from here. Nothing
 * else works out a deadline.
 */
import { dayOf, endOf, isWeekendDay, minuteOfDay, startOfDayNumber } from './civil';
import type { Contact, Entry, Interviewer } from './entry';
import type { RuleContext } from './rules/context';
import type { Settings } from './settings';
import type { ContactKind, Minutes, Via, When } from './types';

export type DutyKind =
  | 'prepare'
  | 'thank-you'
  | 'debrief'
  | 'answer-offer'
  | 'other-offer'
  | 'promise'
  | 'check-in'
  | 'move-on';

/** Where a duty stands at the planning clock. */
export type DutyState = 'open' | 'done' | 'not-yet' | 'waived';

export interface Duty {
  kind: DutyKind;
  /** Who it is addressed to, exactly as written in the entry; the company name when nobody is named. */
  to: string;
  /** The addressee's normalised key (as Contact.whoKey), '' for the company. */
  toKey: string;
  /** The channel the rules accept for it (undefined where the duty is not a message). */
  via?: Via;
  /** The contact kind that does it (undefined where the duty is not a message). */
  contactKind?: ContactKind;
  /** Doing it before this moment is too early (undefined: any time). */
  earliest?: When;
  /** It should be done by this moment (undefined: no date). */
  due?: When;
  state: DutyState;
  /** The logged contact that did it, when done. */
  doneBy?: Contact;
  /** The duty is addressed to the recruiter (the agent, a party of their own for spacing). */
  viaRecruiter?: boolean;
}

export interface Plan {
  interview?: When;
  /** Every duty in the order of the next-step sequence. */
  duties: Duty[];
  /** The end of the thank-you window (for every interviewer). */
  thankYouDue?: When;
  /** The first check-in date, before any check-in was sent. */
  checkIn?: When;
  /** When the next check-in is due, after what was sent. */
  nextCheckIn?: When;
  /** After this many unanswered follow-ups the plan says to move on; set when reached. */
  moveOn?: When;
}

// --- moments --------------------------------------------------------------------------------

/** A date-only value on the given day number. */
export function dateOnly(day: number): When {
  return { t: startOfDayNumber(day), timed: false };
}

/** A date-only value on the given value's day plus n days. */
function dayPlus(w: When, n: number): When {
  return dateOnly(dayOf(w.t) + Math.ceil(n));
}

/** The later of two moments, compared by when they begin. */
function later(a: When, b: When | undefined): When {
  return b && b.t > a.t ? b : a;
}

/** Past its due moment: a date-time after its time, a date from the end of its day on. One test for rules and steps. */
export function isOverdue(due: When, now: Minutes): boolean {
  return due.timed ? now > due.t : now >= endOf(due);
}

/** The interview is over: a date-time at its time, a date at the end of its day. */
export function interviewOver(interview: When, now: Minutes): boolean {
  return now >= endOf(interview);
}

/**
 * `a` is at or after `b`: on a later day, or on the same day unless both carry a time and `a`'s
 * is earlier (a date-only value covers its whole day).
 */
export function atOrAfter(a: When, b: When): boolean {
  const da = dayOf(a.t);
  const db = dayOf(b.t);
  if (da !== db) return da > db;
  return !(a.timed && b.timed) || a.t >= b.t;
}

/** The contact is after the interview (compared with its time when both carry one); false without an interview date. */
export function afterInterview(e: Entry, c: Contact): boolean {
  return e.interview !== undefined && atOrAfter(c.when, e.interview);
}

/** When the thank-you to each interviewer is due: interview + thankYouHours, or the end of the next day for a date-only interview. */
export function thankYouDue(interview: When, s: Settings): When {
  if (interview.timed) return { t: interview.t + Math.round(s.thankYouHours * 60), timed: true };
  return dateOnly(dayOf(interview.t) + 1);
}

/** The recruiter debrief is due by the end of the day after the interview. */
export function debriefDue(interview: When): When {
  return dateOnly(dayOf(interview.t) + 1);
}

/** The decision date, when it is one (a `decision_by` before the interview day is a mistake, reported by the duties rules, and not planned on). */
export function decisionDate(e: Entry): When | undefined {
  const d = e.decisionBy;
  if (!d || (e.interview && dayOf(d.t) < dayOf(e.interview.t))) return undefined;
  return d;
}

// --- follow-ups -----------------------------------------------------------------------------

export const FOLLOW_UP_KINDS: ReadonlySet<string> = new Set(['check-in', 'update-request']);

export function isFollowUp(c: Contact): boolean {
  return c.dir === 'to' && FOLLOW_UP_KINDS.has(c.kind);
}

/** The last contact they made (a `from` contact), if any. */
export function lastFrom(e: Entry): Contact | undefined {
  for (let i = e.contacts.length - 1; i >= 0; i--) if (e.contacts[i].dir === 'from') return e.contacts[i];
  return undefined;
}

/** Follow-ups you sent that their last message does not answer (a date-only reply answers everything of its day), oldest first. */
export function unansweredFollowUps(e: Entry): Contact[] {
  const from = lastFrom(e);
  return e.contacts.filter((c) => isFollowUp(c) && (!from || !atOrAfter(from.when, c.when)));
}

/**
 * The check-in date before any check-in was sent: with a recruiter, interview +
 * recruiterSilenceDays; else decision_by + checkInDaysAfterDecision; else interview +
 * checkInDaysWithoutDecision. Undefined without an interview date.
 */
export function checkInDate(e: Entry, s: Settings): When | undefined {
  if (!e.interview) return undefined;
  if (e.recruiter) return dayPlus(e.interview, s.recruiterSilenceDays);
  const decision = decisionDate(e);
  if (decision) return dayPlus(decision, s.checkInDaysAfterDecision);
  return dayPlus(e.interview, s.checkInDaysWithoutDecision);
}

/**
 * Which `to` contacts answer one of their messages: a `reply` after any message of theirs
 * (whatever the gap) or to an offer (status `offer`), or any contact on the day of theirs (at
 * or after it, when both carry a time) or the day after. Built once per entry in O(n).
 */
export function answerTest(e: Entry): (c: Contact) => boolean {
  const offer = e.status === 'offer';
  const days = new Map<number, { minTimed: number; dateOnly: boolean }>();
  let first: When | undefined;
  for (const f of e.contacts) {
    if (f.dir !== 'from') continue;
    if (!first || f.when.t < first.t) first = f.when;
    const d = dayOf(f.when.t);
    const slot = days.get(d) ?? { minTimed: Infinity, dateOnly: false };
    if (f.when.timed) slot.minTimed = Math.min(slot.minTimed, f.when.t);
    else slot.dateOnly = true;
    days.set(d, slot);
  }
  if (!first) return offer ? (c) => c.dir === 'to' && c.kind === 'reply' : () => false;
  const firstFrom = first;
  return (c) => {
    if (c.dir !== 'to') return false;
    if (c.kind === 'reply' && (offer || atOrAfter(c.when, firstFrom))) return true;
    const d = dayOf(c.when.t);
    if (days.has(d - 1)) return true;
    const same = days.get(d);
    if (!same) return false;
    return same.dateOnly || !c.when.timed || same.minTimed <= c.when.t;
  };
}

/** A message to the company that counts for spacing: not a thank-you, not the debrief, not an answer to theirs. */
const SPACED = (c: Contact): boolean => c.kind !== 'thank-you' && c.kind !== 'debrief';

export interface Sent {
  entry: Entry;
  c: Contact;
  /** The recruiter's key when the message went to the entry's recruiter, '' for the company. */
  party: string;
}

/** The party a contact of an entry went to: its recruiter, or the company. */
export function partyOf(e: Entry, c: Contact): string {
  return e.recruiter && c.whoKey === e.recruiter.key ? e.recruiter.key : '';
}

/**
 * The `to` contacts of a company's entries that pass the filter and do not answer one of their
 * messages, in time order (ties: file path, then position in the file).
 */
function companyContacts(entries: readonly Entry[], keep: (c: Contact) => boolean): Sent[] {
  const sent: Sent[] = [];
  for (const entry of entries) {
    const answers = answerTest(entry);
    for (const c of entry.contacts) if (c.dir === 'to' && keep(c) && !answers(c)) sent.push({ entry, c, party: partyOf(entry, c) });
  }
  sent.sort(
    (a, b) =>
      a.c.when.t - b.c.when.t ||
      (a.entry.path < b.entry.path ? -1 : a.entry.path > b.entry.path ? 1 : 0) ||
      a.c.index - b.c.index,
  );
  return sent;
}

/**
 * companyContacts of a company's entries, per filter, worked out once for all its entries: the
 * Journal gives each entry of a company the same sameCompany array, never changed once given
 * (RuleContext), and entries are not changed once parsed.
 */
const sentOf = new WeakMap<readonly Entry[], { members: Set<Entry>; byFilter: Map<(c: Contact) => boolean, Sent[]> }>();
export function companySent(e: Entry, ctx: RuleContext, keep: (c: Contact) => boolean = SPACED): Sent[] {
  const entries = ctx.sameCompany;
  let cached = sentOf.get(entries);
  if (!cached) sentOf.set(entries, (cached = { members: new Set(entries), byFilter: new Map() }));
  if (!cached.members.has(e)) return companyContacts([...entries, e], keep);
  let sent = cached.byFilter.get(keep);
  if (!sent) cached.byFilter.set(keep, (sent = companyContacts(entries, keep)));
  return sent;
}

export const SPACING_FILTER = SPACED;

/** The moment a new message to this party is no longer too frequent (undefined: any time). */
function spacedFrom(e: Entry, ctx: RuleContext, party: string): When | undefined {
  const sent = companySent(e, ctx);
  for (let i = sent.length - 1; i >= 0; i--) {
    const s = sent[i];
    if (s.party === party && (party === '' || s.entry.recruiter?.key === party)) return dayPlus(s.c.when, ctx.settings.minDaysBetweenContacts);
  }
  return undefined;
}

// --- channels -------------------------------------------------------------------------------

/** A call to this interviewer is invited: phone_ok, the phonePolicy, or you promised to call. */
export function phoneInvited(e: Entry, p: Interviewer, s: Settings): boolean {
  return p.phoneOk || s.phonePolicy === 'allowed' || e.promised?.via === 'phone' || e.promised?.via === 'voicemail';
}

/** The channel the rules accept for writing to an interviewer: email when given, else a letter. */
function writeTo(p: Interviewer): Via {
  return p.email ? 'email' : 'letter';
}

/** The channel for a follow-up to an interviewer: a call when invited (spec: email unless phone_ok), else as writeTo. */
function followUpVia(p: Interviewer, s: Settings): Via {
  return p.phoneOk || (s.phonePolicy === 'allowed' && !p.email) ? 'phone' : writeTo(p);
}

/** A call to the recruiter is fine on a weekday between 08:00 and 18:00 (a date-only moment: its day). */
export function callable(w: When): boolean {
  if (isWeekendDay(w.t)) return false;
  if (!w.timed) return true;
  const m = minuteOfDay(w.t);
  return m >= 8 * 60 && m <= 18 * 60;
}

/** A via is acceptable to the interviewer under the channel rules. */
function accepted(e: Entry, p: Interviewer, via: Via, s: Settings): boolean {
  if (via === 'email') return !!p.email;
  if (via === 'phone' || via === 'voicemail') return phoneInvited(e, p, s);
  if (via === 'linkedin') return p.linkedinOk || s.linkedinPolicy === 'off';
  return true;
}

interface Addressee {
  to: string;
  toKey: string;
  via: Via;
  viaRecruiter?: boolean;
}

/**
 * Who gets a message about the process, and how: the recruiter when there is one (a call only
 * when one fits the moment), else the first interviewer the preferred channel suits, else the
 * first interviewer by their channel, else the company by email.
 */
function addressee(e: Entry, s: Settings, moment: When, preferred?: Via): Addressee {
  const r = e.recruiter;
  if (r) {
    const wantsCall = preferred === 'phone' || preferred === 'voicemail';
    const via: Via = wantsCall ? (callable(moment) ? preferred : 'email') : preferred && preferred !== 'letter' ? preferred : 'email';
    return { to: r.name, toKey: r.key, via, viaRecruiter: true };
  }
  if (preferred) {
    const p = e.interviewers.find((q) => accepted(e, q, preferred, s));
    if (p) return { to: p.name, toKey: p.key, via: preferred };
  }
  const p = e.interviewers.find((q) => q.email || q.phoneOk) ?? e.interviewers[0];
  if (p) return { to: p.name, toKey: p.key, via: followUpVia(p, s) };
  return { to: e.company, toKey: '', via: 'email' };
}

// --- the plan -------------------------------------------------------------------------------

function stateOf(done: Contact | undefined, earliest: When | undefined, now: Minutes): DutyState {
  if (done) return 'done';
  if (earliest && now < earliest.t && dayOf(now) < dayOf(earliest.t)) return 'not-yet';
  return 'open';
}

/** The moment a duty would be done if done as planned: now when overdue, else its due moment. */
function doingMoment(due: When, now: Minutes): When {
  return isOverdue(due, now) ? { t: now, timed: true } : due;
}

/**
 * The plan without the other-offer duty (which reads the other entries' offers): what the rules
 * judge against. The journal checks an entry's rules and then its steps, so the last plan is
 * kept for the steps (one slot: no plan outlives the next entry's).
 */
let last: { e: Entry; now: Minutes; settings: Settings; sameCompany: readonly Entry[]; plan: Plan } | undefined;
function basePlan(e: Entry, ctx: RuleContext): Plan {
  if (last && last.e === e && last.now === ctx.now && last.settings === ctx.settings && last.sameCompany === ctx.sameCompany) return last.plan;
  const plan = buildPlan(e, ctx);
  last = { e, now: ctx.now, settings: ctx.settings, sameCompany: ctx.sameCompany, plan };
  return plan;
}

function buildPlan(e: Entry, ctx: RuleContext): Plan {
  const s = ctx.settings;
  const now = ctx.now;
  const interview = e.interview;
  const plan: Plan = { interview, duties: [] };
  if (!interview) return plan;
  const over = interviewOver(interview, now);
  plan.duties.push({ kind: 'prepare', to: e.company, toKey: '', due: interview, state: over ? 'done' : 'open' });

  // Thank-yous: one per interviewer, after the interview (a note before it is not the thank-you).
  const tyDue = (plan.thankYouDue = thankYouDue(interview, s));
  for (const p of e.interviewers) {
    const doneBy = e.contacts.find((c) => c.dir === 'to' && c.kind === 'thank-you' && c.whoKey === p.key && afterInterview(e, c));
    plan.duties.push({ kind: 'thank-you', to: p.name, toKey: p.key, via: writeTo(p), contactKind: 'thank-you', earliest: interview, due: tyDue, state: stateOf(doneBy, over ? undefined : interview, now), doneBy });
  }

  // The recruiter debrief: any contact with them after the interview (a prep call before it is not one).
  const r = e.recruiter;
  if (r) {
    const due = debriefDue(interview);
    const doneBy = e.contacts.find((c) => c.whoKey === r.key && afterInterview(e, c));
    const via: Via = callable(doingMoment(due, now)) ? 'phone' : 'email';
    plan.duties.push({ kind: 'debrief', to: r.name, toKey: r.key, via, contactKind: 'debrief', earliest: interview, due, state: stateOf(doneBy, over ? undefined : interview, now), doneBy, viaRecruiter: true });
  }

  // An offer to answer: to whoever made it (else the recruiter or the first interviewer). Never a follow-up.
  if (e.status === 'offer') {
    let from: Contact | undefined;
    for (const c of e.contacts) if (c.dir === 'from' && c.kind === 'offer') from = c;
    const who = from && (!r || from.whoKey === r.key || !e.interviewers.some((p) => p.key === from.whoKey)) ? { to: from.who, toKey: from.whoKey, via: 'email' as Via } : addressee(e, s, { t: now, timed: true });
    const p = e.interviewers.find((q) => q.key === who.toKey);
    const via = p && (who.via === 'email' || !accepted(e, p, who.via, s)) ? writeTo(p) : who.via;
    plan.duties.push({ kind: 'answer-offer', to: who.to, toKey: who.toKey, via, contactKind: 'reply', due: e.offerDeadline, state: 'open', viaRecruiter: r !== undefined && who.toKey === r.key });
  }

  const waived = e.noFollowUp || e.status !== 'active';
  const pending = unansweredFollowUps(e);
  const spent = pending.length >= s.maxUnansweredFollowUps;

  // The promise: kept by any message after the interview but a thank-you or the debrief.
  const promised = e.promised;
  if (promised) {
    const doneBy = e.contacts.find((c) => c.dir === 'to' && c.kind !== 'thank-you' && c.kind !== 'debrief' && afterInterview(e, c));
    const who = addressee(e, s, doingMoment(promised.by, now), promised.via ?? 'email');
    plan.duties.push({ kind: 'promise', ...who, contactKind: 'check-in', earliest: interview, due: promised.by, state: doneBy ? 'done' : waived || spent ? 'waived' : 'open', doneBy });
  }

  // The check-in series: the first date, then spaced after each unanswered one and after any other message to the same party.
  const base = (plan.checkIn = checkInDate(e, s));
  if (base) {
    let next = base;
    const from = lastFrom(e);
    if (pending.length > 0) next = later(base, dayPlus(pending[pending.length - 1].when, s.minDaysBetweenContacts));
    else if (from && dayOf(from.when.t) >= dayOf(base.t)) next = dayPlus(from.when, s.checkInDaysWithoutDecision);
    const who = addressee(e, s, next);
    next = later(next, spacedFrom(e, ctx, who.viaRecruiter ? r!.key : ''));
    if (who.viaRecruiter && !callable(next) && who.via === 'phone') who.via = 'email';
    plan.nextCheckIn = next;
    plan.duties.push({ kind: 'check-in', ...who, contactKind: 'check-in', earliest: next, due: next, state: waived || spent ? 'waived' : stateOf(undefined, next, now) });
  }

  // Enough unanswered follow-ups: move on.
  if (spent && pending.length > 0) {
    plan.moveOn = pending[pending.length - 1].when;
    plan.duties.push({ kind: 'move-on', to: e.company, toKey: '', earliest: plan.moveOn, state: waived ? 'waived' : 'open' });
  }
  return plan;
}

/** The plan of an entry at the context's clock: the duties of the next-step sequence, in its order. */
export function planOf(e: Entry, ctx: RuleContext): Plan {
  const base = basePlan(e, ctx);
  const other = otherOfferDuty(e, ctx);
  if (!other) return base;
  const duties = base.duties.slice();
  const at = duties.findIndex((d) => d.kind === 'move-on' || d.kind === 'promise' || d.kind === 'check-in');
  duties.splice(at < 0 ? duties.length : at, 0, other);
  return { ...base, duties };
}

/** The plan the rules judge against (everything but telling others about an offer, which reads the other entries). */
export function rulePlan(e: Entry, ctx: RuleContext): Plan {
  return basePlan(e, ctx);
}

/**
 * Another company's offer this active entry has not yet been told about: no update request on or
 * after that offer's latest `from` offer contact (or, without one, since the interview). It is
 * news, not a nag: it comes before moving on and never counts as one follow-up too many.
 */
function otherOfferDuty(e: Entry, ctx: RuleContext): Duty | undefined {
  if (e.status !== 'active' || e.noFollowUp || ctx.offers.length === 0) return undefined;
  const since = otherOfferSince(e, ctx);
  if (since === undefined) return undefined;
  const now = ctx.now;
  const today = dateOnly(dayOf(now));
  const probe = addressee(e, ctx.settings, { t: now, timed: true });
  // Not before the offer came (an offer logged ahead of the clock), nor too soon after the last message.
  const spaced = spacedFrom(e, ctx, probe.viaRecruiter ? e.recruiter!.key : '');
  const from = Number.isFinite(since) && since > dayOf(now) ? later(dateOnly(since), spaced) : spaced;
  const due = later(today, from);
  const who = due === today ? probe : addressee(e, ctx.settings, due);
  return { kind: 'other-offer', ...who, contactKind: 'update-request', earliest: from, due, state: stateOf(undefined, from, now) };
}

/** The offers of a journal with the day each was made (its latest `from` offer contact), worked out once per offers array. */
interface Offer {
  entry: Entry;
  companyKey: string;
  day: number | undefined;
}
const offersOf = new WeakMap<readonly Entry[], Offer[]>();
/** The offers, those with a day first (earliest first), then those without. */
function offerList(offers: readonly Entry[]): Offer[] {
  let list = offersOf.get(offers);
  if (!list) {
    list = [];
    for (const o of offers) if (o.status === 'offer') list.push({ entry: o, companyKey: o.companyKey, day: offerDayOf(o) });
    list.sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity));
    offersOf.set(offers, list);
  }
  return list;
}

/** The day from which an update request tells this entry about another offer, when one is pending untold; undefined otherwise. */
function otherOfferSince(e: Entry, ctx: RuleContext): number | undefined {
  const interviewDay = e.interview ? dayOf(e.interview.t) : -Infinity;
  // The day of the latest update request: it tells of every offer made on or before it.
  let told = -Infinity;
  for (const c of e.contacts) if (c.dir === 'to' && c.kind === 'update-request') told = Math.max(told, dayOf(c.when.t));
  // Offers with a day come earliest first: the first untold one of another company is the answer,
  // unless an offer without a day (since the interview) comes earlier still.
  let pendingSince: number | undefined;
  let undated = false;
  for (const o of offerList(ctx.offers)) {
    if (o.entry === e || o.companyKey === e.companyKey) continue;
    if (o.day === undefined) {
      undated = true;
      break;
    }
    if (o.day > told && pendingSince === undefined) {
      pendingSince = o.day;
      if (interviewDay >= pendingSince || interviewDay <= told) break;
    }
  }
  if (undated && interviewDay > told && (pendingSince === undefined || interviewDay < pendingSince)) pendingSince = interviewDay;
  return pendingSince;
}

/** An update request that tells this entry about another company's offer (on or after that offer): news, never too early. */
export function tellsOfOtherOffer(e: Entry, c: Contact, ctx: RuleContext): boolean {
  if (c.kind !== 'update-request') return false;
  const interviewDay = e.interview ? dayOf(e.interview.t) : -Infinity;
  const day = dayOf(c.when.t);
  return offerList(ctx.offers).some((o) => o.entry !== e && o.companyKey !== e.companyKey && day >= (o.day ?? interviewDay));
}

/**
 * The day of an entry's latest `from` offer contact, worked out once per entry (an Entry is not
 * changed once parsed: an edit makes a new one), not once per active entry that asks.
 */
const offerDays = new WeakMap<Entry, number | undefined>();
function offerDayOf(o: Entry): number | undefined {
  if (offerDays.has(o)) return offerDays.get(o);
  let offerDay: number | undefined;
  for (const c of o.contacts) if (c.dir === 'from' && c.kind === 'offer') offerDay = Math.max(offerDay ?? -Infinity, dayOf(c.when.t));
  offerDays.set(o, offerDay);
  return offerDay;
}
