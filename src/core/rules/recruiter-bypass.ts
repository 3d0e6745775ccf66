/** `recruiter-bypass`: a check-in or update request to an interviewer when a recruiter runs the process. */
import { formatDate } from '../civil';
import type { Diagnostic } from '../types';
import type { Rule } from './context';
import { diag, sentTo } from './helpers';

export const rule: Rule<'recruiter-bypass'> = {
  id: 'recruiter-bypass',
  severity: 'warning',
  validation: false,
  sources: ['002'],
  docs: 'docs/rules.md#recruiter-bypass',
  keys: [],
  check(entry) {
    const out: Diagnostic[] = [];
    for (const [c, person] of sentTo(entry)) {
      const r = entry.recruiter;
      if (!person || !r || (c.kind !== 'check-in' && c.kind !== 'update-request')) continue;
      const name = person.name;
      const what = c.kind === 'check-in' ? 'a check-in' : 'an update request';
      out.push(
        diag(
          rule,
          `You sent ${what} to ${name} on ${formatDate(c.when.t)}, but this interview came through the recruiter ${r.name}${r.agency ? ` (${r.agency})` : ''}: ask ${r.name} for news instead of contacting ${name} directly.`,
          c.whoRange,
        ),
      );
    }
    return out;
  },
};


