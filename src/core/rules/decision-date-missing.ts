/** `decision-date-missing`: no decision date once the interview is over. */
import { dayOf, endOf, formatDate, formatDay, startOfDayNumber } from '../civil';
import type { Entry } from '../entry';
import { checkInDate } from '../plan';
import type { Diagnostic } from '../types';
import type { Rule, RuleContext } from './context';
import { contactPerson, diag } from './helpers';

export const rule: Rule<'decision-date-missing'> = {
  id: 'decision-date-missing',
  severity: 'information',
  validation: false,
  sources: ['000', '003'],
  docs: 'docs/rules.md#decision-date-missing',
  keys: ['interview', 'decision_by'],
  check(entry, ctx) {
    const out: Diagnostic[] = [];
    decisionDateMissing(entry, ctx, out);
    return out;
  },
};

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
      rule,
      `No decision date for the interview of ${formatDay(interview.t)}: ask ${contactPerson(e)} when they expect to decide, and write it as "decision_by: YYYY-MM-DD".${plan}`,
      span.key,
      { kind: 'insert-key', key: 'decision_by', placeholder: formatDate(startOfDayNumber(dayOf(interview.t) + 7)) },
    ),
  );
}
