/** `linkedin-not-invited`: a LinkedIn message an interviewer did not invite (or too soon, with the after-a-week policy). */
import { dayOf, formatDate } from '../civil';
import type { Diagnostic } from '../types';
import type { Rule } from './context';
import { LINKEDIN_WAIT_DAYS, diag, sentTo } from './helpers';

export const rule: Rule<'linkedin-not-invited'> = {
  id: 'linkedin-not-invited',
  severity: 'warning',
  validation: false,
  sources: ['002', '001'],
  docs: 'docs/rules.md#linkedin-not-invited',
  keys: [],
  check(entry, ctx) {
    const out: Diagnostic[] = [];
    for (const [c, person] of sentTo(entry)) {
      const settings = ctx.settings;
      if (!person || c.via !== 'linkedin' || person.linkedinOk || settings.linkedinPolicy === 'off') continue;
      const name = person.name;
      if (settings.linkedinPolicy === 'after-a-week' && entry.interview) {
        const allowedFrom = dayOf(entry.interview.t) + LINKEDIN_WAIT_DAYS;
        if (dayOf(c.when.t) < allowedFrom) {
          const from = formatDate(allowedFrom * 1440);
          out.push(
            diag(
              rule,
              `You contacted ${name} on LinkedIn on ${formatDate(c.when.t)}, less than a week after the interview, and ${name} did not invite it: wait until ${from} before sending a connection request (or add "linkedin_ok: true" to ${name} if they invited one).`,
              c.viaRange,
            ),
          );
        }
      } else {
        out.push(
          diag(
            rule,
            `You contacted ${name} on LinkedIn on ${formatDate(c.when.t)}, but ${name} did not invite a LinkedIn connection: let them reach out to you (or add "linkedin_ok: true" to ${name} if they invited one).`,
            c.viaRange,
          ),
        );
      }
    }
    return out;
  },
};


