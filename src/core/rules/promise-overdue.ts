/** `promise-overdue`: the promised follow-up date passed with nothing sent. */
import type { Entry } from '../entry';
import { rulePlan, isOverdue, type Plan } from '../plan';
import type { Diagnostic } from '../types';
import type { Rule, RuleContext } from './context';
import { diag, formatMoment } from './helpers';

export const rule: Rule<'promise-overdue'> = {
  id: 'promise-overdue',
  severity: 'warning',
  validation: false,
  sources: ['001'],
  docs: 'docs/rules.md#promise-overdue',
  keys: [],
  check(entry, ctx) {
    const out: Diagnostic[] = [];
    promiseOverdue(entry, ctx, rulePlan(entry, ctx), out);
    return out;
  },
};

function promiseOverdue(e: Entry, ctx: RuleContext, plan: Plan, out: Diagnostic[]): void {
  const p = e.promised;
  const d = plan.duties.find((x) => x.kind === 'promise');
  if (!p || !d || d.state !== 'open' || !isOverdue(p.by, ctx.now)) return;
  const via = d.via ?? 'email';
  out.push(
    diag(
      rule,
      `You promised to follow up by ${formatMoment(p.by)}${p.via ? ` (by ${p.via})` : ''} and nothing has gone out since the interview: follow up with ${d.to} by ${via} today, as promised, and log it under contacts.`,
      p.range,
      { kind: 'log-contact', to: d.to, via, contactKind: 'check-in' },
    ),
  );
}
