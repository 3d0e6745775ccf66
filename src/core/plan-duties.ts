/**
 * The duties of an entry's plan, one step each, in the order of the next-step sequence:
 * preparing, the thank-yous, the recruiter debrief, answering an offer, the promise, the
 * check-in series and moving on.
 */
import { dayOf } from './civil';
import type { Contact, Entry, Promise_, Recruiter } from './entry';
import type { DutyState, Plan } from './plan';
import { accepted, addressee, callable, writeTo } from './plan-channels';
import { lastFrom, spacedFrom, unansweredFollowUps } from './plan-contacts';
import { afterInterview, checkInDate, dayPlus, debriefDue, interviewOver, isOverdue, later, thankYouDue } from './plan-moments';
import type { RuleContext } from './rules/context';
import type { Settings } from './settings';
import type { Minutes, Via, When } from './types';

export function stateOf(done: Contact | undefined, earliest: When | undefined, now: Minutes): DutyState {
  if (done) return 'done';
  if (earliest && now < earliest.t && dayOf(now) < dayOf(earliest.t)) return 'not-yet';
  return 'open';
}

/** The moment a duty would be done if done as planned: now when overdue, else its due moment. */
function doingMoment(due: When, now: Minutes): When {
  return isOverdue(due, now) ? { t: now, timed: true } : due;
}

/** What every step reads: the entry and the context's clock and settings, for an entry with an interview date. */
interface Ground {
  e: Entry;
  ctx: RuleContext;
  s: Settings;
  now: Minutes;
  interview: When;
  /** The interview is over at the clock. */
  over: boolean;
}

/** Where the follow-ups stand: waived (closed, or asked not to), the unanswered ones, and whether there are enough of them. */
interface FollowUps {
  waived: boolean;
  pending: Contact[];
  spent: boolean;
}

/** The plan without the other-offer duty; no duty without an interview date. */
export function buildPlan(e: Entry, ctx: RuleContext): Plan {
  const s = ctx.settings;
  const now = ctx.now;
  const interview = e.interview;
  const plan: Plan = { interview, duties: [] };
  if (!interview) return plan;
  const g: Ground = { e, ctx, s, now, interview, over: interviewOver(interview, now) };
  plan.duties.push({ kind: 'prepare', to: e.company, toKey: '', due: interview, state: g.over ? 'done' : 'open' });
  thankYous(g, plan);
  if (e.recruiter) debrief(g, plan, e.recruiter);
  if (e.status === 'offer') answerOffer(g, plan);
  const pending = unansweredFollowUps(e);
  const f: FollowUps = { waived: e.noFollowUp || e.status !== 'active', pending, spent: pending.length >= s.maxUnansweredFollowUps };
  if (e.promised) promise(g, plan, f, e.promised);
  const base = (plan.checkIn = checkInDate(e, s));
  if (base) checkIns(g, plan, f, base);
  if (f.spent && pending.length > 0) moveOn(plan, f, e);
  return plan;
}

/** Thank-yous: one per interviewer, after the interview (a note before it is not the thank-you). */
function thankYous(g: Ground, plan: Plan): void {
  const { e, interview, over, now } = g;
  const tyDue = (plan.thankYouDue = thankYouDue(interview, g.s));
  for (const p of e.interviewers) {
    const doneBy = e.contacts.find((c) => c.dir === 'to' && c.kind === 'thank-you' && c.whoKey === p.key && afterInterview(e, c));
    plan.duties.push({ kind: 'thank-you', to: p.name, toKey: p.key, via: writeTo(p), contactKind: 'thank-you', earliest: interview, due: tyDue, state: stateOf(doneBy, over ? undefined : interview, now), doneBy });
  }
}

/** The recruiter debrief: any contact with them after the interview (a prep call before it is not one). */
function debrief(g: Ground, plan: Plan, r: Recruiter): void {
  const { e, interview, over, now } = g;
  const due = debriefDue(interview);
  const doneBy = e.contacts.find((c) => c.whoKey === r.key && afterInterview(e, c));
  const via: Via = callable(doingMoment(due, now)) ? 'phone' : 'email';
  plan.duties.push({ kind: 'debrief', to: r.name, toKey: r.key, via, contactKind: 'debrief', earliest: interview, due, state: stateOf(doneBy, over ? undefined : interview, now), doneBy, viaRecruiter: true });
}

/** An offer to answer: to whoever made it (else the recruiter or the first interviewer). Never a follow-up. */
function answerOffer(g: Ground, plan: Plan): void {
  const { e, s, now } = g;
  const r = e.recruiter;
  let from: Contact | undefined;
  for (const c of e.contacts) if (c.dir === 'from' && c.kind === 'offer') from = c;
  const who = from && (!r || from.whoKey === r.key || !e.interviewers.some((p) => p.key === from.whoKey)) ? { to: from.who, toKey: from.whoKey, via: 'email' as Via } : addressee(e, s, { t: now, timed: true });
  const p = e.interviewers.find((q) => q.key === who.toKey);
  const via = p && (who.via === 'email' || !accepted(e, p, who.via, s)) ? writeTo(p) : who.via;
  plan.duties.push({ kind: 'answer-offer', to: who.to, toKey: who.toKey, via, contactKind: 'reply', due: e.offerDeadline, state: 'open', viaRecruiter: r !== undefined && who.toKey === r.key });
}

/** The promise: kept by any message after the interview but a thank-you or the debrief. */
function promise(g: Ground, plan: Plan, f: FollowUps, promised: Promise_): void {
  const { e, s, now, interview } = g;
  const doneBy = e.contacts.find((c) => c.dir === 'to' && c.kind !== 'thank-you' && c.kind !== 'debrief' && afterInterview(e, c));
  const who = addressee(e, s, doingMoment(promised.by, now), promised.via ?? 'email');
  plan.duties.push({ kind: 'promise', ...who, contactKind: 'check-in', earliest: interview, due: promised.by, state: doneBy ? 'done' : f.waived || f.spent ? 'waived' : 'open', doneBy });
}

/** The check-in series: the first date, then spaced after each unanswered one and after any other message to the same party. */
function checkIns(g: Ground, plan: Plan, f: FollowUps, base: When): void {
  const { e, s, ctx, now } = g;
  const r = e.recruiter;
  const pending = f.pending;
  let next = base;
  const from = lastFrom(e);
  if (pending.length > 0) next = later(base, dayPlus(pending[pending.length - 1].when, s.minDaysBetweenContacts));
  else if (from && dayOf(from.when.t) >= dayOf(base.t)) next = dayPlus(from.when, s.checkInDaysWithoutDecision);
  const who = addressee(e, s, next);
  next = later(next, spacedFrom(e, ctx, who.viaRecruiter ? r!.key : ''));
  if (who.viaRecruiter && !callable(next) && who.via === 'phone') who.via = 'email';
  plan.nextCheckIn = next;
  plan.duties.push({ kind: 'check-in', ...who, contactKind: 'check-in', earliest: next, due: next, state: f.waived || f.spent ? 'waived' : stateOf(undefined, next, now) });
}

/** Enough unanswered follow-ups: move on. */
function moveOn(plan: Plan, f: FollowUps, e: Entry): void {
  plan.moveOn = f.pending[f.pending.length - 1].when;
  plan.duties.push({ kind: 'move-on', to: e.company, toKey: '', earliest: plan.moveOn, state: f.waived ? 'waived' : 'open' });
}
