/** `thank-you-overdue`: a thank-you duty of the plan overdue and open. */
import { formatDay } from '../civil';
import type { Entry } from '../entry';
import { rulePlan, isOverdue, type Plan } from '../plan';
import type { Diagnostic } from '../types';
import type { Rule, RuleContext } from './context';
import { diag, formatMoment, plural } from './helpers';

export const rule: Rule<'thank-you-overdue'> = {
  id: 'thank-you-overdue',
  severity: 'warning',
  validation: false,
  sources: ['000', '002', '003', '004'],
  docs: 'docs/rules.md#thank-you-overdue',
  keys: [],
  check(entry, ctx) {
    const out: Diagnostic[] = [];
    thankYouOverdue(entry, ctx, rulePlan(entry, ctx), out);
    return out;
  },
};

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
      diag(rule, `No thank-you to ${p.name} yet: ${when}. Send a short, personal thank-you ${how} today.`, p.range, {
        kind: 'log-contact',
        to: p.name,
        via: d.via ?? 'email',
        contactKind: 'thank-you',
      }),
    );
  }
}
