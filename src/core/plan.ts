/**
 * The plan of one entry: its duties (thank-yous, debrief, promise, check-ins, moving on, the
 * offer), each with its addressee, channel, window and the contact that did it. Rules judge
 * logged contacts against this plan and the next step is its first open duty; every other
 * surface (hovers, inlay hints, the dashboard's timeline) reads its dates from here. Nothing
 * else works out a deadline. The parts are in plan-moments (dates and windows), plan-contacts
 * (follow-ups, answers, spacing), plan-channels (who and how), plan-duties and plan-offers.
 */
import type { Contact, Entry } from './entry';
import { buildPlan } from './plan-duties';
import { otherOfferDuty } from './plan-offers';
import type { RuleContext } from './rules/context';
import type { Settings } from './settings';
import type { ContactKind, Minutes, Via, When } from './types';

export { afterInterview, atOrAfter, checkInDate, dateOnly, debriefDue, decisionDate, interviewOver, isOverdue, thankYouDue } from './plan-moments';
export { answerTest, companySent, FOLLOW_UP_KINDS, isFollowUp, lastFrom, partyOf, SPACING_FILTER, unansweredFollowUps, type Sent } from './plan-contacts';
export { callable, phoneInvited } from './plan-channels';
export { tellsOfOtherOffer } from './plan-offers';

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
