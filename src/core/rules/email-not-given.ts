/** `email-not-given`: an email to an interviewer who gave no address. */
import { formatDate } from '../civil';
import type { Diagnostic } from '../types';
import type { Rule } from './context';
import { diag, sentTo } from './helpers';

export const rule: Rule<'email-not-given'> = {
  id: 'email-not-given',
  severity: 'information',
  validation: false,
  sources: ['002'],
  docs: 'docs/rules.md#email-not-given',
  keys: [],
  check(entry) {
    const out: Diagnostic[] = [];
    for (const [c, person] of sentTo(entry)) {
      if (!person || c.via !== 'email' || person.email) continue;
      const name = person.name;
      const through = entry.recruiter ? `write through the recruiter ${entry.recruiter.name}` : 'write only to addresses you were given';
      out.push(
        diag(
          rule,
          `You emailed ${name} on ${formatDate(c.when.t)}, but ${name} did not give you an email address: don't look one up; ${through} (or add "email: ..." to ${name} if they gave it to you).`,
          c.viaRange,
        ),
      );
    }
    return out;
  },
};


