/** `asked-not-to-follow-up`: a message to the company after they asked you not to follow up. */
import { formatDay } from '../civil';
import type { Entry } from '../entry';
import { afterInterview, answerTest } from '../plan';
import type { Diagnostic } from '../types';
import type { Rule } from './context';
import { aContact, diag } from './helpers';

export const rule: Rule<'asked-not-to-follow-up'> = {
  id: 'asked-not-to-follow-up',
  severity: 'error',
  validation: false,
  sources: ['000', '001'],
  docs: 'docs/rules.md#asked-not-to-follow-up',
  keys: [],
  check(entry) {
    const out: Diagnostic[] = [];
    askedNotToFollowUp(entry, out);
    return out;
  },
};

/**
 * Guards the waived follow-up duties: with no_follow_up, nothing goes to the company after the
 * interview but thank-yous, answers to their messages and the answer to an offer. The recruiter
 * is your agent, not the company.
 */
function askedNotToFollowUp(e: Entry, out: Diagnostic[]): void {
  if (!e.noFollowUp || !e.interview) return;
  const answers = answerTest(e);
  const recruiter = e.recruiter?.key;
  for (const c of e.contacts) {
    if (c.dir !== 'to' || c.kind === 'thank-you' || !afterInterview(e, c) || answers(c)) continue;
    if (c.whoKey === recruiter) continue;
    out.push(
      diag(
        rule,
        `They asked you not to follow up (no_follow_up: true), yet ${aContact(c)} went out on ${formatDay(c.when.t)}. Stop contacting ${e.company || 'them'}: wait for them to reach out, and only answer their messages.`,
        c.range,
      ),
    );
  }
}
