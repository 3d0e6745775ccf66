/** `recruiter-debrief`: the debrief duty with the recruiter overdue and open. */
import { formatDay } from '../civil';
import type { Entry } from '../entry';
import { rulePlan, isOverdue, type Plan } from '../plan';
import type { Diagnostic } from '../types';
import type { Rule, RuleContext } from './context';
import { diag } from './helpers';

export const rule: Rule<'recruiter-debrief'> = {
  id: 'recruiter-debrief',
  severity: 'warning',
  validation: false,
  sources: ['002'],
  docs: 'docs/rules.md#recruiter-debrief',
  keys: [],
  check(entry, ctx) {
    const out: Diagnostic[] = [];
    recruiterDebrief(entry, ctx, rulePlan(entry, ctx), out);
    return out;
  },
};

function recruiterDebrief(e: Entry, ctx: RuleContext, plan: Plan, out: Diagnostic[]): void {
  const r = e.recruiter;
  const d = plan.duties.find((x) => x.kind === 'debrief');
  if (!r || !d || d.state !== 'open' || !d.due || !isOverdue(d.due, ctx.now)) return;
  const who = r.agency ? `${r.name} (${r.agency})` : r.name;
  const how = d.via === 'phone' ? 'Call them today' : 'Email them (a call fits a weekday between 08:00 and 18:00)';
  out.push(
    diag(
      rule,
      `No debrief with the recruiter ${who} yet: it was due by the end of ${formatDay(d.due.t)}, the day after the interview. ${how} to say how it went and ask how they want you to follow up.`,
      r.range,
      { kind: 'log-contact', to: r.name, via: d.via ?? 'phone', contactKind: 'debrief' },
    ),
  );
}
