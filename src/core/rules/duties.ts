/** What you owe after an interview: thank-yous, the recruiter debrief, the decision date, kept promises; each judged against the plan (plan.ts). */
import { dayOf, endOf, formatDate, formatDay, minuteOfDay, startOfDayNumber } from '../civil';
import type { Entry } from '../entry';
import { checkInDate, decisionDate, isOverdue, rulePlan, thankYouDue, type Plan } from '../plan';
import type { Settings } from '../settings';
import type { Diagnostic, Minutes, When } from '../types';
import { diag, type RuleContext, type RuleFamily } from './context';

/** `14:00` */
export function formatClock(t: Minutes): string {
  const m = minuteOfDay(t);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** `Sat 21 Nov 2026 14:00` for a timed value, `Sat 21 Nov 2026` for a date. */
export function formatMoment(w: When): string {
  return w.timed ? `${formatDay(w.t)} ${formatClock(w.t)}` : formatDay(w.t);
}

/** `1 hour`, `24 hours`, `3 days`. */
export function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** The end of the thank-you window, as a moment (the plan's thank-you due). */
export function thankYouDeadline(interview: When, s: Settings): Minutes {
  return endOf(thankYouDue(interview, s));
}

/** The person to ask or write to about the process: the recruiter when there is one, else the first interviewer. */
export function contactPerson(e: Entry): string {
  return e.recruiter?.name ?? e.interviewers[0]?.name ?? e.company;
}

// Each rule below guards one duty of the plan: it fires once that duty is overdue and open.

function thankYouOverdue(e: Entry, ctx: RuleContext, plan: Plan, out: Diagnostic[]): void {
  const interview = e.interview;
  const due = plan.thankYouDue;
  if (!interview || !due || !isOverdue(due, ctx.now)) return;
  const when = interview.timed
    ? `it was due by ${formatMoment(due)}, ${plural(ctx.settings.thankYouHours, 'hour')} after the interview`
    : `it was due by the end of ${formatDay(due.t)}, the day after the interview`;
  for (const d of plan.duties) {
    if (d.kind !== 'thank-you' || d.state !== 'open') continue;
    const p = e.interviewers.find((q) => q.key === d.toKey);
    if (!p) continue;
    const how = d.via === 'email' ? 'email' : 'letter (they gave you no email address)';
    out.push(
      diag('thank-you-overdue', `No thank-you to ${p.name} yet: ${when}. Send a short, personal thank-you ${how} today.`, p.range, {
        kind: 'log-contact',
        to: p.name,
        via: d.via ?? 'email',
        contactKind: 'thank-you',
      }),
    );
  }
}

function recruiterDebrief(e: Entry, ctx: RuleContext, plan: Plan, out: Diagnostic[]): void {
  const r = e.recruiter;
  const d = plan.duties.find((x) => x.kind === 'debrief');
  if (!r || !d || d.state !== 'open' || !d.due || !isOverdue(d.due, ctx.now)) return;
  const who = r.agency ? `${r.name} (${r.agency})` : r.name;
  const how = d.via === 'phone' ? 'Call them today' : 'Email them (a call fits a weekday between 08:00 and 18:00)';
  out.push(
    diag(
      'recruiter-debrief',
      `No debrief with the recruiter ${who} yet: it was due by the end of ${formatDay(d.due.t)}, the day after the interview. ${how} to say how it went and ask how they want you to follow up.`,
      r.range,
      { kind: 'log-contact', to: r.name, via: d.via ?? 'phone', contactKind: 'debrief' },
    ),
  );
}

function decisionDateMissing(e: Entry, ctx: RuleContext, out: Diagnostic[]): void {
  const interview = e.interview;
  const span = e.keys.get('interview');
  if (!interview || !span || e.status !== 'active') return;
  if (e.decisionBy || e.keys.has('decision_by')) return;
  if (ctx.now < endOf(interview)) return;
  const checkIn = checkInDate(e, ctx.settings);
  const plan = checkIn ? ` Until then the first check-in is planned for ${formatDay(checkIn.t)}.` : '';
  out.push(
    diag(
      'decision-date-missing',
      `No decision date for the interview of ${formatDay(interview.t)}: ask ${contactPerson(e)} when they expect to decide, and write it as "decision_by: YYYY-MM-DD".${plan}`,
      span.key,
      { kind: 'insert-key', key: 'decision_by', placeholder: formatDate(startOfDayNumber(dayOf(interview.t) + 7)) },
    ),
  );
}

function promiseOverdue(e: Entry, ctx: RuleContext, plan: Plan, out: Diagnostic[]): void {
  const p = e.promised;
  const d = plan.duties.find((x) => x.kind === 'promise');
  if (!p || !d || d.state !== 'open' || !isOverdue(p.by, ctx.now)) return;
  const via = d.via ?? 'email';
  out.push(
    diag(
      'promise-overdue',
      `You promised to follow up by ${formatMoment(p.by)}${p.via ? ` (by ${p.via})` : ''} and nothing has gone out since the interview: follow up with ${d.to} by ${via} today, as promised, and log it under contacts.`,
      p.range,
      { kind: 'log-contact', to: d.to, via, contactKind: 'check-in' },
    ),
  );
}

/** A decision date before the interview is a slip of the keyboard: say so rather than plan an overdue check-in on it. */
function decisionBeforeInterview(e: Entry, out: Diagnostic[]): void {
  const d = e.decisionBy;
  const span = e.keys.get('decision_by');
  if (!d || !span || !e.interview || decisionDate(e)) return;
  out.push({
    ...diag(
      'invalid-date',
      `decision_by ${formatDay(d.t)} is before the interview of ${formatDay(e.interview.t)}: a decision comes after the interview. Correct the date; until then the check-in is planned as if no decision date were known.`,
      span.value,
    ),
    severity: 'warning',
  });
}

export const duties: RuleFamily = {
  name: 'duties',
  ids: ['thank-you-overdue', 'recruiter-debrief', 'decision-date-missing', 'promise-overdue', 'invalid-date'],
  check(entry, ctx) {
    const out: Diagnostic[] = [];
    const plan = rulePlan(entry, ctx);
    thankYouOverdue(entry, ctx, plan, out);
    recruiterDebrief(entry, ctx, plan, out);
    decisionDateMissing(entry, ctx, out);
    decisionBeforeInterview(entry, out);
    promiseOverdue(entry, ctx, plan, out);
    return out;
  },
};
