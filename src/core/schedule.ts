/**
 * The follow-up calendar of one entry, shared by the timing rules and the next step so they
 * can never disagree: when the first check-in is allowed, which follow-ups went unanswered,
 * and when the next check-in is due.
 */
import { addDays, dayOf, startOfDayNumber } from './civil';
import type { Contact, Entry } from './entry';
import type { Settings } from './settings';
import type { When } from './types';

export const FOLLOW_UP_KINDS: ReadonlySet<string> = new Set(['check-in', 'update-request']);

export function isFollowUp(c: Contact): boolean {
  return c.dir === 'to' && FOLLOW_UP_KINDS.has(c.kind);
}

/** A date-only value on the given value's day plus n days. */
function dayPlus(w: When, n: number): When {
  return { t: startOfDayNumber(dayOf(w.t) + n), timed: false };
}

/**
 * The check-in date of spec section 4, item 10, before any check-in was sent: with a recruiter,
 * interview + recruiterSilenceDays; else decision_by + checkInDaysAfterDecision; else
 * interview + checkInDaysWithoutDecision. Undefined without an interview date.
 */
export function checkInDate(e: Entry, s: Settings): When | undefined {
  if (!e.interview) return undefined;
  if (e.recruiter) return dayPlus(e.interview, s.recruiterSilenceDays);
  if (e.decisionBy) return dayPlus(e.decisionBy, s.checkInDaysAfterDecision);
  return dayPlus(e.interview, s.checkInDaysWithoutDecision);
}

/** The last contact they made (a `from` contact), if any. */
export function lastFrom(e: Entry): Contact | undefined {
  for (let i = e.contacts.length - 1; i >= 0; i--) if (e.contacts[i].dir === 'from') return e.contacts[i];
  return undefined;
}

/** Follow-ups (check-ins and update requests you sent) after their last message, oldest first. */
export function unansweredFollowUps(e: Entry): Contact[] {
  const from = lastFrom(e);
  return e.contacts.filter((c) => isFollowUp(c) && (!from || c.when.t > from.when.t));
}

/**
 * When the next check-in is due: after an unanswered check-in, minDaysBetweenContacts after it;
 * after they answered on or after the check-in date, checkInDaysWithoutDecision after their
 * answer; otherwise the check-in date.
 */
export function nextCheckInDate(e: Entry, s: Settings): When | undefined {
  const base = checkInDate(e, s);
  if (!base) return undefined;
  const pending = unansweredFollowUps(e);
  if (pending.length > 0) return dayPlus(pending[pending.length - 1].when, s.minDaysBetweenContacts);
  const from = lastFrom(e);
  if (from && dayOf(from.when.t) >= dayOf(base.t)) return dayPlus(from.when, s.checkInDaysWithoutDecision);
  return base;
}

export { addDays };
