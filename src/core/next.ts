/**
 * The next step of an entry (docs/next-steps.md).
 *
 * The main sequence is the first open duty of the entry's plan (plan.ts), in the order: closed,
 * prepare, thank-you, debrief, answer the offer, asked not to follow up, tell them about another
 * offer, move on, the promised follow-up, and the check-in. Optional steps (a handwritten note, unchecked task
 * items of the body) never block it, but a task due before the main step becomes the next one.
 *
 * All dates are floating local minutes (see civil.ts), so the result is the same under any TZ.
 */
import { dayOf, endOf } from './civil';
import type { Contact, Entry, Interviewer } from './entry';
import { afterInterview, interviewOver, isOverdue, planOf, thankYouDue, type Duty, type Plan } from './plan';
import type { RuleContext } from './rules/context';
import { URGENCIES, type Minutes, type Step, type Urgency, type Via, type When } from './types';

export { interviewOver, thankYouDue };

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
  if (days < 0 || isOverdue(due, now)) return 'overdue';
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

/** `by email`, `by phone`, `in person`: how a step's message goes. */
export function byVia(via: Via): string {
  return via === 'in-person' ? 'in person' : `by ${VIA_WORDS[via]}`;
}

const VIA_WORDS: Record<Via, string> = {
  email: 'email',
  phone: 'phone',
  voicemail: 'voicemail',
  letter: 'letter',
  linkedin: 'LinkedIn',
  text: 'text message',
  video: 'video call',
  'in-person': 'visit',
};

/** `email Jason Lee`, `write to Jason Lee`, `call Dana Reyes`: reaching a person by a channel. */
export function reach(via: Via, who: string): string {
  switch (via) {
    case 'email':
      return `email ${who}`;
    case 'letter':
      return `write to ${who}`;
    case 'phone':
      return `call ${who}`;
    case 'voicemail':
      return `leave ${who} a voicemail`;
    case 'text':
      return `text ${who}`;
    case 'linkedin':
      return `message ${who} on LinkedIn`;
    case 'video':
      return `video-call ${who}`;
    case 'in-person':
      return `see ${who} in person`;
  }
}

/** Thank-yous sent to this interviewer after the interview (late ones count): the plan's duty. */
function thanked(plan: Plan, p: Interviewer): Contact | undefined {
  return plan.duties.find((d) => d.kind === 'thank-you' && d.toKey === p.key)?.doneBy;
}

/**
 * Every pending step of an entry, the next one first: the main sequence of docs/next-steps.md
 * (first match wins), then optional steps (handwritten note, task items). A task due before
 * the main step becomes the next step.
 */
export function nextSteps(entry: Entry, ctx: RuleContext): Step[] {
  // An entry whose front matter cannot be read has one step: make it readable. (Not in the
  // main sequence, which assumes a readable entry; anything else would be a guess.)
  if (!entry.company && entry.unreadable) {
    return [{ kind: 'fix', text: 'Fix the front matter so this interview can be read (see Problems)', due: null, urgency: 'today' }];
  }
  const plan = entry.closed ? undefined : planOf(entry, ctx);
  const main = mainSteps(entry, ctx, plan);
  if (!plan) return main;
  const optional = [...handwrittenNotes(entry, ctx, plan), ...taskSteps(entry, ctx)];
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

/** A step that does a duty: its addressee, channel and contact kind, for Log Contact to pre-fill. */
function dutyStep(kind: Step['kind'], text: string, d: Duty, now: Minutes): Step {
  const due = d.due ?? null;
  const s: Step = { kind, text, due, urgency: d.state === 'not-yet' ? 'waiting' : urgencyOf(due, now) };
  if (d.toKey) s.person = d.to;
  if (d.via) s.via = d.via;
  if (d.contactKind) s.contactKind = d.contactKind;
  return s;
}

/**
 * The main sequence: the first open duty of the plan, in the order of docs/next-steps.md (several
 * steps only for thank-yous).
 */
function mainSteps(e: Entry, ctx: RuleContext, plan: Plan | undefined): Step[] {
  const now = ctx.now;
  // 1. closed
  if (!plan) return [{ kind: 'closed', text: `Closed (${e.status})`, due: null, urgency: 'done' }];
  const open = (kind: Duty['kind']) => plan.duties.filter((d) => d.kind === kind && (d.state === 'open' || d.state === 'not-yet'));
  const interview = e.interview;

  if (interview) {
    // 2. the interview is still ahead (a date-only interview lasts its whole day)
    if (!interviewOver(interview, now)) {
      const p: Step = { kind: 'prepare', text: 'Prepare for the interview; ask about next steps and their timeframe', due: interview, urgency: urgencyOf(interview, now) };
      if (p.urgency === 'overdue') p.urgency = 'today';
      return [p];
    }

    // 3. every interviewer not yet thanked, in the order listed; a new entry without interviewers: add them first
    const thanks = open('thank-you').map((d) => dutyStep('thank-you', `Send a thank-you ${d.via === 'email' ? 'email' : 'letter'} to ${d.to}`, d, now));
    if (thanks.length > 0) return thanks;
    if (e.interviewers.length === 0 && e.contacts.length === 0 && plan.thankYouDue) {
      const due = plan.thankYouDue;
      return [{ kind: 'thank-you', text: 'Add the interviewers and thank them', due, urgency: urgencyOf(due, now) }];
    }

    // 4. the recruiter debrief, by the end of the day after the interview
    const debrief = open('debrief')[0];
    if (debrief) return [dutyStep('debrief', `Debrief with ${debrief.to} ${byVia(debrief.via!)}`, debrief, now)];
  }

  // 5. an offer to answer (never a follow-up: it stays the step with no_follow_up)
  const offer = open('answer-offer')[0];
  if (offer) return [dutyStep('answer-offer', `Answer the offer: ${reach(offer.via!, offer.to)}`, offer, now)];

  // 6. they asked you not to follow up
  if (e.noFollowUp) return [{ kind: 'no-follow-up', text: 'Wait: they asked you not to follow up', due: null, urgency: 'waiting' }];

  // 7. another company made an offer: tell this one (the recruiter when there is one)
  const other = open('other-offer')[0];
  if (other) {
    const to = other.toKey ? `: ${reach(other.via!, other.to)}${other.viaRecruiter ? ' (the recruiter)' : ''}` : '';
    return [dutyStep('other-offer', `Tell ${e.company} about your other offer and ask for an update${to}`, other, now)];
  }

  // 8. enough unanswered follow-ups
  if (open('move-on')[0]) return [{ kind: 'move-on', text: `Move on: no more follow-ups to ${e.company}`, due: null, urgency: 'waiting' }];

  // 9. a promised follow-up not yet made
  const promise = open('promise')[0];
  if (promise) return [dutyStep('promised', `Follow up with ${promise.to} ${byVia(promise.via!)} as promised`, promise, now)];

  // 10. the check-in (its date is the step's due, printed beside the text)
  const checkIn = open('check-in')[0];
  if (!checkIn) {
    return [{ kind: 'check-in', text: 'Add the interview date so the follow-ups can be planned', due: null, urgency: 'later' }];
  }
  if (checkIn.state === 'not-yet') return [dutyStep('check-in', `Wait for their decision, then check in with ${checkIn.to} ${byVia(checkIn.via!)}`, checkIn, now)];
  return [dutyStep('check-in', `Check in with ${checkIn.to} ${byVia(checkIn.via!)}`, checkIn, now)];
}

/** A handwritten note to each interviewer thanked by email (or any way but a letter) and not yet by letter. */
function handwrittenNotes(e: Entry, ctx: RuleContext, plan: Plan): Step[] {
  const { settings: s, now } = ctx;
  const interview = e.interview;
  if (!s.suggestHandwrittenNote || !interview || !interviewOver(interview, now)) return [];
  const interviewDay = dayOf(interview.t);
  if (dayOf(now) > interviewDay + HANDWRITTEN_NOTE_DAYS) return [];
  const due = plan.thankYouDue ?? thankYouDue(interview, s);
  const out: Step[] = [];
  for (const p of e.interviewers) {
    const first = thanked(plan, p);
    if (!first || first.via === 'letter') continue;
    if (e.contacts.some((c) => c.dir === 'to' && c.kind === 'thank-you' && c.whoKey === p.key && c.via === 'letter' && afterInterview(e, c))) continue;
    out.push({
      kind: 'handwritten-note',
      text: `Send a handwritten thank-you note to ${p.name}`,
      due,
      urgency: urgencyOf(due, now),
      person: p.name,
      via: 'letter',
      contactKind: 'thank-you',
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
