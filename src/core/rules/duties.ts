/** What you owe after an interview: thank-yous, the recruiter debrief, the decision date, kept promises. */
import type { RuleFamily } from './context';

export const duties: RuleFamily = {
  name: 'duties',
  ids: ['thank-you-overdue', 'recruiter-debrief', 'decision-date-missing', 'promise-overdue'],
  check() {
    return [];
  },
};
