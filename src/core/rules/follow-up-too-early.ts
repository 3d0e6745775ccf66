/** `follow-up-too-early`: a follow-up before the first check-in date of the plan. */
import { dayOf, formatDay } from '../civil';
import type { Entry } from '../entry';
import { FOLLOW_UP_KINDS, afterInterview, checkInDate, rulePlan, tellsOfOtherOffer } from '../plan';
import type { Diagnostic } from '../types';
import type { Rule, RuleContext } from './context';
import { capitalize, checkInBasis, describeContact, diag } from './helpers';

export const rule: Rule<'follow-up-too-early'> = {
  id: 'follow-up-too-early',
  severity: 'warning',
  validation: false,
  sources: ['004', '003'],
  docs: 'docs/rules.md#follow-up-too-early',
  keys: [],
  check(entry, ctx) {
    const out: Diagnostic[] = [];
    followUpTooEarly(entry, ctx, out);
    return out;
  },
};

/**
 * Guards the check-in duty's first date: a follow-up before it is too early, unless they wrote
 * first, it keeps the promise (a promise is "by" a date: any day from the interview on), or it
 * tells them about another offer.
 */
function followUpTooEarly(e: Entry, ctx: RuleContext, out: Diagnostic[]): void {
  const base = checkInDate(e, ctx.settings);
  if (!base || !e.interview) return;
  const baseDay = dayOf(base.t);
  const promise = e.promised ? rulePlan(e, ctx).duties.find((d) => d.kind === 'promise') : undefined;
  let heardBack = false;
  for (const c of e.contacts) {
    if (c.dir === 'from') {
      if (afterInterview(e, c)) heardBack = true;
      continue;
    }
    // A check-in before the interview (asking about the schedule) is not a follow-up to it.
    if (!FOLLOW_UP_KINDS.has(c.kind) || heardBack || !afterInterview(e, c)) continue;
    const day = dayOf(c.when.t);
    if (day >= baseDay) continue;
    if (promise && (promise.doneBy === c || (e.promised && day >= dayOf(e.promised.by.t)))) continue;
    // Read last: the other entries' offers (the journal re-checks every entry when they change once a rule reads them).
    if (tellsOfOtherOffer(e, c, ctx)) continue;
    out.push(
      diag(
        rule,
        `${capitalize(describeContact(c))} on ${formatDay(c.when.t)} came too early: the first check-in is due on ${formatDay(base.t)}, ${checkInBasis(e, ctx.settings)}. Give them time to decide: wait for that date before contacting them again.`,
        c.range,
      ),
    );
  }
}
