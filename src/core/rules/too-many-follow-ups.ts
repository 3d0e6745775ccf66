/** `too-many-follow-ups`: more unanswered follow-ups than maxUnansweredFollowUps. */
import { formatDay } from '../civil';
import type { Entry } from '../entry';
import { lastFrom, tellsOfOtherOffer, unansweredFollowUps } from '../plan';
import type { Diagnostic } from '../types';
import type { Rule, RuleContext } from './context';
import { capitalize, describeContact, diag } from './helpers';

export const rule: Rule<'too-many-follow-ups'> = {
  id: 'too-many-follow-ups',
  severity: 'warning',
  validation: false,
  sources: ['004', '003'],
  docs: 'docs/rules.md#too-many-follow-ups',
  keys: [],
  check(entry, ctx) {
    const out: Diagnostic[] = [];
    tooManyFollowUps(entry, ctx, out);
    return out;
  },
};

/** Guards the move-on point: no follow-up beyond maxUnansweredFollowUps (telling them about another offer is news, not one of them). */
function tooManyFollowUps(e: Entry, ctx: RuleContext, out: Diagnostic[]): void {
  const max = ctx.settings.maxUnansweredFollowUps;
  let pending = unansweredFollowUps(e);
  if (pending.length <= max) return;
  // Read only here: the other entries' offers (the journal re-checks every entry when they change once a rule reads them).
  if (pending.some((c) => c.kind === 'update-request')) pending = pending.filter((c) => !tellsOfOtherOffer(e, c, ctx));
  const from = lastFrom(e);
  const since = from ? `their last message on ${formatDay(from.when.t)}` : 'the interview';
  const company = e.company || 'this company';
  for (let i = max; i < pending.length; i++) {
    const c = pending[i];
    out.push(
      diag(
        rule,
        `${capitalize(describeContact(c))} on ${formatDay(c.when.t)} is follow-up ${i + 1} without an answer since ${since}; more than ${max} looks desperate. Stop following up with ${company} and move on: the ball is in their court.`,
        c.range,
      ),
    );
  }
}
