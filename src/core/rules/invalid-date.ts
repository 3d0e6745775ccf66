/** `invalid-date`: a date that is not a real date, or a decision date before the interview. The reader reports the unreadable dates while parsing. */
import { formatDay } from '../civil';
import type { Entry } from '../entry';
import { decisionDate } from '../plan';
import type { Diagnostic } from '../types';
import type { Rule } from './context';
import { diag } from './helpers';

export const rule: Rule<'invalid-date'> = {
  id: 'invalid-date',
  severity: 'error',
  validation: true,
  sources: [],
  docs: 'docs/rules.md#invalid-date',
  keys: ['decision_by'],
  check(entry) {
    const out: Diagnostic[] = [];
    decisionBeforeInterview(entry, out);
    return out;
  },
};

/** A decision date before the interview is a slip of the keyboard: say so rather than plan an overdue check-in on it. */
function decisionBeforeInterview(e: Entry, out: Diagnostic[]): void {
  const d = e.decisionBy;
  const span = e.keys.get('decision_by');
  if (!d || !span || !e.interview || decisionDate(e)) return;
  out.push({
    ...diag(
      rule,
      `decision_by ${formatDay(d.t)} is before the interview of ${formatDay(e.interview.t)}: a decision comes after the interview. Correct the date; until then the check-in is planned as if no decision date were known.`,
      span.value,
    ),
    severity: 'warning',
  });
}

/** The reader's messages: `what` names the value (`interview`, `date`, `promised.by`). */
export const messages = {
  empty: (what: string) => `${what} is empty: write a date as YYYY-MM-DD.`,
  number: (what: string, v: number) => `${what} "${String(v)}" cannot be read as a date: write it as YYYY-MM-DD.`,
  unreadable: (what: string, reason: string) => `${what}: ${reason}.`,
};
