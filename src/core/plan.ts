/**
 * The plan of one entry: its duties (thank-yous, debrief, promise, check-ins, moving on, the
 * offer), each with its addressee, channel, window and the contact that did it. Rules judge
 * logged contacts against this plan and the next step is its first open duty; every other
 * surface (hovers, inlay hints, the dashboard's timeline) reads its dates from here.
 *
 * This first version derives the windows from the existing schedule helpers; the "one plan"
 * work moves every deadline computation in here. The exported shape is the contract.
 */
import { dayOf, endOfNextDay, startOfDayNumber } from './civil';
import type { Contact, Entry } from './entry';
import type { RuleContext } from './rules/context';
import { checkInDate, nextCheckInDate, unansweredFollowUps } from './schedule';
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

const at = (t: Minutes, timed: boolean): When => ({ t, timed });

/** The plan of an entry at the context's clock. */
export function planOf(e: Entry, ctx: RuleContext): Plan {
  const s = ctx.settings;
  const plan: Plan = { interview: e.interview, duties: [] };
  const interview = e.interview;
  if (!interview) return plan;
  plan.thankYouDue = interview.timed ? at(interview.t + Math.round(s.thankYouHours * 60), true) : at(startOfDayNumber(dayOf(interview.t) + 1), false);
  plan.checkIn = checkInDate(e, s);
  plan.nextCheckIn = nextCheckInDate(e, s);
  const interviewDay = dayOf(interview.t);
  for (const p of e.interviewers) {
    const doneBy = e.contacts.find((c) => c.dir === 'to' && c.kind === 'thank-you' && c.whoKey === p.key && dayOf(c.when.t) >= interviewDay);
    plan.duties.push({
      kind: 'thank-you',
      to: p.name,
      toKey: p.key,
      via: p.email ? 'email' : 'letter',
      contactKind: 'thank-you',
      earliest: interview,
      due: plan.thankYouDue,
      state: doneBy ? 'done' : 'open',
      doneBy,
    });
  }
  const r = e.recruiter;
  if (r) {
    const doneBy = e.contacts.find((c) => c.whoKey === r.key && dayOf(c.when.t) >= interviewDay);
    plan.duties.push({ kind: 'debrief', to: r.name, toKey: r.key, via: 'phone', contactKind: 'debrief', earliest: interview, due: at(endOfNextDay(interview) - 1, true), state: doneBy ? 'done' : 'open', doneBy });
  }
  if (e.promised) {
    plan.duties.push({ kind: 'promise', to: r?.name ?? e.interviewers[0]?.name ?? e.company, toKey: r?.key ?? e.interviewers[0]?.key ?? '', via: e.promised.via ?? 'email', contactKind: 'check-in', due: e.promised.by, state: 'open' });
  }
  if (plan.nextCheckIn) {
    plan.duties.push({ kind: 'check-in', to: r?.name ?? e.interviewers[0]?.name ?? e.company, toKey: r?.key ?? e.interviewers[0]?.key ?? '', via: 'email', contactKind: 'check-in', earliest: plan.nextCheckIn, due: plan.nextCheckIn, state: dayOf(ctx.now) < dayOf(plan.nextCheckIn.t) ? 'not-yet' : 'open' });
  }
  const pending = unansweredFollowUps(e);
  if (pending.length >= s.maxUnansweredFollowUps && pending.length > 0) {
    plan.moveOn = pending[pending.length - 1].when;
    plan.duties.push({ kind: 'move-on', to: e.company, toKey: '', earliest: plan.moveOn, state: 'open' });
  }
  return plan;
}
