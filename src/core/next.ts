/**
 * The next step of an entry (spec section 4).
 *
 * The main sequence is a list of checks, first match wins: closed, prepare, thank-you,
 * debrief, asked not to follow up, answer the offer, tell them about another offer, move on,
 * the promised follow-up, and the check-in. Optional steps (a handwritten note, unchecked task
 * items of the body) never block it, but a task due before the main step becomes the next one.
 *
 * All dates are floating local minutes (see civil.ts), so the result is the same under any TZ.
 */
import { dayOf, endOf, formatDay, startOfDayNumber } from './civil';
import type { Contact, Entry, Interviewer } from './entry';
import type { RuleContext } from './rules/context';
import { nextCheckInDate, unansweredFollowUps } from './schedule';
import type { Settings } from './settings';
import { URGENCIES, type Minutes, type Step, type Urgency, type When } from './types';

/** Most urgent first: the order the CLI, the tree and the calendar sort steps in. */
export const URGENCY_ORDER: readonly Urgency[] = URGENCIES;

/** A handwritten note is offered until this many days after the interview day, then dropped. */
export const HANDWRITTEN_NOTE_DAYS = 3;

/** `soon` means due within this many days of today. */
export const SOON_DAYS = 3;

/**
 * The urgency of a step due at `due`, seen at `now`: no date is `later`; past its end (a
 * date-time at its time, a date at the end of its day) is `overdue`; on today's date `today`;
 * within 3 days `soon`; else `later`. `waiting` and `done` are decided by the step, not here.
 */
export function urgencyOf(due: When | null, now: Minutes): Urgency {
  if (!due) return 'later';
  const days = dayOf(due.t) - dayOf(now);
  if (days < 0 || now > endOf(due)) return 'overdue';
  if (days === 0) return 'today';
  if (days <= SOON_DAYS) return 'soon';
  return 'later';
}

/** The moment a step must be done by, for comparisons; undefined without a date. */
function deadline(s: Step): Minutes | undefined {
  return s.due ? endOf(s.due) : undefined;
}

/** Orders steps most urgent first: by urgency, then by due (undated last), then by text. */
export function compareSteps(a: Step, b: Step): number {
  const u = URGENCY_ORDER.indexOf(a.urgency) - URGENCY_ORDER.indexOf(b.urgency);
  if (u !== 0) return u;
  const d = compareDue(a, b);
  if (d !== 0) return d;
  return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}

function compareDue(a: Step, b: Step): number {
  const da = deadline(a);
  const db = deadline(b);
  if (da === undefined) return db === undefined ? 0 : 1;
  if (db === undefined) return -1;
  return da - db;
}

/** A date-only value on the given day number. */
function dateOnly(day: number): When {
  return { t: startOfDayNumber(day), timed: false };
}

function onOrAfterDay(c: Contact, day: number | undefined): boolean {
  return day === undefined || dayOf(c.when.t) >= day;
}

/** When the thank-you to each interviewer is due: interview + thankYouHours, or the end of the next day for a date-only interview. */
export function thankYouDue(interview: When, s: Settings): When {
  if (interview.timed) return { t: interview.t + Math.round(s.thankYouHours * 60), timed: true };
  return dateOnly(dayOf(interview.t) + 1);
}

/** The interview is over: a date-time at its time, a date at the end of its day. */
export function interviewOver(interview: When, now: Minutes): boolean {
  return now >= endOf(interview);
}

/** Thank-yous sent to this interviewer on or after the interview day (late ones count). */
function thankYous(e: Entry, p: Interviewer, interviewDay: number | undefined): Contact[] {
  return e.contacts.filter((c) => c.dir === 'to' && c.kind === 'thank-you' && c.whoKey === p.key && onOrAfterDay(c, interviewDay));
}

/**
 * Every pending step of an entry, the next one first: the main sequence of spec section 4
 * (first match wins), then optional steps (handwritten note, task items). A task due before
 * the main step becomes the next step.
 */
export function nextSteps(entry: Entry, ctx: RuleContext): Step[] {
  // An entry whose front matter cannot be read has one step: make it readable. (Not in the
  // spec's list, which assumes a readable entry; anything else would be a guess.)
  if (!entry.company && entry.problems.some((d) => d.rule === 'invalid-front-matter' || (d.rule === 'missing-field' && /no company/.test(d.message)))) {
    return [{ kind: 'fix', text: 'Fix the front matter so this interview can be read (see Problems)', due: null, urgency: 'today' }];
  }
  const main = mainSteps(entry, ctx);
  if (entry.closed) return main;
  const optional = [...handwrittenNotes(entry, ctx), ...taskSteps(entry, ctx)];
  // Sort optional steps by due, undated last; stable, so tasks keep their order in the file.
  optional.sort(compareDue);
  const first = main[0];
  const firstEnd = deadline(first);
  const winner = optional.find(
    (s) => s.kind === 'task' && s.due !== null && (firstEnd === undefined ? first.urgency !== 'done' : endOf(s.due) < firstEnd),
  );
  if (!winner) return [...main, ...optional];
  const promoted: Step = { ...winner };
  delete promoted.optional;
  return [promoted, ...main, ...optional.filter((s) => s !== winner)];
}

/** The main sequence: the first matching item of spec section 4 (several steps only for thank-yous). */
function mainSteps(e: Entry, ctx: RuleContext): Step[] {
  const { settings: s, now } = ctx;
  const step = (kind: Step['kind'], text: string, due: When | null, extra: Partial<Step> = {}): Step => ({
    kind,
    text,
    due,
    urgency: urgencyOf(due, now),
    ...extra,
  });

  // 1. closed
  if (e.closed) return [{ kind: 'closed', text: `Closed (${e.status})`, due: null, urgency: 'done' }];

  const interview = e.interview;
  const interviewDay = interview ? dayOf(interview.t) : undefined;

  if (interview) {
    // 2. the interview is still ahead (a date-only interview lasts its whole day)
    if (!interviewOver(interview, now)) {
      const p = step('prepare', 'Prepare for the interview; ask about next steps and their timeframe', interview);
      if (p.urgency === 'overdue') p.urgency = 'today';
      return [p];
    }

    // 3. every interviewer not yet thanked, in the order listed
    const due = thankYouDue(interview, s);
    const thanks = e.interviewers
      .filter((p) => thankYous(e, p, interviewDay).length === 0)
      .map((p) => step('thank-you', `Send a thank-you email to ${p.name}`, due, { person: p.name }));
    if (thanks.length > 0) return thanks;

    // 4. the recruiter debrief, by the end of the day after the interview
    const r = e.recruiter;
    if (r && !e.contacts.some((c) => c.whoKey === r.key && onOrAfterDay(c, interviewDay))) {
      return [step('debrief', `Debrief with ${r.name}`, dateOnly(dayOf(interview.t) + 1), { person: r.name })];
    }
  }

  // 5. they asked you not to follow up
  if (e.noFollowUp) return [{ kind: 'no-follow-up', text: 'Wait: they asked you not to follow up', due: null, urgency: 'waiting' }];

  // 6. an offer to answer
  if (e.status === 'offer') return [step('answer-offer', 'Answer the offer', e.offerDeadline ?? null)];

  // 7. another company made an offer: tell this one
  if (e.status === 'active' && pendingOtherOffer(e, ctx, interviewDay)) {
    return [step('other-offer', `Tell ${e.company} about your other offer and ask for an update`, dateOnly(dayOf(now)))];
  }

  // 8. enough unanswered follow-ups
  if (unansweredFollowUps(e).length >= s.maxUnansweredFollowUps) {
    return [{ kind: 'move-on', text: `Move on: no more follow-ups to ${e.company}`, due: null, urgency: 'waiting' }];
  }

  // 9. a promised follow-up not yet made
  const promised = e.promised;
  if (promised) {
    const kept = e.contacts.some((c) => c.dir === 'to' && c.kind !== 'thank-you' && onOrAfterDay(c, interviewDay));
    if (!kept) return [step('promised', `Follow up by ${promised.via ?? 'email'} as promised`, promised.by)];
  }

  // 10. the check-in
  const date = nextCheckInDate(e, s);
  if (!date) {
    return [{ kind: 'check-in', text: 'Add the interview date so the follow-ups can be planned', due: null, urgency: 'later' }];
  }
  const who = checkInPerson(e);
  if (dayOf(now) < dayOf(date.t)) {
    return [{ kind: 'check-in', text: `Wait for their decision; check in on ${formatDay(date.t)}`, due: date, urgency: 'waiting', ...(who ? { person: who.name } : {}) }];
  }
  const target = who ? who.name : e.company;
  return [step('check-in', `Check in with ${target} by ${who?.phoneOk ? 'phone' : 'email'}`, date, who ? { person: who.name } : {})];
}

/** Who gets the check-in: the recruiter when there is one, else the first interviewer. */
function checkInPerson(e: Entry): { name: string; phoneOk: boolean } | undefined {
  if (e.recruiter) return { name: e.recruiter.name, phoneOk: false };
  const first = e.interviewers[0];
  return first ? { name: first.name, phoneOk: first.phoneOk } : undefined;
}

/**
 * Another company's offer this entry has not yet been told about: no update request sent on or
 * after the day of that offer's latest `from` offer contact (or, without one, since the interview).
 */
function pendingOtherOffer(e: Entry, ctx: RuleContext, interviewDay: number | undefined): boolean {
  const requests = e.contacts.filter((c) => c.dir === 'to' && c.kind === 'update-request');
  return ctx.offers.some((o) => {
    if (o === e || o.status !== 'offer' || o.companyKey === e.companyKey) return false;
    const since = offerDayOf(o) ?? interviewDay;
    return !requests.some((c) => onOrAfterDay(c, since));
  });
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

/** A handwritten note to each interviewer thanked by email (or any way but a letter) and not yet by letter. */
function handwrittenNotes(e: Entry, ctx: RuleContext): Step[] {
  const { settings: s, now } = ctx;
  const interview = e.interview;
  if (!s.suggestHandwrittenNote || !interview || !interviewOver(interview, now)) return [];
  const interviewDay = dayOf(interview.t);
  if (dayOf(now) > interviewDay + HANDWRITTEN_NOTE_DAYS) return [];
  const due = thankYouDue(interview, s);
  const out: Step[] = [];
  for (const p of e.interviewers) {
    const sent = thankYous(e, p, interviewDay);
    if (sent.some((c) => c.via === 'letter') || !sent.some((c) => c.via !== 'letter')) continue;
    out.push({
      kind: 'handwritten-note',
      text: `Send a handwritten thank-you note to ${p.name}`,
      due,
      urgency: urgencyOf(due, now),
      person: p.name,
      optional: true,
    });
  }
  return out;
}

/** Unchecked task items of the body. */
function taskSteps(e: Entry, ctx: RuleContext): Step[] {
  return e.tasks
    .filter((t) => !t.done)
    .map((t): Step => {
      const due = t.due ?? null;
      return { kind: 'task', text: t.text, due, urgency: urgencyOf(due, ctx.now), line: t.line, optional: true };
    });
}
