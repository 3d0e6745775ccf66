/** `recruiter-after-hours`: a call to the recruiter outside weekday office hours. */
import { formatDate, isWeekendDay, minuteOfDay, formatTime, weekdayName } from '../civil';
import type { Diagnostic } from '../types';
import type { Rule } from './context';
import { OFFICE_CLOSES, OFFICE_OPENS, called, diag, sentTo } from './helpers';

export const rule: Rule<'recruiter-after-hours'> = {
  id: 'recruiter-after-hours',
  severity: 'warning',
  validation: false,
  sources: ['002'],
  docs: 'docs/rules.md#recruiter-after-hours',
  keys: [],
  check(entry) {
    const out: Diagnostic[] = [];
    for (const [c, person] of sentTo(entry)) {
      const r = entry.recruiter;
      if (person || !r || c.whoKey !== r.key || (c.via !== 'phone' && c.via !== 'voicemail')) continue;
      const weekend = isWeekendDay(c.when.t);
      const minute = minuteOfDay(c.when.t);
      const afterHours = c.when.timed && (minute < OFFICE_OPENS || minute > OFFICE_CLOSES);
      if (!weekend && !afterHours) continue;
      const at = c.when.timed ? ` at ${formatTime(c.when.t)}` : '';
      const why = weekend ? `a ${weekdayName(c.when.t)}` : `outside office hours`;
      out.push(
        diag(
          rule,
          `${called(c, `the recruiter ${r.name}`)} on ${formatDate(c.when.t)}${at}, ${why}: keep calls to ${r.name} for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.`,
          c.dateRange,
        ),
      );
    }
    return out;
  },
};


