/** The plan's moments: windows, deadlines and how two moments compare. */
import { dayOf, endOf, startOfDayNumber } from './civil';
import type { Contact, Entry } from './entry';
import type { Settings } from './settings';
import type { Minutes, When } from './types';

/** A date-only value on the given day number. */
export function dateOnly(day: number): When {
  return { t: startOfDayNumber(day), timed: false };
}

/** A date-only value on the given value's day plus n days. */
export function dayPlus(w: When, n: number): When {
  return dateOnly(dayOf(w.t) + Math.ceil(n));
}

/** The later of two moments, compared by when they begin. */
export function later(a: When, b: When | undefined): When {
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
