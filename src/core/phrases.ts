/**
 * The words every surface prints for a step's date and urgency (tree, CodeLens, status bar,
 * quick picks, CLI), so they never disagree. "overdue" is said exactly when the step's urgency
 * is `overdue`; the date is not repeated when the step's text already names it.
 */
import { calendarDaysBetween, endOf, formatDay, formatTime } from './civil';
import type { Minutes, Step, When } from './types';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "today", "tomorrow", "in 3 days", "on Mon 14 Dec 2026" (two weeks or more ahead); days >= 0. */
function ahead(due: When, days: number, withDate: boolean): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days < 14 || !withDate) return `in ${days} days`;
  return `on ${formatDay(due.t)}`;
}

/**
 * When a dated moment falls, seen at `now`: "2 days overdue", "overdue since 14:00", "due
 * today", "due by 14:00 today", "due tomorrow", "due in 3 days", "due on Mon 14 Dec 2026".
 * Overdue means past its end (a date-time at its time, a date at the end of its day).
 */
export function duePhrase(due: When, now: Minutes, opts: { withDate?: boolean } = {}): string {
  const days = calendarDaysBetween(now, due.t);
  if (days < 0) return `${plural(-days, 'day')} overdue`;
  if (now > endOf(due)) return `overdue since ${formatTime(due.t)}`;
  if (days === 0) return due.timed ? `due by ${formatTime(due.t)} today` : 'due today';
  return `due ${ahead(due, days, opts.withDate ?? true)}`;
}

/**
 * The date and urgency part of a step's line; '' for a step without a date (its icon or
 * group tells its urgency). A step waiting for a date says until when; the interview to
 * prepare for says when it is.
 */
export function stepPhrase(step: Step, now: Minutes): string {
  if (!step.due) return '';
  const due = step.due;
  // Name the date only when the step's text does not already.
  const withDate = !step.text.includes(formatDay(due.t));
  const days = calendarDaysBetween(now, due.t);
  if (step.urgency === 'waiting') return days > 0 ? `waiting, ${ahead(due, days, withDate)}` : 'waiting';
  if (step.kind === 'prepare' && step.urgency !== 'overdue') {
    const at = due.timed ? ` at ${formatTime(due.t)}` : '';
    return days === 0 ? `interview today${at}` : `interview ${ahead(due, days, withDate)}`;
  }
  return duePhrase(due, now, { withDate });
}

/** "Send a thank-you email to Jason Lee · 1 day overdue" */
export function stepLine(step: Step, now: Minutes): string {
  const phrase = stepPhrase(step, now);
  return phrase ? `${step.text} · ${phrase}` : step.text;
}

/**
 * The step in a few words, for narrow places (a tree row): "Thank Jason Lee", "Debrief with
 * Dana Reyes", "Check in with Carla Walton", "Wait for their decision" (the text up to its
 * first ';'); the company is in the row's description. The whole text stays in the row's
 * tooltip and its step children.
 */
export function stepTitle(step: Step): string {
  if (step.kind === 'thank-you' && step.person) return `Thank ${step.person}`;
  if (step.kind === 'check-in' && step.urgency !== 'waiting' && step.person) return `Check in with ${step.person}`;
  if (step.kind === 'debrief' && step.person) return `Debrief with ${step.person}`;
  if (step.kind === 'answer-offer') return 'Answer the offer';
  if (step.kind === 'fix') return step.text.startsWith('Make this file readable') ? 'Make this file readable' : 'Fix the front matter';
  if (step.kind === 'no-follow-up') return 'Wait: no follow-ups';
  if (step.kind === 'move-on') return 'Move on';
  if (step.kind === 'other-offer') return 'Mention your other offer';
  if (step.kind === 'promised') return /\bby phone\b/.test(step.text) || step.via === 'phone' ? 'Call as promised' : 'Follow up as promised';
  // "Wait for their decision, then check in with …": the part before what comes later.
  const cut = step.text.search(/;|, then /);
  return cut > 0 ? step.text.slice(0, cut) : step.text;
}

/** The status bar's count: "1 overdue, 2 due today", "3 due today", "1 overdue"; '' when none. */
export function dueCountPhrase(overdue: number, dueToday: number): string {
  const parts: string[] = [];
  if (overdue > 0) parts.push(`${overdue} overdue`);
  if (dueToday > 0) parts.push(`${dueToday} due today`);
  return parts.join(', ');
}
